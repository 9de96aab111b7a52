/**
 * Session 12 classes, from the misses of tuning9 (a blind set written in session 11, opened for study) and the
 * tuning8 misses still open. The probes below are own phrasings of each class, not the tuning lines:
 * - a link whose name ends in a reserved example name (".example", RFC 2606) or a TLD phishing reports list
 *   among the most abused (".cam", ".lat", ".rest" …) was no link at all, so a fake bank, water company or
 *   ministry "link" carried no sign; a dot set apart by spaces ("acb-baomat . com") hid it too; a lure split by
 *   hyphens ("hoan-tien", "qua-tang") hid the lure (links.ts);
 * - "Ch.ú.c m.ừ.n.g" (a Vietnamese letter pair between dots) and "5OO.OOOđ" (the letter O for zero) were left
 *   obfuscated (normalize.ts); "ng" for "người" hid a retold call ("có ng gọi xưng là…");
 * - "khai báo / điền thông tin / cung cấp số tài khoản tại <link>" and "Nhận ngay: <link>" are what a link asks
 *   (link_action); "Chúc mừng bạn được nhận …" is a prize;
 * - "khoản tiền / trợ cấp … chưa nhận" is a lure (prize);
 * - "đăng nhập Facebook / Zalo tại link để bình chọn" takes the account's password (card_request);
 * - false alarms: "sách bạn mượn đến hạn trả ngày 10/12" is a due date, not "trả ngay" (borrow); a safety tip
 *   that gives no way to pay or reach anyone is no scam, whatever its conditional names (safety-advice.ts);
 *   "bị gọi điện lừa mấy lần, muốn báo số đó ở đâu" asks where to report, it tells no loss (report-where.ts).
 * Each block fails with its rule switched off (checked by hand while writing, noted where a probe only guards).
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { assessHost, findLinks } from "../server/assistant/scam/links";
import { foldForScam } from "../server/assistant/scam/normalize";
import { readSignals } from "../server/assistant/scam/signals";
import { readVictim } from "../server/assistant/scam/victim";

describe("session 12: links on reserved or much-abused TLDs, spaced dots, hyphenated lures", () => {
  it.each([
    "Sacombank: tài khoản của quý khách đã bị tạm khóa, vui lòng mở khóa tại sacombank-mokhoa.example",
    "Cong ty nuoc sach: ho gia dinh no tien nuoc 980.000d, se ngung cap nuoc sang mai. Thanh toan tai nuoc-hanoi.example",
    "Bo Y te thong bao: nguoi cao tuoi duoc nhan tro cap 1.500.000d, dang ky nhan tai boyte-trocap.quest",
  ])("warns: %s", (text) => {
    expect(checkScam(text).signals).toContain("link_unofficial");
    expect(checkScam(text).outcome).toBe("scam");
  });
  it("reads a dot set apart by spaces as a link", () => {
    expect(findLinks("Khóa giao dịch ngay tại acb-baomat . com nếu không phải bạn").map((l) => l.host)).toEqual(["acb-baomat.com"]);
    expect(findLinks("Hẹn gặp lúc 8h . Xin cảm ơn")).toEqual([]);
  });
  it("sees a lure split by hyphens", () => {
    expect(assessHost("hoan-tien-bhyt.site").lureWords).toBe(true);
    expect(assessHost("nhan-qua-tang.example").lureWords).toBe(true);
  });
  it("keeps an official domain official", () => {
    expect(checkScam("Vietcombank: Quý khách tra cứu giao dịch tại vietcombank.com.vn hoặc gọi 1900545413").outcome).not.toBe("scam");
  });
});

describe("session 12: obfuscation", () => {
  it("joins Vietnamese letter pairs split by dots", () => {
    expect(foldForScam("Ch.ú.c m.ừ.n.g b.ạ.n t.r.ú.n.g t.h.ư.ở.n.g")).toBe("chuc mung ban trung thuong");
    expect(foldForScam("liên hệ mb.vn")).toBe("lien he mb.vn");
  });
  it("reads the letter O for zero in amounts", () => {
    expect(foldForScam("nhận ngay 2OO.OOOđ")).toBe("nhan ngay 200.000d");
    expect(foldForScam("3 cô, 2 ông")).toBe("3 co, 2 ong");
  });
  it("reads 'ng' as 'người' in a retold call", () => {
    const v = checkScam("có ng gọi nói là bên điện lực, bảo nhà mình phải cài app qua link zalo để đổi công tơ");
    expect(v.outcome).toBe("scam");
  });
});

describe("session 12: what a link asks, prizes", () => {
  it.each([
    "Sở LĐTBXH: gia đình thuộc diện nhận hỗ trợ 2.000.000đ. Khai báo thông tin và số tài khoản tại hotro-giadinh.example",
    "C.h.ú.c m.ừ.n.g quý khách được nhận 3OO.OOOđ từ chương trình tri ân. Nhận ngay: tri-an-khach-hang.example",
  ])("warns: %s", (text) => {
    expect(checkScam(text).outcome).toBe("scam");
  });
});

describe("session 12: an unclaimed sum is a lure", () => {
  it("reads 'khoản trợ cấp … chưa nhận' as a prize", () => {
    expect(checkScam("BHXH thông báo: bạn có khoản trợ cấp thất nghiệp 9.800.000đ chưa nhận, nhận tại bhxh-trocap.example").signals).toContain("prize");
  });
});

describe("session 12: a Facebook or Zalo login through a link", () => {
  it("warns the vote-for-my-child page", () => {
    const v = checkScam("Hội phụ huynh nhờ cả nhà bình chọn cho bé Na trong cuộc thi ảnh, đăng nhập Zalo tại link để bình chọn nhé");
    expect(v.signals).toContain("card_request");
    expect(v.outcome).toBe("scam");
  });
  it("leaves a platform's own login page alone", () => {
    expect(checkScam("Hướng dẫn: đăng nhập Zalo trên máy tính tại chat.zalo.me").outcome).not.toBe("scam");
  });
});

describe("session 12: false alarms", () => {
  it("a due date to return a borrowed book is no promise to repay", () => {
    const text = "Thư viện phường thông báo: truyện cháu mượn đến hạn trả ngày 5/1, mời mang trả tại quầy";
    expect(checkScam(text).signals).not.toContain("borrow");
    expect(checkScam(text).outcome).not.toBe("scam");
    expect(checkScam("Mẹ ơi con mượn tạm 3 triệu, mai con trả ngay, mẹ chuyển vào stk 0451000123456 nhé").signals).toContain("borrow");
  });
  it("a safety tip with no way to pay or reach anyone is no scam", () => {
    expect(checkScam("Nếu người quen nhắn Messenger hỏi vay tiền gấp, hãy gọi điện trực tiếp để xác minh trước khi chuyển tiền").outcome).not.toBe("scam");
  });
  it("the same words with an account to pay into still warn", () => {
    expect(checkScam("Mẹ ơi nếu không tin thì hãy gọi lại để xác minh sau, giờ mẹ chuyển gấp cho con 5 triệu vào stk 0451000123456 nhé").outcome).toBe("scam");
  });
  it("asking where to report a scammer's number tells no loss", () => {
    expect(readVictim("Tôi bị nhắn tin lừa đảo nhiều lần, muốn tố giác số điện thoại đó thì báo ở đâu")).toBeUndefined();
    expect(readVictim("tôi bị lừa mất 5 triệu rồi, muốn báo số điện thoại đó thì báo ở đâu")).toBe("victim");
  });
});
