/*
 * The "shaped like a received notice" test of the scam check (check.ts receivedShaped) was one
 * pattern scanned at every position; it is now a start-anchored header pattern plus pre-tested
 * phrases. It must answer exactly as the one pattern did: over the whole scam corpus (folded as the
 * check folds it, and each text's lines) and over probes at the edges of every branch.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { receivedShaped } from "../server/assistant/scam/check";
import { readCorpus } from "../server/assistant/scam/corpus-files";
import { foldForScam } from "../server/assistant/scam/normalize";

/** the pattern as it was before the split */
const original = /(quy khach|^\s*\[[^\]]{2,30}\]|^[a-z0-9 &+.()-]{2,30}:|^\S+( \S+){0,4} (thong bao|tb)\b|tran trong|kinh gui|kinh moi)/;

const probes = [
  "",
  "quy khach",
  "xin chao quy khach than men",
  "[vietcombank] tai khoan cua ban",
  "  [ab] x",
  "[a] x",
  "x [vietcombank] tai khoan",
  "[" + "a".repeat(31) + "] qua dai",
  "vcb: so du tai khoan",
  "a: mot chu",
  "noi dung dai hon ba muoi ky tu khong co dau: x",
  "truoc do\nvcb: so du",
  "ubnd phuong thong bao lich tiem",
  "mot hai ba bon nam thong bao",
  "mot hai ba bon nam sau thong bao",
  "evn tb cat dien",
  "evn tbx cat dien",
  "toi hoi: ubnd phuong thong bao gi",
  "tran trong cam on",
  "kinh gui ong ba",
  "kinh moi ba con",
  "toi muon hoi thu tuc lam can cuoc",
  "phuong co thong bao gi khong",
];

describe("receivedShaped", () => {
  it("answers as the one pattern did, on probes", () => {
    for (const p of probes) expect(receivedShaped(p), JSON.stringify(p)).toBe(original.test(p));
  });

  it("answers as the one pattern did, on the folded scam corpus and its lines", () => {
    const texts = readCorpus(join(import.meta.dirname, "..", "knowledge/scam-corpus")).messages.map((m) => m.text);
    expect(texts.length).toBeGreaterThan(500);
    let seen = 0;
    let shaped = 0;
    for (const text of texts) {
      const folded = foldForScam(text);
      for (const t of [folded, ...folded.split(/[.!?\n]\s*/)]) {
        const want = original.test(t);
        if (receivedShaped(t) !== want) expect(receivedShaped(t), JSON.stringify(t.slice(0, 80))).toBe(want);
        seen++;
        if (want) shaped++;
      }
    }
    // both answers occur often enough for the comparison to mean something
    expect(shaped).toBeGreaterThan(50);
    expect(seen - shaped).toBeGreaterThan(50);
  });
});
