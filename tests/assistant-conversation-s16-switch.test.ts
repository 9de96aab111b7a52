/**
 * Conversation understanding, session 16 (issue 10 §3): a turn that first says what is done ("kích hoạt xong rồi",
 * "mua xong", "đăng nhập rồi thì") and then asks. The done clause names the previous topic, so the turn stayed on the
 * previous entry although what is asked names another; and when what is asked is only a part of the procedure just
 * answered ("làm xong thì mất mấy ngày"), follow-through.ts took the whole message's top, which "xong" and "mấy ngày"
 * pull to the green lane's time. Conversations written for this file (not tuning lines), through the real Assistant
 * with its memory (asked-after-done.ts).
 */
import { describe, expect, it } from "vitest";
import { askedAfterDone } from "../server/assistant/asked-after-done";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("the part asked after a clause of what is done (asked-after-done.ts)", () => {
  it("splits after 'xong'/'rồi', and after a 'thì'/'mà' close behind", () => {
    expect(askedAfterDone("kich hoat xong roi ma gio quen mat khau")).toBe("gio quen mat khau");
    expect(askedAfterDone("mua xong co xem the tren vssid duoc khong")).toBe("co xem the tren vssid duoc khong");
    expect(askedAfterDone("lam xong khai sinh thi the bao hiem y te cho be co tu co khong")).toBe("the bao hiem y te cho be co tu co khong");
    expect(askedAfterDone("dang nhap roi thi nop ho so tiep the nao")).toBe("nop ho so tiep the nao");
  });
  it("no done clause: nothing", () => {
    expect(askedAfterDone("quen mat khau thi sao")).toBeUndefined();
    expect(askedAfterDone("xong roi")).toBeUndefined();
  });
});

describe("what is asked after the done clause names another entry: that entry answers", () => {
  it("'kích hoạt xong rồi mà quên mật khẩu thì làm sao' after activating VNeID: the VNeID troubles entry", () => {
    const turns = conversation("kích hoạt vneid mức 2 ở đâu", "kích hoạt xong rồi mà quên mật khẩu thì làm sao");
    expect(led(turns[0])).toBe("answer dvc-vneid-muc-2");
    expect(led(turns[1])).toBe("answer dvc-vneid-su-co");
  });
  it("unaccented: 'kich hoat roi ma quen mat khau'", () => {
    const turns = conversation("kich hoat vneid muc 2 o dau", "kich hoat roi ma quen mat khau");
    expect(led(turns[1])).toBe("answer dvc-vneid-su-co");
  });
  it("'mua xong co xem the tren vssid dc ko' after buying health insurance: the VssID entry", () => {
    const turns = conversation("mua bhyt ho gia dinh o dau", "mua xong co xem the tren vssid dc ko");
    expect(led(turns[0])).toBe("answer dvc-bhyt-ho-gia-dinh");
    expect(led(turns[1])).toBe("answer dvc-vssid");
  });
});

describe("only a part of the procedure just answered, asked after the done clause: a follow-up", () => {
  it("'làm xong thì mất mấy ngày' after birth registration: its time, not the green lane's", () => {
    const turns = conversation("làm khai sinh cho con", "làm xong thì mất mấy ngày");
    expect(led(turns[1])).toBe("answer dvc-khai-sinh");
    expect(turns[1]!.kind === "answer" && turns[1]!.shown).toBe("time");
  });
  it("'làm xong rồi thì lệ phí bao nhiêu' after birth registration: its fee", () => {
    const turns = conversation("làm khai sinh cho con", "làm xong rồi thì lệ phí bao nhiêu");
    expect(led(turns[1])).toBe("answer dvc-khai-sinh");
    expect(turns[1]!.kind === "answer" && turns[1]!.shown).toBe("fee");
  });
  it("'làm xong rồi thì cần mang giấy gì' after the ID card: its papers", () => {
    const turns = conversation("làm căn cước ở đâu", "làm xong rồi thì cần mang giấy gì");
    expect(led(turns[1])).toBe("answer dvc-can-cuoc");
  });
  it("what comes next, named, still goes on (follow-through.ts): 'nộp xong rồi thì xem kết quả ở đâu' after filing online", () => {
    const turns = conversation("nộp hồ sơ trực tuyến thế nào", "nộp xong rồi thì xem kết quả ở đâu");
    expect(led(turns[1])).toBe("answer dvc-tra-cuu-ho-so");
  });
});

describe("another entry's title named whole while the previous entry stays first on the message alone (title-named-runner-up.ts)", () => {
  it("'thế mẹ tôi đăng ký thường trú ở nhà con gái thì cần gì' after removing a registration: permanent residence", () => {
    const turns = conversation("bán nhà rồi thì xóa hộ khẩu thế nào", "thế mẹ tôi đăng ký thường trú ở nhà con gái thì cần gì");
    expect(led(turns[0])).toBe("answer dvc-xoa-dang-ky-cu-tru");
    expect(led(turns[1])).toBe("answer dvc-thuong-tru");
  });
  it("'thế đăng ký kết hôn trước rồi mới thêm tên bố được không' after recognising the father: marriage registration, also unaccented", () => {
    expect(led(conversation("làm thủ tục nhận cha cho con thế nào", "thế đăng ký kết hôn trước rồi mới thêm tên bố được không")[1])).toBe("answer dvc-ket-hon");
    expect(led(conversation("làm thủ tục nhận cha cho con thế nào", "dang ky ket hon truoc roi moi them ten bo duoc ko")[1])).toBe("answer dvc-ket-hon");
  });
  it("a follow-up naming no title stays: 'còn lệ phí thì sao', 'bé có được cấp thẻ bảo hiểm y tế không' after birth registration", () => {
    expect(led(conversation("làm khai sinh cho con", "còn lệ phí thì sao")[1])).toBe("answer dvc-khai-sinh");
    expect(led(conversation("làm khai sinh cho con", "bé có được cấp thẻ bảo hiểm y tế không")[1])).toBe("answer dvc-khai-sinh");
  });
});
