/**
 * The search index before and after issue 10's speed work, in one run (the machine is shared:
 * ratios measured side by side are the figures to trust), and the stored index's load time:
 *   npx tsx bench/index-speed.ts            (or through `npm run bench`)
 * For the real knowledge base and 2,000 generated entries (bench/generated-knowledge.ts):
 * - build: `new SearchIndex(published)` of bench/baseline/search-index-before.ts (the index as
 *   it was) and of server/assistant/search-index.ts, alternating, INDEX_REPS times each;
 * - search: every labelled question (at 2,000 entries the first INDEX_QUESTIONS_LARGE of them)
 *   searched by both, after a warm-up round, alternating; mean µs per question;
 * - cold start: the index serialised as stored with a knowledge version (bytes, see
 *   server/knowledge/stored-index.ts), then loaded from those bytes (decoding, the derived
 *   arrays): median ms; the size stored.
 * Medians over the repetitions; per-repetition ratios old/new.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { pathToFileURL } from "node:url";
import { SearchIndex } from "../server/assistant/search-index";
import { loadStoredIndex, serializeIndex } from "../server/knowledge/stored-index";
import { envInt, loadKnowledge, loadQuestions, median } from "./ask-latency";
import { SearchIndex as SearchIndexBefore } from "./baseline/search-index-before";
import { generatedKnowledge } from "./generated-knowledge";


export type IndexSpeedRow = {
  entries: number;
  questions: number;
  buildBeforeMs: number;
  buildMs: number;
  buildRatios: number[];
  searchBeforeUs: number;
  searchUs: number;
  searchRatios: number[];
  storedMb: number;
  loadMs: number;
  /** build time / load time of the stored index, per repetition */
  loadRatios: number[];
};

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

// A fresh isolate loads its index with an empty heap; here the builds just before leave hundreds of
// MB of garbage, and a major collection landing inside the timed load made it read 73–1,910 ms in
// one run. Collect before each timed phase (expose-gc switched on at run time, no node flags needed).
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

export async function runIndexSpeed(options: { log?: (s: string) => void; reps?: number } = {}): Promise<IndexSpeedRow[]> {
  const log = options.log ?? (() => undefined);
  const reps = options.reps ?? envInt("INDEX_REPS", 3);
  const { kb } = await loadKnowledge();
  const allQuestions = loadQuestions().map((q) => q.q);
  const rows: IndexSpeedRow[] = [];
  for (const size of [0, 2000]) {
    const base = size ? generatedKnowledge(kb, size) : kb;
    const published = base.entries.filter((e) => e.status === "published");
    const questions = size ? allQuestions.slice(0, envInt("INDEX_QUESTIONS_LARGE", 100)) : allQuestions;
    const builds: Array<[number, number]> = [];
    const searches: Array<[number, number]> = [];
    const loads: number[] = [];
    let stored: Uint8Array = new Uint8Array(0);
    for (let rep = 0; rep < reps; rep++) {
      collectGarbage();
      const [before, beforeMs] = timed(() => new SearchIndexBefore(published));
      collectGarbage();
      const [after, afterMs] = timed(() => new SearchIndex(published));
      builds.push([beforeMs, afterMs]);
      const round = (index: { search: SearchIndex["search"] }) => timed(() => questions.forEach((q) => index.search(q, { limit: 20 })))[1];
      round(before);
      round(after); // warm-up: JIT and the spelling caches, as a running server has them
      searches.push([(round(before) * 1000) / questions.length, (round(after) * 1000) / questions.length]);
      stored = serializeIndex(base.version, after);
      collectGarbage();
      const [loaded, loadMs] = timed(() => loadStoredIndex(stored, base.version, published));
      if (!loaded) throw new Error("stored index did not load");
      loads.push(loadMs);
      log(`  index ${published.length} entries, rep ${rep + 1}/${reps}: build ${beforeMs.toFixed(0)} → ${afterMs.toFixed(0)} ms, search ${searches.at(-1)![0].toFixed(0)} → ${searches.at(-1)![1].toFixed(0)} µs, stored index load ${loadMs.toFixed(1)} ms`);
    }
    rows.push({
      entries: published.length,
      questions: questions.length,
      buildBeforeMs: median(builds.map((b) => b[0])),
      buildMs: median(builds.map((b) => b[1])),
      buildRatios: builds.map(([b, a]) => b / a),
      searchBeforeUs: median(searches.map((s) => s[0])),
      searchUs: median(searches.map((s) => s[1])),
      searchRatios: searches.map(([b, a]) => b / a),
      storedMb: stored.length / 1e6,
      loadMs: median(loads),
      loadRatios: loads.map((l, i) => builds[i]![1] / l),
    });
  }
  return rows;
}

export function formatIndexSpeed(rows: IndexSpeedRow[]): string {
  const ratios = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(" ");
  return rows
    .map((r) =>
      [
        `search index, ${r.entries} entries (${r.questions} questions), before → after in one run (medians; ratios per repetition):`,
        `  build ${r.buildBeforeMs.toFixed(0)} → ${r.buildMs.toFixed(0)} ms (×${ratios(r.buildRatios)} faster)`,
        `  search ${r.searchBeforeUs.toFixed(0)} → ${r.searchUs.toFixed(0)} µs per question (×${ratios(r.searchRatios)} faster)`,
        `  stored index: ${r.storedMb.toFixed(2)} MB, loads in ${r.loadMs.toFixed(1)} ms (${ratios(r.loadRatios)} times faster than building)`,
      ].join("\n"),
    )
    .join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(formatIndexSpeed(await runIndexSpeed({ log: (s) => console.log(s) })));
}
