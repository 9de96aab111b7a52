/**
 * Session 16 wave 2 (issue 10 §4): a caller's refund pretext retold by a resident ("bảo thẻ bị trừ nhầm, xin OTP để hoàn
 * lại") is the warning about a code asked for, led by the OTP entry — not a victim's report that got the fresh victim's
 * steps (scam/refund-pretext.ts). Once the code was given or money is gone, the victim's steps stay. Phrasings written
 * here, not copied from the tuning sets.
 */
import { describe, expect, it } from "vitest";
import { knowledgeAssistant } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();

describe("a refund pretext retold", () => {
  it.each([
    "có người gọi xưng tổng đài ngân hàng nói tài khoản của mẹ tôi bị trừ phí 2 lần, bảo đọc mã OTP để hoàn lại",
    "nguoi ta goi bao the cua toi bi tru nham 1 trieu, xin ma otp de hoan tien",
  ])("is warned about the code, led by the OTP entry: %s", (text) => {
    const result = ask(text);
    expect(result?.kind, text).toBe("scam_warning");
    expect(result?.entries[0]?.id, text).toBe("ld-otp");
  });
  it("keeps the victim's steps once the code was given", () => {
    const text = "họ bảo thẻ tôi bị trừ nhầm, xin OTP để hoàn lại, tôi đọc rồi giờ bị trừ thêm 8 triệu";
    const result = ask(text);
    expect(result?.kind, text).toBe("scam_warning");
    expect(result?.entries[0]?.id, text).toBe("ld-bi-lua-roi");
  });
});
