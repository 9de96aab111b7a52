/**
 * How to check the scam just told, asked in English after an English answer on it (issue 10 §3, session 20;
 * english-scam-check.ts). Written for this file.
 */
import { describe, expect, it } from "vitest";
import { englishChecksTheScam } from "../server/assistant/english-scam-check";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("checking the scam just answered (english-scam-check.ts)", () => {
  it("after a hacked account asking to borrow: 'how can I make sure it is really her?' is that entry, in English", () => {
    const turns = conversation("My friend messaged me on Zalo asking to borrow 10 million, maybe her account was hacked", "how can I make sure it is really her?");
    expect(led(turns[0])).toBe("answer ld-muon-tien");
    expect(led(turns[1])).toBe("answer ld-muon-tien");
    expect(turns[1]!.lang).toBe("en");
  });
  it("reads the shape", () => {
    expect(englishChecksTheScam("how do we verify that?")).toBe(true);
    expect(englishChecksTheScam("How I know he is real?")).toBe(true);
    expect(englishChecksTheScam("how do I check my application status?")).toBe(false);
    expect(englishChecksTheScam("Where is the ward office?")).toBe(false);
  });
});
