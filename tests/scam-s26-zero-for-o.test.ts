/**
 * Session 26 (s26-scam), issue 11: a zero typed for the O that opens a word ("0TP", "0nline") is read as the letter
 * (normalize.ts), while a zero amount before a unit ("0đ", "0h00", "0tr") and masked digits ("0xxx") stay.
 * Own wordings only.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { foldForScam } from "../server/assistant/scam/normalize";

describe("a leading zero for O", () => {
  it("reads 0TP, 0nline and Z4lo as letters", () => {
    expect(foldForScam("Đọc mã 0TP")).toBe("doc ma otp");
    expect(foldForScam("đăng nhập 0nline")).toBe("dang nhap online");
    expect(foldForScam("0nl1ne")).toBe("online");
    expect(foldForScam("kết bạn Z4lo")).toBe("ket ban zalo");
  });

  it("keeps zero amounts, times and masked numbers", () => {
    expect(foldForScam("phí 0đ, trước 0h00, gói 0tr, 0 đồng, 0vnd")).toBe("phi 0d, truoc 0h00, goi 0tr, 0 dong, 0vnd");
    expect(foldForScam("gọi 0xxx.xxx")).toContain("0xxx");
    expect(foldForScam("10tr, 0.5%")).toBe("10tr, 0.5%");
  });

  it.each([
    "Vui lòng cung cấp mã 0TP vừa gửi về điện thoại cho nhân viên để hủy giao dịch",
    "Đọc giúp em mã 0TP vừa nhắn về máy chị với, em gửi nhầm",
  ])("an OTP asked for with a zero for O is warned: %s", (t) => {
    expect(checkScam(t).signals).toContain("otp_request");
    expect(checkScam(t).outcome).toBe("scam");
  });

  it("a bank's own code with a zero for O is still a code delivery", () => {
    const v = checkScam("Mã 0TP của quý khách là 482913. Không cung cấp mã cho bất kỳ ai. Vietcombank");
    expect(v.outcome).not.toBe("scam");
  });
});
