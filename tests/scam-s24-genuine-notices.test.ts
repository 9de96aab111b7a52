/**
 * Genuine notices warned as scams (session 24, issue 11: false alarms). Classes found with probes written for this test
 * (own wordings of real banks', operators' and agencies' notices; short codes, domains and hotlines from
 * knowledge/official-domains.yaml), never on validation rows; each genuine probe was warned on main 2baf9b9:
 *  - a bank's OTP delivery that names the code's purpose first ("OTP để xác nhận giao dịch … là 339182");
 *  - a census notice ("điều tra viên", "Tổng điều tra dân số" is a survey, no investigation);
 *  - a warning that tells the script with its demands: a third party that calls or writes ("có người gọi điện xưng…"),
 *    many people who received it, the reader's possible receipt ("nếu nhận được tin nhắn…"), "đó là lừa đảo", impostors
 *    who impersonate without a warning word, the script's words quoted after its teller, and the Zalo / Zoom chat,
 *    the key to press and the gag order the impostors ask for;
 *  - the reader's own Zalo account in a login alert that sends them into the Zalo app;
 *  - an informant promised confidentiality ("được giữ bí mật"); a school's student health insurance premium.
 * Scams shaped like warnings, and scams of the same words (a gag order, a loan's insurance fee, a code to read out, a
 * census caller asking for the OTP, a Zalo account lock), stay warned.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";

type Probe = { expect: "scam" | "genuine"; class: string; text: string };
const probes: Probe[] = readFileSync("tests/fixtures/scam/scam-s24-genuine-notices-probes.jsonl", "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Probe);
const of = (cls: string) => probes.filter((p) => p.class === cls).map((p) => checkScam(p.text));

describe("session 24: genuine notices are not warned, warning-shaped scams are", () => {
  it("decides every probe as labelled, alone and with a question in front", () => {
    const wrong: string[] = [];
    for (const p of probes)
      for (const text of [p.text, `Tin này có phải lừa đảo không: ${p.text}`])
        if (checkScam(text).isScam !== (p.expect === "scam")) wrong.push(`${p.expect}: ${text}`);
    expect(wrong).toEqual([]);
  });

  it("reads a code handed over with its purpose as a delivery, not a request", () => {
    for (const v of of("otp_delivery")) {
      expect(v.signals).toContain("code_delivery");
      expect(v.signals).not.toContain("otp_request");
    }
    expect(of("code_to_person")[0]!.signals).toContain("otp_request");
  });

  it("reads a census's 'điều tra' as no investigation", () => {
    for (const v of of("census")) expect(v.signals).not.toContain("authority");
  });

  it("reads the demands a warning tells as the impostors', not the sender's", () => {
    for (const v of of("warning_tells_script"))
      for (const s of ["private_chat", "keypress", "secrecy", "otp_request", "fee_to_receive", "topup_codes", "money_to_person"] as const) expect(v.signals).not.toContain(s);
  });

  it("keeps the gag order, the fee and the Zalo lock of a script", () => {
    expect(of("kept_demand")[0]!.signals).toContain("secrecy");
    expect(of("kept_demand")[1]!.signals).toContain("fee_to_receive");
    expect(of("informant_confidential")[0]!.signals).not.toContain("secrecy");
    expect(of("school_insurance")[0]!.signals).not.toContain("fee_to_receive");
  });
});
