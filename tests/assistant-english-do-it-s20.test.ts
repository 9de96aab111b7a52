/**
 * English follow-ups whose verb's object stands for the procedure just answered (issue 10 §3, session 20;
 * english-do-it.ts). Conversations written for this file, through the real Assistant with its memory.
 */
import { describe, expect, it } from "vitest";
import { englishDoesItAgain } from "../server/assistant/english-do-it";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("an English 'do it' after an English answer (english-do-it.ts)", () => {
  it("marriage: 'could we do it here at the ward?' and 'where do we hand in the paperwork?' stay with the marriage entry, in English", () => {
    const turns = conversation("I'm Canadian and my partner is Vietnamese, we want to get married in Hanoi", "Could we do it here at the ward, or elsewhere?", "Where do we hand in the paperwork?");
    expect(led(turns[0])).toBe("answer dvc-ket-hon");
    for (const t of turns.slice(1)) {
      expect(led(t)).toBe("answer dvc-ket-hon");
      expect(t.lang).toBe("en");
    }
  });
  it("a foreigner's residence declaration: who does it, the tenant or the landlord", () => {
    const turns = conversation("I'm from Australia and just rented an apartment here. Do I have to declare my temporary residence?", "Who needs to do it - me or my landlord?");
    expect(led(turns[0])).toBe("answer dvc-nguoi-nuoc-ngoai-tam-tru");
    expect(led(turns[1])).toBe("answer dvc-nguoi-nuoc-ngoai-tam-tru");
  });
  it("a birth registration: 'can I do it alone?' is a case of it", () => {
    const turns = conversation("I want to register my daughter's birth. What do I need to bring?", "My wife is working overseas. Can I do it alone?");
    expect(led(turns[1])).toBe("answer dvc-khai-sinh");
  });
  it("a thing named in the message's own first sentence is what 'for that' stands for", () => {
    const turns = conversation("I'm Canadian and my partner is Vietnamese, we want to get married in Hanoi", "I also need a certificate that I am single. What do I need for that?");
    expect(led(turns[1])).toBe("answer dvc-xac-nhan-hon-nhan");
  });
  it("reads the shape", () => {
    expect(englishDoesItAgain("Can we do it at this ward?")).toBe(true);
    expect(englishDoesItAgain("who has to submit the application")).toBe(true);
    expect(englishDoesItAgain("Can you do it for me?")).toBe(false);
    expect(englishDoesItAgain("I did it yesterday.")).toBe(false);
    expect(englishDoesItAgain("Where is the ward office?")).toBe(false);
  });
});
