/**
 * Measures the assistant's decisions on labelled question sets for a grid of ranking and
 * threshold parameters, so defaults are chosen from data, not guessed:
 *   npx tsx bench/tune-ranking.ts tests/fixtures/paraphrases.jsonl [more.jsonl]
 * Prints the default's figures and the best settings found (by top-1 accuracy, with confident
 * wrong answers kept at or under 2%).
 */
import { readFileSync } from "node:fs";
import { Assistant, defaultThresholds, type DecisionThresholds } from "../server/assistant/assistant";
import { defaultTuning, type RankingTuning } from "../server/assistant/search-index";
import { readKnowledgeDir, readWardDefinition } from "../server/knowledge/knowledge-files";

type Question = { q: string; expect: string; topic?: string };
const files = process.argv.slice(2);
const questions: Question[] = files.flatMap((f) => readFileSync(f, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Question));
const { kb } = await readKnowledgeDir("knowledge", { strict: true });
const def = readWardDefinition("knowledge/wards/demo.yaml");
const ward = { id: 0, slug: def.slug, name: def.name, oaId: null, appId: null, profile: def.profile };
const now = Date.UTC(2026, 10, 23, 2);

export function evaluate(assistant: Assistant) {
  let answer = 0, top1 = 0, wrong = 0, decided = 0, handoff = 0, handoffOk = 0, scam = 0, scamOk = 0, falseAlarm = 0, clarify = 0;
  const misses: string[] = [];
  for (const q of questions) {
    const r = assistant.ask(q.q, ward, now);
    if (q.expect === "answer") {
      answer++; decided++;
      if (r.kind === "answer" && r.entries[0]?.id === q.topic) top1++;
      else {
        if (r.kind === "answer") wrong++;
        if (r.kind === "clarify") clarify++;
        misses.push(`${q.topic} <- ${r.kind} [${r.entries.map((e) => e.id).join(", ")}] ${q.q}`);
      }
    } else if (q.expect === "handoff") {
      handoff++; decided++;
      if (r.kind === "handoff") handoffOk++;
      else { if (r.kind === "answer") wrong++; misses.push(`handoff <- ${r.kind} [${r.entries.map((e) => e.id).join(", ")}] ${q.q}`); }
    } else if (q.expect === "scam") { scam++; if (r.kind === "scam_warning") scamOk++; else misses.push(`scam <- ${r.kind} ${q.q}`); }
    else if (q.expect === "not_scam") { if (r.kind === "scam_warning") { falseAlarm++; misses.push(`not_scam <- scam ${q.q}`); } }
  }
  return { top1: top1 / answer, wrong: wrong / decided, handoff: handoff ? handoffOk / handoff : 1, clarify: clarify / answer, scam: scam ? scamOk / scam : 1, falseAlarm, misses };
}

const fmt = (r: ReturnType<typeof evaluate>) =>
  `top1=${(100 * r.top1).toFixed(1)}% wrong=${(100 * r.wrong).toFixed(1)}% handoff=${(100 * r.handoff).toFixed(0)}% clarify=${(100 * r.clarify).toFixed(1)}% scam=${(100 * r.scam).toFixed(0)}% falseAlarm=${r.falseAlarm}`;

const base = evaluate(new Assistant(kb));
console.log(`default: ${fmt(base)}`);
if (process.env.SHOW_MISSES) for (const m of base.misses) console.log(`  miss: ${m}`);
if (!process.env.GRID) process.exit(0);

const grid: Array<[Partial<RankingTuning>, Partial<DecisionThresholds>]> = [];
for (const questionSimilarity of [0.4, 0.55, 0.7])
  for (const body of [0.2, 0.5])
    for (const answerRatio of [1.1, 1.2, 1.35])
      for (const answerScore of [0.15, 0.2, 0.25])
        for (const minScore of [0.1, 0.14, 0.18])
          for (const minCoverage of [0.2, 0.35])
            grid.push([{ questionSimilarity, body }, { answerRatio, answerScore, minScore, minCoverage }]);
const results = grid.map(([tuning, thresholds]) => ({ tuning, thresholds, r: evaluate(new Assistant(kb, { tuning, thresholds })) }));
results.sort((a, b) => b.r.top1 + b.r.handoff * 0.2 - b.r.wrong * 3 - (a.r.top1 + a.r.handoff * 0.2 - a.r.wrong * 3));
for (const { tuning, thresholds, r } of results.slice(0, 12)) console.log(`${fmt(r)}  ${JSON.stringify(tuning)} ${JSON.stringify(thresholds)}`);
void defaultTuning;
void defaultThresholds;
