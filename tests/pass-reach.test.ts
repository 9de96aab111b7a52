import { describe, expect, it } from "vitest";
import { ALL_PASSES, COMPOUND, PassReach, REGIONAL, SYNONYMS, TEEN_CODE } from "../server/assistant/pass-reach";
import { analysisPassReach, analyze, tokenize } from "../server/assistant/text-analysis";

describe("which analysis passes a text can need", () => {
  it("is the union of its syllables' passes, asked once per spelling", () => {
    const asked: string[] = [];
    const reach = new PassReach((folded) => {
      asked.push(folded);
      return folded === "ko" ? TEEN_CODE : folded === "hong" ? REGIONAL : 0;
    });
    expect(reach.of(tokenize("thủ tục thủ tục ko"))).toBe(TEEN_CODE);
    expect(reach.of(tokenize("ko hong thủ tục"))).toBe(TEEN_CODE | REGIONAL);
    expect(reach.of(tokenize("thủ tục"))).toBe(0);
    // "thủ", "tục", "ko", "hong": each spelling asked once
    expect(asked).toEqual(["thu", "tuc", "ko", "hong"]);
    expect(reach.texts).toBe(3);
    expect(reach.tokensOutOfReach[COMPOUND]).toBe(5 + 4 + 2);
    expect(reach.tokensOutOfReach[TEEN_CODE]).toBe(2);
  });

  it("reaches every pass for a list that is not the last tokenize()'s, or one read without spelling ids", () => {
    const reach = new PassReach(() => 0);
    const first = tokenize("thủ tục");
    tokenize("hồ sơ");
    expect(reach.of(first)).toBe(ALL_PASSES);
    expect(reach.of(tokenize("thủ tục 🙂"))).toBe(ALL_PASSES);
    expect(reach.of(tokenize("thủ tục"))).toBe(0);
  });

  it("still runs the passes a text's syllables start, and those after a pass that changed the list", () => {
    // teen-code, a regional word, a compound typed bare, a synonym: each rewritten as before
    expect(analysisPassReach.of(tokenize("ko biết"))).toBe(TEEN_CODE);
    expect(analyze("ko biết").map((t) => t.folded)).toEqual(["khong", "biet"]);
    expect(analysisPassReach.of(tokenize("khai tu")) & COMPOUND).toBe(COMPOUND);
    expect(analyze("khai tu")[1]!.accented).toBe("tử");
    const plain = analyze("thủ tục");
    expect(plain.map((t) => t.folded)).toEqual(["thu", "tuc"]);
    // "cc" after "làm" becomes "căn cước" (citizen-id-shorthand.ts): the list changed, so the later
    // passes run whatever the text's own syllables reach, as "làm căn cước" is read
    expect(analyze("làm cc").map((t) => t.folded)).toEqual(analyze("làm can cuoc").map((t) => t.folded));
    expect(analysisPassReach.of(tokenize("sổ hộ khẩu")) & SYNONYMS).toBe(SYNONYMS);
    expect(analyze("sổ hộ khẩu").map((t) => t.folded)).toEqual(["thuong", "tru"]);
  });
});
