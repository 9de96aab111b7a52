/**
 * Session 18 classes (issue 11), found with own probes and the lead's list of classes left (never a validation
 * row). The texts below are own phrasings written for the tests, not corpus rows:
 * - the English "wrong number" opener of a romance or investment script ("Hi, is this Anna? Sorry, wrong number…
 *   you seem nice, are you single?"): the Vietnamese opener ("em nhắn nhầm số… anh ở đâu vậy") was read, the English
 *   one set no signal at all. "wrong number" and a stranger's "let's be friends" (Vietnamese "làm quen") are now
 *   English cues; a lone slip ("Sorry, I texted the wrong number, please ignore") stays unwarned, as in Vietnamese.
 * The training rows' signals are unchanged by these cues (the model needs no retrain).
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";

const framings = (t: string) => [t, `tin này có phải lừa đảo ko: ${t}`];

describe("the English wrong-number opener that turns to the reader", () => {
  const openers = [
    "Hi, sorry to bother you, I think I have the wrong number. You seem nice, are you single?",
    "Hello Anna, are we still on for dinner tonight? Oh sorry wrong number! Can we be friends?",
    "Sorry, I messaged the wrong person. But it's fate, I'd like to get to know you. I work in finance in Singapore.",
  ];
  for (const t of openers)
    it(`warned: ${t.slice(0, 60)}`, () => {
      for (const text of framings(t)) expect(checkScam(text).outcome).toBe("scam");
    });

  const slips = [
    "Sorry, I texted the wrong number, please ignore.",
    "Sorry wrong number, I was trying to reach my landlord about the water bill.",
    "Sorry, wrong number.",
  ];
  for (const t of slips)
    it(`a lone slip is not warned: ${t}`, () => {
      expect(checkScam(t).outcome).not.toBe("scam");
    });

  it("a resident's own question about such a text is no received scam", () => {
    expect(checkScam("I got a text from a wrong number asking where I am from, is that a scam?").outcome).not.toBe("scam");
  });
});
