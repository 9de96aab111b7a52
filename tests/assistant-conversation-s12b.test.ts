/**
 * Conversation understanding, session 12 second wave (issue 10 §3): follow-ups right after a scam warning, and
 * going back to a topic after something came between. Conversations written for this file (not tuning lines),
 * each through the real Assistant with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { asksForGenuine, asksWhetherToAct, reportsTheScam, typedFolded } from "../server/assistant/scam-followups";
import { returnedTopic } from "../server/assistant/return-to-topic";
import { helpEntryAsked } from "../server/assistant/help-request";
import { knowledgeAssistant, led, shown } from "./support/knowledge-assistant";

const { conversation, kb } = knowledgeAssistant();

describe("after a scam warning", () => {
  it("'báo số đó cho ai', 'báo cái link này ở đâu': where to report that scam, words pointing at it in between", () => {
    const bank = conversation('mẹ tôi nhận tin này: "[VCB] Tai khoan cua quy khach bi tam khoa, xac thuc ngay tai vcb-xacthuc.top"', "thế báo số đó cho ai");
    expect(bank[0]!.kind).toBe("scam_warning");
    expect(led(bank[1])).toBe("answer ld-bao-cao");
    expect(shown(bank[1])).toBe("where");
    const prize = conversation('ad ơi tin này có phải lừa không: "Ban da trung thuong xe SH, nop phi 2 trieu de nhan tai qua-tang-sh.online"', "báo cái link này ở đâu ạ");
    expect(prize[0]!.kind).toBe("scam_warning");
    expect(led(prize[1])).toBe("answer ld-bao-cao");
  });
  it("only when the words between point at the scam: another matter told first is not reporting it", () => {
    expect(reportsTheScam(typedFolded("bao cao so do o dau"))).toBe(true);
    expect(reportsTheScam(typedFolded("Tố giác bọn nó ở đâu vậy?"))).toBe(true);
    expect(reportsTheScam(typedFolded("mà nhà tôi bị mất nước thật từ hôm qua, báo ai"))).toBe(false);
    expect(reportsTheScam(typedFolded("báo phường kiểu gì"))).toBe(false);
    expect(reportsTheScam(typedFolded("bao nhieu tien o dau"))).toBe(false);
  });
  it("'có nên chuyển khoản ko' is whether to do what the warned scam asks: the warned entry", () => {
    const turns = conversation("có shipper gọi bảo có đơn hàng, bắt chuyển khoản trước 300 nghìn tiền ship", "có nên chuyển khoản ko");
    expect(turns[0]!.kind).toBe("scam_warning");
    expect(led(turns[0])).toBe("scam_warning ld-giao-hang");
    expect(led(turns[1])).toBe("answer ld-giao-hang");
    expect(asksWhetherToAct(typedFolded("Có đáng tin không ad?"))).toBe(true);
    expect(asksWhetherToAct(typedFolded("có nên chuyển cho họ tiền phí làm hồ sơ không"))).toBe(false);
  });
  it("'thế trợ cấp thật cho người già thì phải làm sao': the genuine procedure the scam imitated, not the scam entry", () => {
    const turns = conversation('tin này: "Chuc mung ong ba duoc nhan goi tro cap nguoi cao tuoi 2.000.000d, dang ky tai trocap-ncc.online"', "thế trợ cấp thật cho người già thì phải làm sao");
    expect(turns[0]!.kind).toBe("scam_warning");
    expect(led(turns[1])).toBe("answer dvc-tro-cap-xa-hoi");
    expect(asksForGenuine(typedFolded("tin đó có thật không, làm sao biết"), "tin đó có thật không, làm sao biết")).toBeUndefined();
    expect(asksForGenuine(typedFolded("thật hay giả vậy, làm sao biết"), "thật hay giả vậy, làm sao biết")).toBeUndefined();
  });
});

describe("going back to a topic after something came between", () => {
  it("'quay lại chuyện khai sinh, lệ phí bao nhiêu' after a forwarded scam: the topic named, its part", () => {
    const turns = conversation("khai sinh cho con làm thế nào", 'tiện đây xem giúp tin này: "Ban co 1 don hang bi huy, hoan tien tai shopee-hoantien.xyz"', "quay lại chuyện khai sinh, lệ phí bao nhiêu");
    expect(turns[1]!.kind).toBe("scam_warning");
    expect(led(turns[2])).toBe("answer dvc-khai-sinh");
    expect(shown(turns[2])).toBe("fee");
  });
  it("'trở lại chứng thực: mất bao lâu' names the topic before a colon", () => {
    const turns = conversation("chứng thực bản sao giấy tờ", 'à có tin này "[BIDV] Tai khoan cua ban se bi khoa, cap nhat tai bidv-capnhat.top"', "trở lại chứng thực: mất bao lâu");
    expect(led(turns[2])).toBe("answer dvc-chung-thuc");
    expect(shown(turns[2])).toBe("time");
  });
  it("'quay lại' as coming back somewhere is no lead", () => {
    expect(returnedTopic("quay lại phường nộp lại có được không")).toBeUndefined();
    expect(returnedTopic("quay lai lay ket qua luc nao")).toBeUndefined();
    expect(returnedTopic("Quay lại câu hỏi về tạm trú, ở đâu làm")).toBe("tạm trú, ở đâu làm");
  });
});

describe("someone to help, asked after a procedure", () => {
  it("'có ai tới nhà giúp không, bà tôi 80 tuổi' after VNeID's troubles: help at home, not VNeID's special cases", () => {
    const turns = conversation("quên mật khẩu vneid thì làm sao", "có ai tới nhà giúp không, bà tôi 80 tuổi");
    expect(led(turns[0])).toBe("answer dvc-vneid-su-co");
    expect(led(turns[1])).toBe("answer kns-ho-tro-tai-nha");
    expect(shown(turns[1])).toBe("summary");
  });
  it("'có ai xuống nhà giúp được không' after the help-filing entry: help at home", () => {
    const turns = conversation("không biết dùng điện thoại để nộp hồ sơ", "có ai xuống nhà giúp được không");
    expect(led(turns[0])).toBe("answer dvc-ho-tro-nop-ho-so");
    expect(led(turns[1])).toBe("answer kns-ho-tro-tai-nha");
  });
  it("'tôi chịu, có ai làm hộ không' after filing online: who helps file", () => {
    const turns = conversation("nộp hồ sơ trực tuyến các bước thế nào", "tôi chịu, có ai làm hộ không");
    expect(led(turns[0])).toBe("answer dvc-nop-ho-so");
    expect(led(turns[1])).toBe("answer dvc-ho-tro-nop-ho-so");
  });
  it("coming home to do the procedure's own work, or after a scam, is no request for help", () => {
    const entries = kb().entries.filter((e) => e.status === "published");
    const byId = (id: string) => entries.find((e) => e.id === id)!;
    expect(helpEntryAsked(typedFolded("tôi không tự đi được, có ai đến nhà đánh giá không"), byId("dvc-khuyet-tat"), () => entries)).toBeUndefined();
    expect(helpEntryAsked(typedFolded("có ai làm giúp không"), byId("ld-bi-lua-roi"), () => entries)).toBeUndefined();
    expect(helpEntryAsked(typedFolded("có ai đến nhà giúp không"), byId("kns-ho-tro-tai-nha"), () => entries)).toBeUndefined();
    expect(helpEntryAsked(typedFolded("có ai đến nhà giúp không"), byId("dvc-khuyet-tat"), () => entries)?.id).toBe("kns-ho-tro-tai-nha");
  });
});
