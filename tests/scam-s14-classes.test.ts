/**
 * Session 14 (issue 11): classes from the tuning sets' scam lines and residents' lines warned (tuning11,
 * tuning-s13, tuning10, tuning6) and the brief's two known misses, each tested with own phrasings, not the
 * tuning lines themselves. Every number and domain below is invented for the test.
 * - A message shown to be written in l33t has its two-letter words in l33t too ("b!" bị, "m0" mở).
 * - "chuyển trước vào stk này rồi em giao hàng": "rồi" before the next step is "then", not "done".
 * - A caller who "claimed to be" BHXH, tax or another agency, with its lure (a pension rise, a refund, an
 *   update), retold by a resident, is a script (impersonation_call widened to agencies; retoldScript).
 * - "ad ơi …" is the resident writing to the ward's page, their own voice.
 * - A seller's own takings (QR code covered by another, customers' payments not arriving) is no demand.
 * - A retold demand for ID-card photos with nothing else (no gift, no call with a pretext, no money) is a
 *   question about personal data (id-photo-story.ts; the tuning writers expect kns-du-lieu-ca-nhan).
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { readSignals } from "../server/assistant/scam/signals";
import { foldForScam } from "../server/assistant/scam/normalize";

describe("two-letter words of a l33t message", () => {
  it("are restored once the message is shown to be l33t", () => {
    expect(foldForScam("Sac0mbank: T4i kh0an cua b4n d4 b! kh0a. M0 l4i tai day")).toBe("sacombank: tai khoan cua ban da bi khoa. mo lai tai day");
  });
  it("an obfuscated lock notice with a link is a scam", () => {
    expect(checkScam("Ag!ribank: T.K cua QK d4 b! kh0a tam th0i. M0 kh0a ngay tai agr-m0khoa.top").outcome).toBe("scam");
  });
  it("a lone digit after a letter elsewhere stays", () => {
    expect(foldForScam("Ban b1 nho, lop C0 hoc luc 5h")).toBe("ban b1 nho, lop c0 hoc luc 5h");
  });
});

describe("'rồi' before the next step", () => {
  it("a prepayment into 'stk này' before a delivery is money to a person", () => {
    const s = readSignals("anh ơi hàng của anh tới rồi, anh chuyển khoản trước 350k vào stk này rồi em giao nhé");
    expect(s.set.has("money_to_person")).toBe(true);
    expect(checkScam('shipper nhắn: "anh ơi hàng của anh tới rồi, anh ck trước cho em 350k vào stk này rồi mới giao được"').outcome).toBe("scam");
  });
  it("a payment told as done stays done", () => {
    expect(readSignals("mẹ ơi con chuyển cho mẹ 2 triệu rồi nhé").set.has("money_request")).toBe(false);
  });
});

describe("a retold caller claiming to be an agency, with its lure", () => {
  it.each([
    "hôm qua có người gọi tự xưng cán bộ bảo hiểm xã hội, nói bố tôi được tăng lương hưu từ tháng này",
    "co nguoi goi xung ben bhxh bao me toi duoc dieu chinh luong huu",
    "sáng nay có người gọi xưng cơ quan thuế báo tôi được hoàn thuế 2 triệu",
  ])("%s", (text) => {
    const v = checkScam(text);
    expect(v.signals).toContain("impersonation_call");
    expect(v.outcome).toBe("scam");
  });
  it("a question about pensions, or a neighbour's word, is no script", () => {
    expect(checkScam("tôi muốn hỏi năm nay có tăng lương hưu không").outcome).toBe("not_forwarded");
    expect(checkScam("bà hàng xóm bảo là phường sắp tăng trợ cấp cho người già").isScam).toBe(false);
  });
});

describe("'ad ơi': the resident writing to the ward's page", () => {
  it.each([
    "admin oi kich hoat vneid muc 2 the nao, e cai app roi ma no bat len co quan cong an",
    "ad ơi cài ứng dụng vneid xong nó bảo phải đến công an xác thực, có đúng không",
  ])("their own app trouble is their question: %s", (text) => {
    expect(checkScam(text).outcome).toBe("not_forwarded");
  });
  it("a retold demand after 'ad ơi' is still warned", () => {
    expect(checkScam("ad ơi có người gọi bảo tôi cài app VNeID mới để cập nhật, không thì bị khóa").outcome).toBe("scam");
  });
});

describe("a seller's own takings", () => {
  it("a QR code covered by another at their shop", () => {
    expect(checkScam("tiệm nhà tôi bị ai dán chồng mã QR khác, khách chuyển tiền mà không vào tài khoản").isScam).toBe(false);
  });
  it("(guard) customers' payments not arriving", () => {
    expect(checkScam("sạp rau của mẹ tôi có khách chuyển khoản 200k mà tiền không về").isScam).toBe(false);
  });
  it("a sender telling the reader to pay stays a script", () => {
    expect(checkScam("Quý khách chuyển khoản 500.000đ vào số tài khoản 0123456789 để nhận hàng").outcome).toBe("scam");
  });
});

describe("a retold demand for ID-card photos alone", () => {
  it.each([
    "người bán hàng trên mạng bắt gửi ảnh cccd hai mặt qua zalo mới giao hàng",
    "ben cho vay doi chup anh can cuoc gui qua zalo",
  ])("%s", (text) => {
    expect(checkScam(text).outcome).toBe("not_forwarded");
  });
  it("with money, a link or quoted, it stays a script", () => {
    expect(checkScam("bên cho vay bắt chụp ảnh căn cước 2 mặt gửi qua zalo rồi chuyển 500k phí hồ sơ").outcome).toBe("scam");
    expect(checkScam('"Vay nhanh 30 triệu, giải ngân 5 phút, chỉ cần ảnh căn cước 2 mặt gửi qua Zalo"').outcome).toBe("scam");
  });
  it("with a gift promised or by a call with a pretext, it stays a script", () => {
    expect(checkScam("có người nhắn bảo gửi ảnh căn cước hai mặt qua zalo để nhận quà tết").outcome).toBe("scam");
    expect(checkScam("co nguoi goi bao thue bao cua toi sai thong tin, bat gui anh cccd qua zalo").outcome).toBe("scam");
  });
});
