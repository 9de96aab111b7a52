import type { Token } from "./text-analysis";

/*
 * "cần mang gì", "mang theo gì", "mang những gì": what to bring is the documents part of any
 * procedure, asked the same way of each (facet-cues.ts reads it as the documents facet). Read as a
 * topic word, "mang" named whichever entry's own text says "mang" beside the subject: "làm căn cước
 * cần mang gì" answered the VNeID level-2 entry ("Ông/bà mang thẻ căn cước …") instead of the ID
 * card. In a question it is read as a function word, as "bây giờ" is (question-words.ts); the
 * entries keep it. Only when it asks what (followed by "gì", "theo", "những"): "mang thai",
 * "trên mạng" (typed "mang") and "mang tên" stay topic words; typed with other accents ("mạng") it
 * is another word.
 */
/** The "mang" of "mang gì / mang theo" in a question (by identity), added to `into`; `into` as given when there is none. */
export function bringWordTokens(tokens: readonly Token[], into: Set<Token> | undefined): Set<Token> | undefined {
  let out = into;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.folded !== "mang" || (t.accented !== null && t.accented.toLowerCase() !== "mang")) continue;
    const next = tokens[i + 1]!;
    if (next.folded === "theo") {
      // "mang theo gì", "mang theo những gì", "cần mang theo?": both words ask; "mang theo con" names a person
      const after = tokens[i + 2]?.folded;
      if (after !== undefined && after !== "gi" && after !== "nhung" && after !== "khong") continue;
      (out ??= new Set()).add(t).add(next);
      continue;
    }
    if (next.folded === "gi" || next.folded === "nhung") (out ??= new Set()).add(t);
  }
  return out;
}
