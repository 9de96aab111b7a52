/**
 * An English part asked right after an English handoff that answered nothing (english-after-handoff.ts): read as a
 * follow-up of the matter the conversation was about, as after an English answer; after a handoff for another thing
 * named ("SIM card") nothing is remembered. Messages written for this file, not copied from the tuning sets.
 */
import { describe, expect, it } from "vitest";
import { idOf, knowledgeAssistant, shown } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("an English part after an English handoff", () => {
  it("answers the part from the matter before the handoff", () => {
    const [first, handedOff, soon] = conversation(
      "Hi, my parents are visiting from Canada and will stay in my flat for two weeks. What do I have to do?",
      "do my parents have to come with me or can I go alone?",
      "and how long?",
    );
    expect(idOf(first!)).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
    expect(handedOff!.kind).toBe("handoff");
    expect(idOf(soon!)).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
    expect(soon!.lang).toBe("en");
    expect(shown(soon)).toBe("time");
  });
  it("also the fee", () => {
    const turns = conversation(
      "Hi, my parents are visiting from Canada and will stay in my flat for two weeks. What do I have to do?",
      "do my parents have to come with me or can I go alone?",
      "what about the fee",
    );
    expect(idOf(turns[2]!)).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
    expect(shown(turns[2])).toBe("fee");
  });
  it("remembers nothing after a handoff for another thing named", () => {
    const turns = conversation("How do I get a certified copy of my degree?", "where can I buy a SIM card?", "and how long does it take?");
    expect(idOf(turns[0]!)).toBe("dvc-chung-thuc");
    expect(turns[1]!.kind).toBe("handoff");
    expect(turns[2]!.kind).toBe("handoff");
  });
});
