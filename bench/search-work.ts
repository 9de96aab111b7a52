/**
 * The work one search does, counted (not timed): the figures a change to retrieval can be judged
 * by on a loaded machine, where timings of identical code vary by ±15 % (session 17: load average
 * 9–29 on 2 cores). Per labelled question, over the real knowledge base or `n` generated entries:
 * the query's features (known to the index), the postings and sample-question postings walked,
 * the sample questions touched (each costs a square root and a division), the entries marked for
 * an accent mismatch. Means per search.
 *   npx tsx bench/search-work.ts [entries, 0: the real knowledge base; default 2000]
 */
import type { IndexData } from "../server/assistant/index-build";
import { SearchIndex } from "../server/assistant/search-index";
import type { Token } from "../server/assistant/text-analysis";
import { loadKnowledge, loadQuestions } from "./ask-latency";
import { generatedKnowledge } from "./generated-knowledge";

/** the parts of SearchIndex read here (private there: this bench only counts, it changes nothing) */
type Inside = {
  data: IndexData;
  analyzeQuery(query: string): Token[];
  prepareQuery(tokens: Token[], long: boolean): { count: number; id: Int32Array; firstAccent: Int32Array; accentNext: Int32Array; accentText: string[] };
  mismatchesOf(accented: string): Int32Array;
};

const size = Number(process.argv[2] ?? 2000);
const { kb } = await loadKnowledge();
const entries = (size ? generatedKnowledge(kb, size) : kb).entries.filter((e) => e.status === "published");
const index = new SearchIndex(entries) as unknown as Inside;
const d = index.data;
const questions = loadQuestions().map((q) => q.q);
const sum = { features: 0, known: 0, postings: 0, questionPostings: 0, questionsTouched: 0, accentMarks: 0 };
const touched = new Set<number>();
for (const question of questions) {
  const tokens = index.analyzeQuery(question);
  // as search(): long messages keep their informative features only (LONG_QUERY_TOKENS)
  const q = index.prepareQuery(tokens, tokens.length > 24);
  touched.clear();
  for (let j = 0; j < q.count; j++) {
    sum.features++;
    const id = q.id[j]!;
    if (id < 0) continue;
    sum.known++;
    sum.postings += d.postOff[id + 1]! - d.postOff[id]!;
    sum.questionPostings += d.qOff[id + 1]! - d.qOff[id]!;
    for (let i = d.qOff[id]!; i < d.qOff[id + 1]!; i++) touched.add(d.qId[i]!);
    for (let a = q.firstAccent[j]!; a !== -1; a = q.accentNext[a]!) sum.accentMarks += index.mismatchesOf(q.accentText[a]!).length;
  }
  sum.questionsTouched += touched.size;
}
console.log(`${entries.length} entries, ${d.questionDoc.length} sample questions, ${d.postDoc.length} postings, ${d.qId.length} question postings; ${questions.length} searches, means per search:`);
for (const [name, value] of Object.entries(sum)) console.log(`  ${name}: ${(value / questions.length).toFixed(1)}`);
