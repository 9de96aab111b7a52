/**
 * Issue 15 (cold start): the entries' written forms and pairs for confused spellings are stored with the search index
 * (entry-spellings.ts, format 4) and read back by a process starting later; they must answer exactly as
 * confused-spelling.ts's EntrySpellings, which reads the entries' texts at the first ask.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { EntrySpellings, readConfusedSpellings, type WrittenForms } from "../server/assistant/confused-spelling";
import { SearchIndex } from "../server/assistant/search-index";
import { foldDiacritics, pairSpellingVariants, toneKey } from "../server/assistant/vietnamese-text";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import type { KnowledgeEntry } from "../server/knowledge/knowledge-schema";
import { loadStoredIndex, serializeIndex } from "../server/knowledge/stored-index";

let published: KnowledgeEntry[];
let reference: EntrySpellings;
let stored: WrittenForms;
let built: WrittenForms;

beforeAll(async () => {
  const { kb } = await readKnowledgeDir("knowledge", { strict: true });
  published = kb.entries.filter((e) => e.status === "published");
  reference = new EntrySpellings(published);
  const index = new SearchIndex(published);
  built = index.spellingsOf(published)!;
  stored = loadStoredIndex(serializeIndex(kb.version, index), kb.version, published)!.spellingsOf(published)!;
});

/** every word of the entries as typed, with its tone key, its fold and the fold's confusable spellings */
function probeWords(): string[] {
  const words = new Set<string>(["", "x", "zzz", "nàm", "xinh", "chước"]);
  for (const e of published)
    for (const part of [e.title, ...e.questions, ...e.keywords, e.summary ?? "", e.body])
      for (const w of part.normalize("NFC").toLowerCase().match(/\p{L}+/gu) ?? []) {
        const folded = foldDiacritics(w);
        for (const v of [w, toneKey(w), folded, ...pairSpellingVariants(folded)]) words.add(v);
      }
  return [...words];
}

describe("the stored entries' spellings", () => {
  it("know the same forms, syllables and pairs as the entries' texts read at the first ask", () => {
    expect(built).toBeDefined();
    expect(stored).toBeDefined();
    const words = probeWords();
    expect(words.length).toBeGreaterThan(2000);
    for (const forms of [built, stored]) {
      const differ: string[] = [];
      for (const w of words) {
        if (forms.writesForm(w) !== reference.writesForm(w)) differ.push(`form ${w}`);
        if (forms.knowsSyllable(w) !== reference.knowsSyllable(w)) differ.push(`syllable ${w}`);
      }
      // written pairs in each of their four spellings, with a neighbour respelt, and words side by side that are no pair
      let known = 0;
      const check = (a: string, b: string) => {
        const expected = reference.knowsPair(a, b);
        if (expected) known++;
        if (forms.knowsPair(a, b) !== expected) differ.push(`pair ${a} ${b}`);
      };
      for (const e of published)
        for (const part of [e.title, ...e.questions, e.body]) {
          const typed = (part.normalize("NFC").toLowerCase().match(/\p{L}+/gu) ?? []).map(toneKey);
          for (let k = 1; k < typed.length; k++) {
            const [a, b] = [typed[k - 1]!, typed[k]!];
            for (const x of [a, foldDiacritics(a)]) for (const y of [b, foldDiacritics(b), ...pairSpellingVariants(foldDiacritics(b))]) check(x, y);
          }
        }
      for (let i = 1; i < words.length; i++) check(words[i]!, words[(i * 7) % words.length]!);
      expect(known).toBeGreaterThan(1000);
      expect(differ).toEqual([]);
    }
  });

  it("read confused consonants in a message as the entries' texts do", () => {
    for (const text of ["bị nừa đảo thì báo ai", "nàm giấy khai xinh cho con", "chuyển khoản chước cho shipper", "trưa có làm không", "tôi ở Đà Nẵng", "khai sin con ở đâu"])
      expect(readConfusedSpellings(text, stored), text).toBe(readConfusedSpellings(text, reference));
    expect(readConfusedSpellings("bị nừa đảo thì báo ai", stored)).toBe("bị lừa đảo thì báo ai");
  });

  it("are the index's only for the entries it was built over", () => {
    const index = new SearchIndex(published.slice(0, 10));
    expect(index.spellingsOf(published)).toBeUndefined();
    expect(index.spellingsOf(published.slice(0, 10))).toBeDefined();
    expect(index.spellingsOf(published.slice(0, 10).map((e) => ({ ...e, body: `${e.body} nừa` })))).toBeUndefined();
  });
});
