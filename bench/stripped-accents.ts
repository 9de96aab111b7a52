/**
 * Robustness probe for messages typed without diacritics, on TUNING question sets only (never eval/holdout):
 * every accented line expecting an answer that is answered right as written is asked again with its accents
 * removed (đ → d); the lines that then go wrong are the diacritic-less readings to study.
 *   npx tsx bench/stripped-accents.ts [OUT.jsonl]      prints rate and the misses ("SHOW=0" for the rate only)
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Assistant } from "../server/assistant/assistant";
import { emptyMemory } from "../server/assistant/ask-result";
import { loadKnowledge, NOW, ROOT } from "./ask-latency";
import { readLines } from "./answers-eval";

const names = ["tuning", ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((n) => `tuning${n}`), ...[12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24].map((n) => `tuning-s${n}`)];
const strip = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");

const { kb, ward } = await loadKnowledge();
const assistant = new Assistant(kb, { learned: process.env.LEARNED !== "0" });
let n = 0, okAcc = 0, okPlain = 0;
const rows: string[] = [];
for (const name of names) {
  const path = join(ROOT, `tests/fixtures/blind/${name}-questions.jsonl`);
  if (!existsSync(path)) continue;
  readLines(path).forEach((line, i) => {
    if (line.expect !== "answer" || line.conversation !== undefined || !/[^\x00-\x7f]/.test(line.q)) return;
    const right = (q: string) => { const r = assistant.ask(q, ward, NOW, emptyMemory()); return { ok: (r.kind === "answer" || r.kind === "scam_warning") && r.entries[0]?.id === line.topic, r }; };
    const a = right(line.q);
    n++;
    if (!a.ok) return;
    okAcc++;
    const p = right(strip(line.q));
    if (p.ok) { okPlain++; return; }
    rows.push(JSON.stringify({ set: name, i, topic: line.topic, kind: p.r.kind, ids: p.r.entries.map((e) => e.id).slice(0, 3), q: strip(line.q), orig: line.q }));
  });
}
console.log(`accented lines ${n}, right as written ${okAcc}, still right without accents ${okPlain} (${((100 * okPlain) / okAcc).toFixed(2)}%)`);
if (process.env.SHOW !== "0") for (const r of rows) { const o = JSON.parse(r); console.log(`${o.set}#${o.i} ${o.topic} -> ${o.kind}[${o.ids.join(",")}] | ${o.q}`); }
if (process.argv[2]) writeFileSync(process.argv[2], rows.join("\n") + "\n");
