/**
 * Session 16 wave 2 (issue 10 §4, forwarded scams given "no clear signs"): a relative's or friend's message asking for
 * phone-card codes is read as `topup_codes` when the favour is said "nạp giúp / nạp hộ … thẻ … gửi mã", as it already
 * was for "mua giúp … thẻ … gửi mã" (signals.ts topupCodes). Phrasings written here (not the tuning line); every number
 * is invented. A resident asking how to top up a card, or a plain "nạp giúp mẹ thẻ" with no code sent, stays unwarned.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";

describe("phone-card codes asked as a top-up favour", () => {
  it.each([
    "có tin nhắn này gửi bà tôi: \"Bà ơi cháu đổi số, bà nạp hộ cháu 4 thẻ Mobifone 500k rồi chụp mã gửi cháu qua đây nhé\"",
    "Me oi may con hu, me nap giup con 5 the vina menh gia 200k gui ma cho con gap nhe",
  ])("is warned: %s", (text) => {
    const verdict = checkScam(text);
    expect(verdict.signals).toContain("topup_codes");
    expect(verdict.outcome).toBe("scam");
  });
  it.each([
    "tôi muốn nạp thẻ Viettel cho điện thoại của mẹ thì làm thế nào",
    "con nạp giúp mẹ thẻ điện thoại 100k nhé, máy mẹ hết tiền",
  ])("a top-up with no code sent is not: %s", (text) => {
    const verdict = checkScam(text);
    expect(verdict.signals).not.toContain("topup_codes");
    expect(verdict.outcome).not.toBe("scam");
  });
});
