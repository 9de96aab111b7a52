/**
 * Session 22 (s22-scam), issue 11: a notice that sends the reader to the app of a registered bank, e-wallet or
 * operator is read the same whichever of them it names. signals.ts listed a handful of app names ("app mbbank",
 * "ứng dụng my viettel"), so the training split's card-lock notice "… thực hiện trên App MBBank" read as the bank's
 * own notice, and the same notice from any other bank did not (bench/scam-brand-swap.ts, the probe below).
 * Likewise the gift for installing or logging into an agency's app: "Cài đặt VNeID để nhận quà" was a scam, the same
 * line naming "Bảo hiểm xã hội Việt Nam" or "Cục Thuế" none (registry.ts agencyNames). Every text here is an own
 * wording, not a corpus or tuning row.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { brandSwapProbe } from "../bench/scam-brand-swap";

const signals = (t: string) => checkScam(t).signals;

describe("the app of any registered bank, wallet or operator", () => {
  it.each([
    "Sacombank: Thẻ của Quý khách đã bị khóa theo yêu cầu lúc 21:05. Để mở khóa, Quý khách thực hiện trên App Sacombank.",
    "VPBank: The cua Quy khach da bi khoa tam thoi luc 09:12. De mo khoa, Quy khach thuc hien tren ung dung VPBank.",
    "ACB thông báo: Quý khách vui lòng cập nhật sinh trắc học trên ứng dụng ngân hàng ACB trước ngày 01/01/2026.",
    "VinaPhone: tặng 20% giá trị thẻ nạp trong ngày 20/11 khi nạp qua ứng dụng VinaPhone.",
  ])("is the brand's own place to act, and no scam: %s", (t) => {
    expect(signals(t), t).toContain("official_app");
    expect(checkScam(t).outcome, t).not.toBe("scam");
  });

  it.each([
    // installing an app is a demand, whatever its name
    "VPBank: Tài khoản của Quý khách bị tạm khóa. Tải ứng dụng VPBank bản mới tại vpbank-neo.apk để mở khóa.",
    // the app named beside a link off the bank's domains
    "Sacombank: tai khoan cua quy khach bi han che, vui long dang nhap app Sacombank tai sacombank-xacthuc.top de mo khoa",
    // a fake app's compound name
    "ACB: Quý khách vui lòng xác thực căn cước gắn chip qua ứng dụng ACB-eKYC để tránh bị khóa tài khoản.",
  ])("is no sign for the message when it comes with a scam's demand: %s", (t) => {
    expect(signals(t), t).not.toContain("official_app");
    expect(checkScam(t).outcome, t).toBe("scam");
  });

  it("keeps every training row's decision when the row is rewritten for another brand of its kind", () => {
    const flips = [...brandSwapProbe().entries()].filter(([, t]) => t.flipped > 0).map(([k, t]) => `${k}: ${t.flipped}/${t.n}`);
    expect(flips).toEqual([]);
  }, 120_000);
});

describe("a gift for installing or logging into an agency's app, by any of the agency's names", () => {
  it.each([
    "Cài đặt ứng dụng Bảo hiểm xã hội Việt Nam để nhận quà 300.000đ",
    "Tải app Cục Thuế để được nhận tiền hỗ trợ 1.200.000đ trước 30/11",
    "Kích hoạt tài khoản định danh để nhận tiền hỗ trợ an sinh",
    "Dang nhap cong dich vu cong de nhan qua Tet 500k",
  ])("is warned: %s", (t) => {
    expect(signals(t), t).toContain("gov_gift");
    expect(checkScam(t).outcome, t).toBe("scam");
  });

  it.each([
    "cài đặt bảo hiểm xã hội số để nhận tiền thai sản ở đâu",
    "làm sao cài đặt ứng dụng iHanoi để nhận quà tết của thành phố?",
    "Đăng ký tài khoản thuế điện tử để được hoàn thuế TNCN cần giấy tờ gì",
    "bà con cài đặt ứng dụng iHanoi để nhận thông báo của thành phố",
  ])("a resident's question or the city's own app is not warned: %s", (t) => {
    expect(checkScam(t).outcome, t).not.toBe("scam");
  });
});
