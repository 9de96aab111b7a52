/**
 * One side of bench/index-speed.ts's build measurement, in a process of its own:
 *   npx tsx bench/index-build-child.ts <before|after> <entries (0: the real knowledge base)> <builds>
 * Prints one JSON line: the wall and CPU ms of each build (the first is what a server pays at
 * start, with a cold JIT; the later ones what a rebuild on a knowledge change pays). A fresh
 * process per side keeps the other side's garbage, heap growth and JIT feedback (both share
 * text-analysis.ts) out of the figure; see bench/README.md "Search index, second wave".
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { SearchIndex } from "../server/assistant/search-index";
import { loadKnowledge } from "./ask-latency";
import { SearchIndex as SearchIndexBefore } from "./baseline/search-index-before";
import { generatedKnowledge } from "./generated-knowledge";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const [side, sizeArg, buildsArg] = process.argv.slice(2);
if (side !== "before" && side !== "after") throw new Error("usage: index-build-child.ts <before|after> <entries> <builds>");
const size = Number(sizeArg ?? 0);
const builds = Math.max(1, Number(buildsArg ?? 2));
const Index = side === "before" ? SearchIndexBefore : SearchIndex;
const { kb } = await loadKnowledge();
const published = (size ? generatedKnowledge(kb, size) : kb).entries.filter((e) => e.status === "published");
const wallMs: number[] = [];
const cpuMs: number[] = [];
for (let b = 0; b < builds; b++) {
  collectGarbage();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  new Index(published);
  wallMs.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpuMs.push((c.user + c.system) / 1000);
}
process.stdout.write(`${JSON.stringify({ entries: published.length, wallMs, cpuMs })}\n`);
