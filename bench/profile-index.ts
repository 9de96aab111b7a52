/**
 * Where the search index spends its time, 2,000 generated entries: build, then every labelled
 * question searched (the spelling-correction cache cleared each round, as on a cold isolate).
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-index.ts
 */
import { SearchIndex } from "../server/assistant/search-index";
import { loadKnowledge, loadQuestions } from "./ask-latency";
import { generatedKnowledge } from "./generated-knowledge";

const n = Number(process.env.PROFILE_ENTRIES ?? 2000);
const { kb } = await loadKnowledge();
const big = generatedKnowledge(kb, n).entries.filter((e) => e.status === "published");
const questions = loadQuestions().map((q) => q.q);
let t0 = performance.now();
let index = new SearchIndex(big);
console.log(`build ${n}: ${(performance.now() - t0).toFixed(0)} ms`);
t0 = performance.now();
for (let r = 0; r < 3; r++) {
  index = r ? index : index;
  for (const q of questions) index.search(q, { limit: 20 });
}
console.log(`search: ${((performance.now() - t0) / (3 * questions.length)).toFixed(3)} ms per question`);
