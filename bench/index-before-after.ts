/**
 * The search index of another checkout ("before", e.g. main in a temporary worktree) against this
 * one, alternating in one run (the machine is shared: only ratios measured side by side mean
 * anything): build, stored size and load of the stored index, for the real knowledge base and
 * 2,000 generated entries. Wall and CPU time (process.cpuUsage) per repetition; medians and ratios.
 *
 *   git worktree add --detach /tmp/before main && ln -s "$PWD/node_modules" /tmp/before/node_modules
 *   BEFORE_DIR=/tmp/before npx tsx bench/index-before-after.ts
 *
 * The stored form of each side is its own (serializeIndex/loadStoredIndex of its
 * server/knowledge/stored-index.ts: JSON text before issue 10's BLOB, bytes after).
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { envInt, loadKnowledge, median } from "./ask-latency";
import { generatedKnowledge } from "./generated-knowledge";

type Side = {
  SearchIndex: new (entries: unknown[]) => unknown;
  serializeIndex: (version: string, index: never) => string | Uint8Array;
  loadStoredIndex: (stored: never, version: string, published: never) => unknown;
};

async function side(dir: string): Promise<Side> {
  const index = await import(pathToFileURL(resolve(dir, "server/assistant/search-index.ts")).href);
  const stored = await import(pathToFileURL(resolve(dir, "server/knowledge/stored-index.ts")).href);
  return { SearchIndex: index.SearchIndex, serializeIndex: stored.serializeIndex, loadStoredIndex: stored.loadStoredIndex };
}

function measure<T>(fn: () => T): { value: T; wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, wall, cpu: (c.user + c.system) / 1000 };
}

const beforeDir = process.env.BEFORE_DIR;
if (!beforeDir) {
  console.error("BEFORE_DIR=<a checkout of the code to compare with> npx tsx bench/index-before-after.ts");
  process.exit(2);
}
const before = await side(beforeDir);
const after = await side(resolve(import.meta.dirname, ".."));
const reps = envInt("INDEX_REPS", 3);
const { kb } = await loadKnowledge();
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(" ");
for (const size of [0, 2000]) {
  const base = size ? generatedKnowledge(kb, size) : kb;
  const published = base.entries.filter((e) => e.status === "published");
  const rows: Array<Record<string, number>> = [];
  let sizes = [0, 0];
  for (let rep = 0; rep < reps; rep++) {
    const row: Record<string, number> = {};
    const stored: Array<string | Uint8Array> = [];
    for (const [name, s] of [["before", before], ["after", after]] as const) {
      const built = measure(() => new s.SearchIndex(published));
      row[`${name}BuildWall`] = built.wall;
      row[`${name}BuildCpu`] = built.cpu;
      stored.push(s.serializeIndex(base.version, built.value as never));
    }
    sizes = stored.map((x) => x.length);
    for (const [i, name, s] of [[0, "before", before], [1, "after", after]] as const) {
      const loaded = measure(() => s.loadStoredIndex(stored[i] as never, base.version, published as never));
      if (!loaded.value) throw new Error(`${name}: the stored index did not load`);
      row[`${name}LoadWall`] = loaded.wall;
      row[`${name}LoadCpu`] = loaded.cpu;
    }
    rows.push(row);
    console.log(`  ${published.length} entries, rep ${rep + 1}/${reps}: build ${row.beforeBuildWall!.toFixed(0)} → ${row.afterBuildWall!.toFixed(0)} ms, load ${row.beforeLoadWall!.toFixed(1)} → ${row.afterLoadWall!.toFixed(1)} ms (wall)`);
  }
  const col = (k: string) => rows.map((r) => r[k]!);
  const ratio = (a: string, b: string) => rows.map((r) => r[a]! / r[b]!);
  console.log(
    [
      `${published.length} entries, before (${beforeDir}) → after, medians of ${reps}; ratios before/after per repetition:`,
      `  build wall ${median(col("beforeBuildWall")).toFixed(0)} → ${median(col("afterBuildWall")).toFixed(0)} ms (×${fmt(ratio("beforeBuildWall", "afterBuildWall"))}); cpu ${median(col("beforeBuildCpu")).toFixed(0)} → ${median(col("afterBuildCpu")).toFixed(0)} ms (×${fmt(ratio("beforeBuildCpu", "afterBuildCpu"))})`,
      `  stored ${(sizes[0]! / 1e6).toFixed(2)} → ${(sizes[1]! / 1e6).toFixed(2)} MB`,
      `  load wall ${median(col("beforeLoadWall")).toFixed(1)} → ${median(col("afterLoadWall")).toFixed(1)} ms (×${fmt(ratio("beforeLoadWall", "afterLoadWall"))}); cpu ${median(col("beforeLoadCpu")).toFixed(1)} → ${median(col("afterLoadCpu")).toFixed(1)} ms (×${fmt(ratio("beforeLoadCpu", "afterLoadCpu"))})`,
    ].join("\n"),
  );
}
