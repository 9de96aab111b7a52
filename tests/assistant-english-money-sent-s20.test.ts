/**
 * Money already sent after an English scam warning (issue 10 §3, session 20; english-money-sent.ts): the victim's steps
 * in English, whatever the amount's spelling ("2.5 million", "300k") or tense ("already transfer"). Written for this file.
 */
import { describe, expect, it } from "vitest";
import { englishMoneyAlreadySent } from "../server/assistant/english-money-sent";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("an English victim after a scam (english-money-sent.ts)", () => {
  it("after a fake courier: 'I already paid him 2.5 million dong' is the victim's entry, and 'where can I report it?' stays with it", () => {
    const turns = conversation("Someone phoned saying he is a courier with a package from Korea, I have to pay the customs fee by transfer first", "Oh no, I already paid him 2.5 million dong, what do I do now?", "where can I report it?");
    expect(led(turns[0])).toMatch(/^scam_warning ld-giao-hang/);
    expect(led(turns[1])).toBe("answer ld-bi-lua-roi");
    expect(turns[1]!.lang).toBe("en");
    expect(led(turns[2])).toBe("answer ld-bi-lua-roi");
  });
  it("after a borrowing message: learner English 'my son already transfer 5 million' too", () => {
    const turns = conversation("My cousin messaged on Facebook asking to borrow 5 million urgently, maybe her account is hacked", "Too late, my son already transfer 5 million. What now?");
    expect(led(turns[0])).toBe("answer ld-muon-tien");
    expect(led(turns[1])).toBe("answer ld-bi-lua-roi");
  });
  it("a fee not paid yet, or asked about, is not this", () => {
    expect(englishMoneyAlreadySent("They asked me to pay 2 million first")).toBe(false);
    expect(englishMoneyAlreadySent("Should I pay the fee?")).toBe(false);
    expect(englishMoneyAlreadySent("I haven't sent anything yet")).toBe(false);
    expect(englishMoneyAlreadySent("I just transferred 300k to them")).toBe(true);
  });
});
