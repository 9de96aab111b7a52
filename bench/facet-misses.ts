/**
 * Facet-first and yes/no-first misses on the TUNING sets with facet labels (tuning, tuning2,
 * tuning3: questions and conversations). Never point it at eval-/holdout files (blind README).
 *
 *   npx tsx bench/facet-misses.ts            misses, one a line: label, what was shown, the reply's start
 *   npx tsx bench/facet-misses.ts --yesno    yes/no misses only
 *   FACET_SETS=tuning-s13,tuning10 npx tsx bench/facet-misses.ts   other tuning sets
 *   FACET_SETS=all …                          every tuning set (the files named tuning*-questions.jsonl)
 * The last line pools the lines answered right: facet first and yes/no first, hits of all.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Assistant } from "../server/assistant/assistant";
import { emptyMemory } from "../server/assistant/ask-result";
import type { ConversationMemory } from "../server/assistant/assistant";
import { readFacet } from "../server/assistant/facet-cues";
import { foldedText } from "../server/assistant/text-analysis";
import { loadKnowledge, NOW, ROOT } from "./ask-latency";
import { readLines } from "./answers-eval";

const allTuning = () => readdirSync(join(ROOT, "tests/fixtures/blind")).filter((f) => /^tuning[\w-]*-questions\.jsonl$/.test(f)).map((f) => f.replace(/-questions\.jsonl$/, ""));
const sets = process.env.FACET_SETS === "all" ? allTuning() : (process.env.FACET_SETS?.split(",") ?? ["tuning", "tuning2", "tuning3"]);
const files = sets.flatMap((t) => [`${t}-questions`, `${t}-conversations`]);
const pooled = { facet: 0, facetHit: 0, yesno: 0, yesnoHit: 0 };
const byFacet = new Map<string, { n: number; hit: number }>();
const { kb, ward } = await loadKnowledge();
const assistant = new Assistant(kb);
const onlyYesNo = process.argv.includes("--yesno");
const onlyFacet = process.argv.includes("--facet");
for (const name of files) {
  const memories = new Map<string, { memory: ConversationMemory; turns: number }>();
  for (const line of readLines(join(ROOT, "tests/fixtures/blind", `${name}.jsonl`))) {
    const id = line.conversation;
    const state = id === undefined ? undefined : memories.get(id);
    const turns = state?.turns ?? 0;
    const r = assistant.ask(line.q, ward, NOW + turns * 60_000, state?.memory ?? emptyMemory());
    if (id !== undefined) memories.set(id, { memory: r.memory, turns: turns + 1 });
    if (line.expect !== "answer" || r.kind !== "answer" || r.entries[0]?.id !== line.topic || !line.facet) continue;
    const reading = readFacet(foldedText(line.q));
    const head = r.reply.slice(0, 90).replace(/\n/g, " | ");
    const yesNoFirst = /^Dạ (có|không)(?!\p{L})/u.test(r.reply) || /^Yes|^No\b/.test(r.reply);
    const facetHit = r.shown === line.facet || r.also.some((a) => a.shown === line.facet);
    if (line.facet === "yesno") [pooled.yesno, pooled.yesnoHit] = [pooled.yesno + 1, pooled.yesnoHit + Number(yesNoFirst)];
    else if (line.facet !== "summary") {
      [pooled.facet, pooled.facetHit] = [pooled.facet + 1, pooled.facetHit + Number(facetHit)];
      const f = byFacet.get(line.facet) ?? { n: 0, hit: 0 };
      byFacet.set(line.facet, { n: f.n + 1, hit: f.hit + Number(facetHit) });
    }
    if (line.facet === "yesno" && !onlyFacet) {
      if (process.argv.includes("--answered") === /^Dạ (có|không)(?!\p{L})/u.test(r.reply)) console.log(`YESNO ${name} ${line.topic} read=${reading.facet ?? "-"}/${reading.strength}${reading.yesno ? "?" : ""} shown=${r.shown}: ${line.q}\n      ${head}`);
    } else if (line.facet !== "summary" && line.facet !== "yesno" && !onlyYesNo) {
      if (r.shown !== line.facet && !r.also.some((a) => a.shown === line.facet)) console.log(`FACET ${name} ${line.topic} want=${line.facet} read=${reading.facet ?? "-"}/${reading.strength} shown=${r.shown}: ${line.q}`);
    }
  }
}
const pct = (a: number, n: number) => `${a}/${n} (${((100 * a) / n).toFixed(1)}%)`;
console.log(`POOLED by part: ${[...byFacet].map(([k, f]) => `${k} ${pct(f.hit, f.n)}`).join(", ")}`);
console.log(`POOLED facet first ${pct(pooled.facetHit, pooled.facet)}, yes/no first ${pct(pooled.yesnoHit, pooled.yesno)}`);
