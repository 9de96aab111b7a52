/**
 * Words residents use that the index does not connect to the entry they meant: over the missed
 * "answer" lines of a calibration-lines output (tuning sets only: bench/calibration-lines.ts), the
 * message's content syllables and adjacent pairs, read as the engine reads them (analyzeQuery:
 * folding, synonyms, teen-code, spelling help), that no entry has ("unknown") or that the expected
 * entry does not have ("absent"), counted across lines and sets:
 *   npx tsx bench/vocabulary-gaps.ts CAL.jsonl [--kinds handoff,clarify] [--min-sets 2] [--pairs]
 * A word missing for one line is that line's; a word missing across sets and writers is vocabulary.
 */
import { readFileSync } from "node:fs";
import { SearchIndex } from "../server/assistant/search-index";
import { isFunctionToken } from "../server/assistant/function-word-accents";
import { loadKnowledge } from "./ask-latency";

type Row = { set: string; i: number; q: string; expect: string; topic?: string; kind: string; ids: string[]; ok: boolean; cw: boolean };

const file = process.argv[2];
if (!file) throw new Error("usage: vocabulary-gaps.ts CAL.jsonl [--kinds handoff,clarify,answer] [--min-sets 2] [--pairs]");
const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const kinds = new Set((arg("--kinds") ?? "handoff,clarify").split(","));
const minSets = Number(arg("--min-sets") ?? 2);
const withPairs = process.argv.includes("--pairs");

const { kb } = await loadKnowledge();
const published = kb.entries.filter((e) => e.status === "published");
const index = new SearchIndex(published);
const rows = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Row);

/** a writer: sets of one session share a writer; questions and conversations of a set count once */
const setOf = (name: string) => name.replace(/-(questions|conversations)$/, "");

type Gap = { lines: number; sets: Set<string>; topics: Map<string, number>; unknown: boolean; examples: string[] };
const gaps = new Map<string, Gap>();
let missed = 0;
/** the missed "answer" lines of the chosen kinds whose meant entry is published */
const missedRows = rows.filter((r) => r.expect === "answer" && !r.ok && !!r.topic && kinds.has(r.kind) && published.some((e) => e.id === r.topic));
/** a message's content syllables (and adjacent pairs with --pairs) as the engine reads them, numbers left out */
function lineKeys(q: string): Set<string> {
  const content = index.analyzeQuery(q).map((t) => (isFunctionToken(t) ? undefined : t.folded));
  const keys = new Set<string>();
  content.forEach((w, k) => {
    if (w === undefined || /^\d+$/.test(w)) return;
    keys.add(w);
    const next = content[k + 1];
    if (withPairs && next !== undefined && !/^\d+$/.test(next)) keys.add(`${w}_${next}`);
  });
  return keys;
}

for (const r of missedRows) {
  const topic = r.topic!;
  missed++;
  for (const key of lineKeys(r.q)) {
    // a pair counts only when both its words are known to the entry alone: the pair is what is missing
    if (key.includes("_") && key.split("_").some((w) => index.termCoverage(topic, [w]) === 0)) continue;
    if (index.termCoverage(topic, [key]) > 0) continue;
    const unknown = published.every((e) => index.termCoverage(e.id, [key]) === 0);
    const g: Gap = gaps.get(key) ?? { lines: 0, sets: new Set(), topics: new Map(), unknown, examples: [] };
    g.lines++;
    g.sets.add(setOf(r.set));
    g.topics.set(topic, (g.topics.get(topic) ?? 0) + 1);
    if (g.examples.length < 4) g.examples.push(`${r.set}#${r.i} ${r.kind}: ${r.q}`);
    gaps.set(key, g);
  }
}

console.log(`${missed} missed answer lines (${[...kinds].join(", ")}); words absent from the expected entry, in ≥ ${minSets} sets`);
if (process.argv.includes("--by-topic")) {
  // a word and the entry it should reach: vocabulary for that entry when several sets miss it so
  const byTopic = new Map<string, { sets: Set<string>; lines: number; unknown: boolean }>();
  for (const r of missedRows) {
    for (const key of lineKeys(r.q)) {
      if (index.termCoverage(r.topic!, [key]) > 0) continue;
      const k = `${key} -> ${r.topic}`;
      const g = byTopic.get(k) ?? { sets: new Set<string>(), lines: 0, unknown: published.every((e) => index.termCoverage(e.id, [key]) === 0) };
      g.sets.add(setOf(r.set));
      g.lines++;
      byTopic.set(k, g);
    }
  }
  for (const [k, g] of [...byTopic].filter(([, g]) => g.sets.size >= minSets).sort((a, b) => b[1].sets.size - a[1].sets.size || b[1].lines - a[1].lines))
    console.log(`${k.padEnd(50)} ${g.unknown ? "UNKNOWN" : "absent "} sets ${g.sets.size} lines ${g.lines}`);
  process.exit(0);
}
const listed = [...gaps].filter(([, g]) => g.sets.size >= minSets).sort((a, b) => b[1].sets.size - a[1].sets.size || b[1].lines - a[1].lines);
for (const [key, g] of listed) {
  const topics = [...g.topics].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t}×${n}`).join(" ");
  console.log(`${key.padEnd(22)} ${g.unknown ? "UNKNOWN" : "absent "} sets ${String(g.sets.size).padStart(2)} lines ${String(g.lines).padStart(3)}  ${topics}`);
  if (process.argv.includes("-v")) for (const e of g.examples) console.log(`      ${e}`);
}
