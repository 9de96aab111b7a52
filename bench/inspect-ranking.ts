/**
 * Prints, for each question of a JSONL set, the ranking signals the assistant decides on
 * (top score, ratio to the second, content coverage), to calibrate thresholds on data:
 *   npx tsx bench/inspect-ranking.ts QUESTIONS.jsonl
 */
import { readFileSync } from "node:fs";
import { SearchIndex } from "../server/assistant/search-index";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";

const file = process.argv[2];
if (!file) throw new Error("usage: inspect-ranking.ts QUESTIONS.jsonl");
const { kb } = await readKnowledgeDir("knowledge", { strict: true });
const index = new SearchIndex(kb.entries.filter((e) => e.status === "published"));
for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
  const q = JSON.parse(line) as { q: string; expect: string; topic?: string };
  const r = index.search(q.q, { limit: 3 });
  const [a, b] = r.ranked;
  const ratio = a && b ? a.score / b.score : 99;
  const ok = q.expect === "answer" ? (a?.entry.id === q.topic ? "OK " : "BAD") : q.expect.toUpperCase().slice(0, 3);
  console.log(
    [ok, (a?.score ?? 0).toFixed(3), ratio.toFixed(2), (a?.coverage ?? 0).toFixed(2), (a?.pairCoverage ?? 0).toFixed(2), (a?.questionSimilarity ?? 0).toFixed(2), a?.entry.id ?? "-", q.topic ?? "", q.q.slice(0, 60)].join("\t"),
  );
}
