/**
 * Follow-up turns, session 15 (issue 10 §3): classes of follow-up misses found on tuning12-conversations (opened at
 * the start of session 15) and tuning-s14-conversations. Conversations written for this file (other phrasings than
 * the tuning lines), each through the real Assistant with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { typedFolded } from "../server/assistant/scam-followups";
import { recoversWithoutObject } from "../server/assistant/recover-without-object";
import { applicationFormRest } from "../server/assistant/application-form-asked";
import { appSaysCondition } from "../server/assistant/app-says-condition";
import { doneButNothing } from "../server/assistant/done-but-nothing";
import { pickByLabelVariant } from "../server/assistant/choice-label-variant";
import { otherPartyRefuses } from "../server/assistant/other-party-refuses";
import type { OfferedChoice } from "../server/assistant/ask-result";
import { knowledgeAssistant, led, shown } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("recovering with no object named goes on with the previous entry (recover-without-object.ts)", () => {
  it("'vay lay lai o dau' after a forgotten VNeID password: VNeID's entry, not the scam entry on getting money back", () => {
    const turns = conversation("quen mat khau vneid roi", "vay lay lai o dau");
    expect(led(turns[0])).toBe("answer dvc-vneid-su-co");
    expect(led(turns[1])).toBe("answer dvc-vneid-su-co");
  });
  it("'lấy lại được không ạ' after changing VNeID's phone number: its steps", () => {
    const turns = conversation("vneid đổi số điện thoại thế nào", "lấy lại được không ạ");
    expect(led(turns[1])).toBe("answer dvc-vneid-su-co");
    expect(shown(turns[1])).toBe("steps");
  });
  it("money named is the scam entry's, as always", () => {
    const turns = conversation("quen mat khau vneid roi", "lấy lại tiền thế nào");
    expect(led(turns[1])).not.toBe("answer dvc-vneid-su-co");
  });
  it("reads the bare verb and how, nothing else", () => {
    const r = (q: string) => recoversWithoutObject(typedFolded(q));
    expect(r("thế khôi phục ra sao")).toBe(true);
    expect(r("mở khóa kiểu gì vậy")).toBe(true);
    expect(r("giờ lấy lại bằng cách nào?")).toBe(true);
    expect(r("lấy lại tiền thế nào")).toBe(false);
    expect(r("lấy lại mật khẩu vssid ở đâu")).toBe(false);
    expect(r("tôi muốn lấy lại")).toBe(false);
  });
});

describe("writing the application is the previous procedure's (application-form-asked.ts)", () => {
  it("'soạn đơn kiểu gì' after a right-of-way dispute: the mediation's steps, not a hand-off", () => {
    const turns = conversation("tranh chấp lối đi chung với nhà bên cạnh", "soạn đơn kiểu gì");
    expect(led(turns[0])).toBe("answer dvc-hoa-giai-dat-dai");
    expect(led(turns[1])).toBe("answer dvc-hoa-giai-dat-dai");
    expect(shown(turns[1])).toBe("steps");
  });
  it("an application for something else is not the previous procedure's", () => {
    const rest = (q: string) => applicationFormRest(typedFolded(q));
    expect(rest("cho xin mẫu đơn xin việc")).toBeUndefined();
    expect(rest("làm đơn ly hôn thế nào")).toBeUndefined();
    expect(rest("làm đơn xin thế nào")).toBe("xin");
    expect(rest("viết đơn thì cần kèm theo gì")).toBe("thi can kem theo gi");
    expect(rest("soạn đơn kiểu gì")).toBe("");
  });
});

describe("what the app shows is a case of the previous entry (app-says-condition.ts)", () => {
  it("'nó cứ hiện không tìm thấy dữ liệu là sao' after adding a licence to VNeID: that entry's special cases", () => {
    const turns = conversation("tích hợp giấy phép lái xe vào vneid thế nào", "nó cứ hiện không tìm thấy dữ liệu là sao");
    expect(led(turns[0])).toBe("answer dvc-vneid-tich-hop-giay-to");
    expect(led(turns[1])).toBe("answer dvc-vneid-tich-hop-giay-to");
    expect(shown(turns[1])).toBe("special");
  });
  it("reads the app or 'nó' showing, and 'nó' only as written with its accent", () => {
    const says = (q: string) => appSaysCondition(typedFolded(q), q.normalize("NFC").toLowerCase());
    expect(says("app báo lỗi hoài")).toBe(true);
    expect(says("thế máy hiện sai thông tin thì sao")).toBe(true);
    expect(says("no bao chua co du lieu")).toBe(true);
    expect(says("nợ báo chưa trả")).toBe(false);
    expect(says("tôi báo rồi mà chưa ai đến")).toBe(false);
  });
});

describe("a step done and nothing came of it is a case of the previous entry (done-but-nothing.ts)", () => {
  it("'chuyển khoản xong mà không thấy báo đã nộp' after paying a fee online: the payment's special cases", () => {
    const turns = conversation("thanh toán lệ phí online thế nào", "chuyển khoản xong mà không thấy báo đã nộp");
    expect(led(turns[0])).toBe("answer dvc-thanh-toan");
    expect(led(turns[1])).toBe("answer dvc-thanh-toan");
    expect(shown(turns[1])).toBe("special");
  });
  it("reads 'rồi/xong mà không/chưa thấy …'", () => {
    const d = (q: string) => doneButNothing(typedFolded(q));
    expect(d("nộp rồi mà chưa thấy ai duyệt")).toBe(true);
    expect(d("cai xong ma van khong vao duoc")).toBe(true);
    expect(d("nộp rồi thì bao lâu có kết quả")).toBe(false);
  });
});

describe("a choice picked by its label said another way (choice-label-variant.ts)", () => {
  it("'chỗ đăng kí' after voluntary social insurance: its place, not its fee", () => {
    const turns = conversation("tôi muốn đóng bảo hiểm xã hội tự nguyện", "chỗ đăng kí");
    expect(led(turns[0])).toBe("answer dvc-bhxh-tu-nguyen");
    expect(led(turns[1])).toBe("answer dvc-bhxh-tu-nguyen");
    expect(shown(turns[1])).toBe("where");
  });
  it("'phí đăng ký' after birth registration: its fee, not the household business entry", () => {
    const turns = conversation("đăng ký khai sinh cho con", "phí đăng ký");
    expect(led(turns[1])).toBe("answer dvc-khai-sinh");
    expect(shown(turns[1])).toBe("fee");
  });
  it("'chỗ nộp hồ sơ' after birth registration: the place, not the documents", () => {
    const turns = conversation("đăng ký khai sinh cho con", "chỗ nộp hồ sơ");
    expect(shown(turns[1])).toBe("where");
  });
  it("takes the head and procedure words only, one choice, and not 'cho tôi …'", () => {
    const offered: OfferedChoice[] = [
      { n: 1, label: "Giấy tờ cần mang", action: { do: "show", entryId: "x", shown: "documents" } },
      { n: 2, label: "Lệ phí", action: { do: "show", entryId: "x", shown: "fee" } },
      { n: 3, label: "Nơi làm", action: { do: "show", entryId: "x", shown: "where" } },
      { n: 0, label: "Gặp cán bộ", action: { do: "staff" } },
    ];
    const pick = (q: string) => pickByLabelVariant(q, offered)?.n;
    expect(pick("noi dang ky")).toBe(3);
    expect(pick("Nơi nộp hồ sơ")).toBe(3);
    expect(pick("giay to can nop")).toBe(1);
    expect(pick("phi dang ky")).toBe(2);
    expect(pick("nơi đăng ký kết hôn")).toBeUndefined();
    expect(pick("cho tôi đăng ký")).toBeUndefined();
    expect(pick("cho dang ky")).toBeUndefined();
    // a clarify's choices are entries, not the parts of one
    const entries: OfferedChoice[] = [
      { n: 1, label: "Đăng ký tạm trú", action: { do: "show", entryId: "a", shown: "summary" } },
      { n: 2, label: "Xóa đăng ký cư trú", action: { do: "show", entryId: "b", shown: "summary" } },
    ];
    expect(pickByLabelVariant("đăng ký ở đâu", entries)).toBeUndefined();
  });
});

describe("the other party of the procedure will not give or sign: a case of it (other-party-refuses.ts)", () => {
  it("'chủ nhà không chịu ký xác nhận thì làm thế nào' after temporary residence: its special cases, not a hand-off", () => {
    const turns = conversation("thuê phòng trọ thì đăng ký tạm trú thế nào", "chủ nhà không chịu ký xác nhận thì làm thế nào");
    expect(led(turns[0])).toBe("answer dvc-tam-tru");
    expect(led(turns[1])).toBe("answer dvc-tam-tru");
    expect(shown(turns[1])).toBe("special");
  });
  it("reads a party of the procedure refusing, not a neighbour's dispute", () => {
    const refuses = (q: string) => otherPartyRefuses(typedFolded(q));
    expect(refuses("thế chủ trọ không cho mượn sổ đỏ thì sao")).toBe(true);
    expect(refuses("bên bán chưa đưa giấy tờ")).toBe(true);
    expect(refuses("hàng xóm không cho đi qua lối đi chung thì sao")).toBe(false);
    expect(refuses("chủ nhà có phải ký không")).toBe(false);
  });
});
