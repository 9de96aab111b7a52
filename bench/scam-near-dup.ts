/**
 * `npx tsx bench/scam-near-dup.ts FILE.yaml`: for each message of a candidate corpus file (same format as
 * knowledge/scam-corpus/*.yaml), the best word 1-2-gram Jaccard against every corpus row. A training
 * match is shown with its text; a validation match only as its score (validation rows are never printed),
 * so candidates that are near-duplicates (>= 0.5) of either split can be left out without reading validation.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { readCorpus } from "../server/assistant/scam/corpus-files";

function grams(text: string): Set<string> {
  const words = text.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(/\s+/).filter(Boolean);
  const out = new Set<string>(words);
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}
function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const g of a) if (b.has(g)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

const file = process.argv[2];
if (!file) throw new Error("usage: bench/scam-near-dup.ts FILE.yaml");
const corpus = readCorpus(join(process.cwd(), "knowledge", "scam-corpus"));
const own = new Set(corpus.messages.filter((m) => m.id.startsWith(file.replace(/^.*\//, "").replace(/\.yaml$/, "") + "#")).map((m) => m.id));
const rows = corpus.messages.filter((m) => !own.has(m.id)).map((m) => ({ m, g: grams(m.text) }));
const groups = (parse(readFileSync(file, "utf8")) as { groups: { source: string; messages: (string | { text: string })[] }[] }).groups;
for (const g of groups) {
  for (const item of g.messages) {
    const text = typeof item === "string" ? item : item.text;
    const cg = grams(text);
    let bestT = { s: 0, text: "" };
    let bestV = 0;
    for (const r of rows) {
      const s = jaccard(cg, r.g);
      if (r.m.split === "validation") bestV = Math.max(bestV, s);
      else if (s > bestT.s) bestT = { s, text: r.m.text };
    }
    const flag = bestT.s >= 0.5 || bestV >= 0.5 ? "DUP " : "    ";
    console.log(`${flag}[${g.source}] val ${bestV.toFixed(2)} train ${bestT.s.toFixed(2)} :: ${text.slice(0, 90)}`);
    if (bestT.s >= 0.3) console.log(`        train best: ${bestT.text.slice(0, 120)}`);
  }
}
