/**
 * Genuine messages the scam check must not warn (session 26, issue 11: false alarms), and the same shapes with a
 * scam's demand, which it must. Probes written for this test (own wordings; brands' domains and apps from
 * knowledge/official-domains.yaml, private numbers and accounts masked), never validation rows:
 *  - receipts and confirmations that ask nothing ("đã thanh toán thành công", "GD: -500,000VND … SD:", "đã được giao");
 *  - payments through the brand's own channels (the bank's app, the counter, the brand's app);
 *  - lists of safety rules, every act negated ("không yêu cầu cung cấp số tài khoản, mã OTP hay chuyển tiền", "không cơ
 *    quan nào yêu cầu bạn đọc mã OTP") — warned on main b1b9e4e;
 *  - police / bank / ward / school warnings that QUOTE the scam ('kẻ gian nhắn tin "Tài khoản của bạn bị khóa, bấm vào
 *    …"', 'tin nhắn "…" là giả mạo') — 10 of 14 warned on main b1b9e4e.
 * Scams of the same shapes stay warned: a receipt or bill with a link, account or number to pay; a rule followed by a
 * demand ("tuy nhiên … xác thực lại tại …"); a script's gag order; a warning's words heading a scam; a resident quoting
 * a scam they received and asking about it; scripts with a "không" before their demand.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { negatedRuleList } from "../server/assistant/scam/negated-rules";
import { readSignals } from "../server/assistant/scam/signals";
import { withoutToldQuotes } from "../server/assistant/scam/told-warning";
import { foldDiacritics } from "../server/assistant/vietnamese-text";

type Probe = { expect: "scam" | "genuine"; class: string; text: string };
const probes: Probe[] = readFileSync("tests/fixtures/scam/scam-s26-genuine-probes.jsonl", "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Probe);
const texts = (cls: string) => probes.filter((p) => p.class === cls).map((p) => p.text);

describe("session 26: genuine receipts, own-channel payments, negated rules and quoting warnings are not warned", () => {
  it("has probes of every class", () => {
    for (const cls of ["receipt", "own_channel", "negated_rules", "quoted_warning", "receipt_demand", "channel_demand", "rules_then_demand", "warning_shaped_scam", "resident_quotes_scam", "negation_in_script"])
      expect(texts(cls).length, cls).toBeGreaterThanOrEqual(3);
  });

  it("decides every probe as labelled: alone, with a question before or after, without accents", () => {
    const wrong: string[] = [];
    for (const p of probes)
      for (const text of [p.text, `Tin này có thật không mọi người: ${p.text}`, `${p.text} - có phải lừa đảo không ạ?`, foldDiacritics(p.text)])
        if (checkScam(text).isScam !== (p.expect === "scam")) wrong.push(`${p.expect}: ${text}`);
    expect(wrong).toEqual([]);
  });

  it("takes a warning's quoted script out, and keeps a quote a resident received", () => {
    for (const t of texts("quoted_warning")) expect(withoutToldQuotes(t), t).not.toBe(t);
    for (const t of texts("resident_quotes_scam")) expect(withoutToldQuotes(t), t).toBe(t);
    // what the warning's sender asks outside the quotes stays
    const outside = withoutToldQuotes('Cảnh báo: kẻ gian nhắn tin "Tài khoản của bạn bị khóa, bấm vào vcb-xacthuc.com". Không làm theo, hãy xác thực lại tại vcb-baove.com.');
    expect(outside).toContain("vcb-baove.com");
    expect(outside).not.toContain("vcb-xacthuc.com");
  });

  it("reads a list of negated rules as one, and a script with a 'không' before its demand as none", () => {
    // (a bare "không cung cấp / không chuyển" is left to the older safety-rule reading: job and loan adverts boast "không thu phí")
    // (so are rules with a bare sentence among strong ones: "Zalo không bao giờ yêu cầu… Không chia sẻ mã này…")
    const strong = texts("negated_rules").filter((x) => !/^(BIDV|Nhà trường|Zalo|Ba con|Để bảo vệ|Nhắc nhở)/.test(x));
    expect(strong.length).toBeGreaterThanOrEqual(8);
    for (const t of strong) expect(negatedRuleList(readSignals(t)), t).toBe(true);
    for (const t of [...texts("rules_then_demand"), ...texts("negation_in_script")]) expect(negatedRuleList(readSignals(t)), t).toBe(false);
  });
});
