/**
 * Later turns of a conversation (issue 10 §3, session 26, s26-conv): numbered choices picked by
 * their label inside chat words (choice-label-wrapped.ts); a negated circumstance the previous entry
 * writes word for word (circumstance-in-previous.ts). Conversations written for this file,
 * through the real Assistant with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import type { OfferedChoice } from "../server/assistant/ask-result";
import { pickWrappedLabel } from "../server/assistant/choice-label-wrapped";
import { circumstanceInPrevious } from "../server/assistant/circumstance-in-previous";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();
const shownOf = (r: { kind: string; shown?: string } | undefined) => (r && "shown" in r ? r.shown : undefined);

describe("a choice picked by its label in chat words (choice-label-wrapped.ts)", () => {
  it("'cho tôi xem giấy tờ với' after the overnight guests' notice shows its documents, not the VNeID documents entry", () => {
    const turns = conversation("Thông báo lưu trú khi có khách đến ở qua đêm", "cho tôi xem giấy tờ với");
    expect(led(turns[0])).toBe("answer dvc-luu-tru");
    expect(led(turns[1])).toBe("answer dvc-luu-tru");
    expect(shownOf(turns[1])).toBe("documents");
  });
  it("'em muốn xem thời gian' after the marriage registration shows its processing time, without asking which entry", () => {
    const turns = conversation("đăng ký kết hôn cần giấy tờ gì", "em muon xem thoi gian");
    expect(led(turns[1])).toBe("answer dvc-ket-hon");
    expect(shownOf(turns[1])).toBe("time");
  });
  it("'xem đầy đủ giúp em' and 'cho tôi xem đầy đủ với' show the whole entry", () => {
    for (const ask of ["xem đầy đủ giúp em", "cho toi xem day du voi", "ok xem đầy đủ"]) {
      const turns = conversation("làm căn cước cho con 14 tuổi thế nào", ask);
      expect(led(turns[1]), ask).toBe("answer dvc-can-cuoc");
      expect(shownOf(turns[1]), ask).toBe("full");
    }
  });
  it("'ok gặp cán bộ' hands off like '0'", () => {
    const turns = conversation("Chứng thực bản sao, chứng thực chữ ký", "ok gặp cán bộ");
    expect(turns[1]!.kind).toBe("handoff");
  });
  it("'cho em hỏi các bước ạ' and 'còn thời gian giải quyết thì sao ạ' are the parts of the entry answered", () => {
    const steps = conversation("Thanh toán phí, lệ phí trực tuyến khi làm thủ tục", "cho em hỏi các bước ạ");
    expect(led(steps[1])).toBe("answer dvc-thanh-toan");
    const time = conversation("đăng ký kết hôn cần giấy tờ gì", "còn thời gian giải quyết thì sao ạ");
    expect(led(time[1])).toBe("answer dvc-ket-hon");
    expect(shownOf(time[1])).toBe("time");
  });
  it("'cái thứ 2 ấy, giấy tờ cần mang' after the birth registration's online part: its documents", () => {
    const turns = conversation("con sinh được 2 tháng rồi chưa đi khai sinh có bị phạt không", "làm online thì làm sao", "cái thứ 2 ấy, giấy tờ cần mang");
    expect(led(turns[1])).toBe("answer dvc-khai-sinh");
    expect(led(turns[2])).toBe("answer dvc-khai-sinh");
    expect(shownOf(turns[2])).toBe("documents");
  });
  it("a message with a topic of its own is not a pick", () => {
    const offered: OfferedChoice[] = [
      { n: 1, label: "Thời gian giải quyết", action: { do: "show", entryId: "x", shown: "time" } },
      { n: 2, label: "Giấy tờ cần mang", action: { do: "show", entryId: "x", shown: "documents" } },
      { n: 3, label: "Xem đầy đủ", action: { do: "show", entryId: "x", shown: "full" } },
      { n: 0, label: "Gặp cán bộ", action: { do: "staff" } },
    ];
    expect(pickWrappedLabel("cho hỏi thời gian làm việc", offered)).toBeUndefined();
    expect(pickWrappedLabel("còn giấy tờ xe thì sao", offered)).toBeUndefined();
    expect(pickWrappedLabel("gặp cán bộ thế nào ạ", offered)).toBeUndefined();
    expect(pickWrappedLabel("cho hỏi thời gian với", offered)?.n).toBe(1);
    expect(pickWrappedLabel("vâng, giấy tờ ạ", offered)?.n).toBe(2);
    expect(pickWrappedLabel("cho em xem đầy đủ với", offered)?.n).toBe(3);
    expect(pickWrappedLabel("cho em gặp cán bộ với", offered)?.n).toBe(0);
    // a number said before the label: the label decides
    expect(pickWrappedLabel("cái thứ 2 ấy, giấy tờ cần mang", offered)?.n).toBe(2);
    expect(pickWrappedLabel("số 1, giấy tờ", offered)?.n).toBe(2);
  });
});

describe("a circumstance the previous entry writes word for word (circumstance-in-previous.ts)", () => {
  it("'nếu bố mẹ không đăng ký kết hôn thì sao' after the birth registration stays on it, its special cases", () => {
    for (const ask of ["nếu bố mẹ không đăng ký kết hôn thì sao", "bon em chua dang ky ket hon thi lam the nao"]) {
      const turns = conversation("vợ tôi mới sinh, làm khai sinh cho bé thế nào", ask);
      expect(led(turns[0]), ask).toBe("answer dvc-khai-sinh");
      expect(led(turns[1]), ask).toBe("answer dvc-khai-sinh");
      expect(shownOf(turns[1]), ask).toBe("special");
      expect(turns[1]!.reply, ask).toContain("chưa đăng ký kết hôn");
    }
  });
  it("'thế còn thẻ bảo hiểm y tế thì sao' after the birth registration is still a switch to health insurance", () => {
    const turns = conversation("vợ tôi mới sinh, làm khai sinh cho bé thế nào", "thế còn thẻ bảo hiểm y tế thì sao");
    expect(led(turns[1])).toBe("answer dvc-bhyt-ho-gia-dinh");
  });
  it("reads only a negated circumstance, written in the entry, with an open question after 'thì'", () => {
    const text = " cha me chua dang ky ket hon van khai sinh cho con duoc ";
    expect(circumstanceInPrevious("nếu bố mẹ không đăng ký kết hôn thì sao", "neu bo me khong dang ky ket hon thi sao", text)).toBe("dang ky ket hon");
    // a contrast opener names another topic
    expect(circumstanceInPrevious("thế còn chưa đăng ký kết hôn thì sao", "the con chua dang ky ket hon thi sao", text)).toBeUndefined();
    // the question after "thì" asks something of its own
    expect(circumstanceInPrevious("chưa đăng ký kết hôn thì cần giấy tờ gì", "chua dang ky ket hon thi can giay to gi", text)).toBeUndefined();
    // not negated: a topic, not a circumstance
    expect(circumstanceInPrevious("đăng ký kết hôn thì sao", "dang ky ket hon thi sao", text)).toBeUndefined();
    // not written in the entry
    expect(circumstanceInPrevious("nếu chưa có sổ hộ khẩu thì sao", "neu chua co so ho khau thi sao", text)).toBeUndefined();
  });
});
