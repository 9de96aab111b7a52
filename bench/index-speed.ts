/**
 * The search index before and after issue 10's speed work, in one run (the machine is shared:
 * ratios measured side by side are the figures to trust), and the stored index's load time:
 *   npx tsx bench/index-speed.ts            (or through `npm run bench`)
 * For the real knowledge base and 2,000 generated entries (bench/generated-knowledge.ts):
 * - build: `new SearchIndex(published)` of bench/baseline/search-index-before.ts (the index as
 *   it was) and of server/assistant/search-index.ts, each side in a fresh child process
 *   (bench/index-build-child.ts: a first build, as at a server's start, then INDEX_CHILD_BUILDS − 1
 *   rebuilds), the two sides' processes alternating (which goes first swaps every repetition),
 *   INDEX_REPS times each. Also, as before, both built in this process one after the other: that
 *   figure carries the other side's garbage and heap growth and the JIT feedback of the code both
 *   share (text-analysis.ts), and read 1.7 s where the same build alone read 0.95 s;
 * - search: every labelled question (at 2,000 entries the first INDEX_QUESTIONS_LARGE of them)
 *   searched by both, after a warm-up round, alternating; mean µs per question;
 * - cold start: the index serialised as stored with a knowledge version (bytes, see
 *   server/knowledge/stored-index.ts), then loaded from those bytes (decoding, the derived
 *   arrays): median ms; the size stored.
 * Medians over the repetitions; per-repetition ratios old/new.
 */
import { execFileSync } from "node:child_process";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { fileURLToPath, pathToFileURL } from "node:url";
import { SearchIndex } from "../server/assistant/search-index";
import { loadStoredIndex, serializeIndex } from "../server/knowledge/stored-index";
import { envInt, loadKnowledge, loadQuestions, median } from "./ask-latency";
import { SearchIndex as SearchIndexBefore } from "./baseline/search-index-before";
import { generatedKnowledge } from "./generated-knowledge";


export type IndexSpeedRow = {
  entries: number;
  questions: number;
  /** medians of the rebuilds (builds after the first) in a process of each side's own */
  buildBeforeMs: number;
  buildMs: number;
  buildRatios: number[];
  /** the same, CPU time (the machine is shared: wall time includes waiting for a core) */
  buildCpuBeforeMs: number;
  buildCpuMs: number;
  buildCpuRatios: number[];
  /** medians of the first build in a fresh process (cold JIT: a server's start) */
  firstBuildBeforeMs: number;
  firstBuildMs: number;
  /** medians of the builds made one after the other in this process (the skewed figure, kept for comparison) */
  sameProcessBeforeMs: number;
  sameProcessMs: number;
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

type ChildBuilds = { entries: number; wallMs: number[]; cpuMs: number[] };

const CHILD = fileURLToPath(new URL("./index-build-child.ts", import.meta.url));

/** One side's builds in a fresh process (the same node and loader flags as this one: tsx). */
function childBuilds(side: "before" | "after", size: number, builds: number): ChildBuilds {
  const out = execFileSync(process.execPath, [...process.execArgv, CHILD, side, String(size), String(builds)], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").at(-1)!) as ChildBuilds;
}

export async function runIndexSpeed(options: { log?: (s: string) => void; reps?: number } = {}): Promise<IndexSpeedRow[]> {
  const log = options.log ?? (() => undefined);
  const reps = options.reps ?? envInt("INDEX_REPS", 3);
  const childBuildCount = Math.max(2, envInt("INDEX_CHILD_BUILDS", 3));
  const { kb } = await loadKnowledge();
  const allQuestions = loadQuestions().map((q) => q.q);
  const rows: IndexSpeedRow[] = [];
  for (const size of [0, 2000]) {
    const base = size ? generatedKnowledge(kb, size) : kb;
    const published = base.entries.filter((e) => e.status === "published");
    const questions = size ? allQuestions.slice(0, envInt("INDEX_QUESTIONS_LARGE", 100)) : allQuestions;
    const builds: Array<[number, number]> = [];
    const alone: Array<{ before: ChildBuilds; after: ChildBuilds }> = [];
    const searches: Array<[number, number]> = [];
    const loads: number[] = [];
    let stored: Uint8Array = new Uint8Array(0);
    for (let rep = 0; rep < reps; rep++) {
      const first = rep % 2 ? "after" : "before";
      const firstBuilds = childBuilds(first, size, childBuildCount);
      const secondBuilds = childBuilds(first === "before" ? "after" : "before", size, childBuildCount);
      alone.push(first === "before" ? { before: firstBuilds, after: secondBuilds } : { before: secondBuilds, after: firstBuilds });
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
      const rebuilds = (c: ChildBuilds) => median(c.wallMs.slice(1)).toFixed(0);
      const cpu = (c: ChildBuilds) => median(c.cpuMs.slice(1)).toFixed(0);
      log(`  index ${published.length} entries, rep ${rep + 1}/${reps}: build alone ${rebuilds(alone.at(-1)!.before)} → ${rebuilds(alone.at(-1)!.after)} ms (CPU ${cpu(alone.at(-1)!.before)} → ${cpu(alone.at(-1)!.after)}; first in its process ${alone.at(-1)!.before.wallMs[0]!.toFixed(0)} → ${alone.at(-1)!.after.wallMs[0]!.toFixed(0)}), in this process ${beforeMs.toFixed(0)} → ${afterMs.toFixed(0)} ms, search ${searches.at(-1)![0].toFixed(0)} → ${searches.at(-1)![1].toFixed(0)} µs, stored index load ${loadMs.toFixed(1)} ms`);
    }
    rows.push({
      entries: published.length,
      questions: questions.length,
      buildBeforeMs: median(alone.flatMap((a) => a.before.wallMs.slice(1))),
      buildMs: median(alone.flatMap((a) => a.after.wallMs.slice(1))),
      buildRatios: alone.map((a) => median(a.before.wallMs.slice(1)) / median(a.after.wallMs.slice(1))),
      buildCpuBeforeMs: median(alone.flatMap((a) => a.before.cpuMs.slice(1))),
      buildCpuMs: median(alone.flatMap((a) => a.after.cpuMs.slice(1))),
      buildCpuRatios: alone.map((a) => median(a.before.cpuMs.slice(1)) / median(a.after.cpuMs.slice(1))),
      firstBuildBeforeMs: median(alone.map((a) => a.before.wallMs[0]!)),
      firstBuildMs: median(alone.map((a) => a.after.wallMs[0]!)),
      sameProcessBeforeMs: median(builds.map((b) => b[0])),
      sameProcessMs: median(builds.map((b) => b[1])),
      searchBeforeUs: median(searches.map((s) => s[0])),
      searchUs: median(searches.map((s) => s[1])),
      searchRatios: searches.map(([b, a]) => b / a),
      storedMb: stored.length / 1e6,
      loadMs: median(loads),
      loadRatios: loads.map((l, i) => median(alone[i]!.after.wallMs.slice(1)) / l),
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
        `  build, each side in a process of its own: ${r.buildBeforeMs.toFixed(0)} → ${r.buildMs.toFixed(0)} ms (×${ratios(r.buildRatios)} faster; CPU ${r.buildCpuBeforeMs.toFixed(0)} → ${r.buildCpuMs.toFixed(0)} ms, ×${ratios(r.buildCpuRatios)}); first build in the process ${r.firstBuildBeforeMs.toFixed(0)} → ${r.firstBuildMs.toFixed(0)} ms`,
        `  (both built in one process, one after the other: ${r.sameProcessBeforeMs.toFixed(0)} → ${r.sameProcessMs.toFixed(0)} ms; skewed by the other side's heap and JIT feedback)`,
        `  search ${r.searchBeforeUs.toFixed(0)} → ${r.searchUs.toFixed(0)} µs per question (×${ratios(r.searchRatios)} faster)`,
        `  stored index: ${r.storedMb.toFixed(2)} MB, loads in ${r.loadMs.toFixed(1)} ms (${ratios(r.loadRatios)} times faster than building)`,
      ].join("\n"),
    )
    .join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(formatIndexSpeed(await runIndexSpeed({ log: (s) => console.log(s) })));
}
