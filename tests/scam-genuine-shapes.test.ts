/**
 * Genuine shapes the signals misread (session 7, wave 2; classes found on the TRAINING split's real
 * genuine messages that were warned or nearly warned, never on validation rows): a reseller's advert
 * linking its own site while naming the operator it sells; a hosting provider's expiry notice naming the
 * customer's domain; "cho thuê" (a lease), "bảo hành 1 đổi 1. Trả góp" (no amount), a payment plan's
 * "%/tháng", a receipt of a password reset the customer asked for, the password typed to log into the
 * service itself, "gặp nhau" (meet). The probes were written for this test, not copied from the corpus;
 * scams of the same shapes (a brand's name in a look-alike host, renewal at another domain, "2tr5",
 * a daily return) keep their signals.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";

type Probe = { expect: "scam" | "genuine"; class: string; text: string };
const probes: Probe[] = readFileSync("tests/fixtures/scam/scam-genuine-shapes-probes.jsonl", "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Probe);
const of = (cls: string) => probes.filter((p) => p.class === cls).map((p) => checkScam(p.text));

describe("genuine shapes the signals misread", () => {
  it("warns on every scam probe and on no genuine one", () => {
    const wrong = probes.filter((p) => checkScam(p.text).isScam !== (p.expect === "scam")).map((p) => `${p.expect}: ${p.text}`);
    expect(wrong).toEqual([]);
  });

  it("reads a reseller's own site as no brand mismatch, a look-alike host still as one", () => {
    for (const v of of("own_site")) expect(v.signals).not.toContain("link_brand_mismatch");
    for (const v of of("brand_header_lookalike")) expect(v.signals).toContain("link_brand_mismatch");
  });

  it("reads the domain an expiry notice names as no link, a renewal elsewhere as one", () => {
    for (const v of of("expiry_subject")) expect(v.domains).toEqual([]);
    expect(of("renew_elsewhere")[0]!.domains).toEqual(["renew-tenmien.xyz"]);
  });

  it("reads leases, warranties, payment plans, receipts and log-ins as no request", () => {
    for (const cls of ["lease", "unit_boundary"]) for (const v of of(cls)) expect(v.signals).not.toContain("money_request");
    for (const v of of("payment_plan")) expect(v.signals).not.toContain("investment");
    for (const cls of ["receipt", "login_entry"]) for (const v of of(cls)) expect(v.signals).not.toContain("card_request");
    for (const v of of("meet")) expect(v.signals).not.toContain("urgency");
    expect(of("money_amount")[0]!.signals).toContain("money_request");
    expect(of("investment_return")[0]!.signals).toContain("investment");
  });
});
