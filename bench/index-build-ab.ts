/**
 * Index build of another checkout ("base", BEFORE_DIR) against this one, in one process: the data
 * compared with isDeepStrictEqual (real knowledge base and 2,000 generated entries), then builds
 * alternated in both orientations (base→branch, branch→base), so a loaded machine's drift falls on
 * both sides alike; CPU time (process.cpuUsage) and wall per build, ratios base/branch per pair.
 * Also the load-independent counts of the branch's build (syllables looked up by string / by spelling id).
 *
 *   git archive HEAD | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   BEFORE_DIR=/tmp/base INDEX_PAIRS=8 npx tsx bench/index-build-ab.ts
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { envInt, loadKnowledge, median } from "./ask-latency";
import { generatedKnowledge } from "./generated-knowledge";
import * as branch from "../server/assistant/index-build";
import { defaultTuning } from "../server/assistant/search-index";
import { SpellingSyllables } from "../server/assistant/spelling-syllables";
import { analysisPassReach } from "../server/assistant/text-analysis";

const beforeDir = process.env.BEFORE_DIR;
if (!beforeDir) {
  console.error("BEFORE_DIR=<a checkout to compare with> npx tsx bench/index-build-ab.ts");
  process.exit(2);
}
type Build = typeof branch.buildIndexData;
const base: { buildIndexData: Build } = await import(pathToFileURL(resolve(beforeDir, "server/assistant/index-build.ts")).href);
const pairs = envInt("INDEX_PAIRS", 8);

function measure(build: Build, entries: Parameters<Build>[0]): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  build(entries, defaultTuning);
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

// counts: SpellingSyllables.fill is wrapped to sum its counters over one build
let hashed = 0;
let bySpelling = 0;
const fill = SpellingSyllables.prototype.fill;
function counting(this: SpellingSyllables, ...args: Parameters<typeof fill>): void {
  const h = this.hashed;
  const s = this.bySpelling;
  fill.apply(this, args);
  hashed += this.hashed - h;
  bySpelling += this.bySpelling - s;
}

const { kb } = await loadKnowledge();
for (const size of [0, 2000]) {
  const entries = (size ? generatedKnowledge(kb, size) : kb).entries.filter((e) => e.status === "published");
  for (let rep = 0; rep < 2; rep++) {
    const a = base.buildIndexData(entries, defaultTuning);
    const b = branch.buildIndexData(entries, defaultTuning);
    const same = isDeepStrictEqual(a.data, b.data) && isDeepStrictEqual(a.syllables, b.syllables) && isDeepStrictEqual(a.forms, b.forms);
    console.log(`${entries.length} entries, build ${rep + 1}: index data ${same ? "identical" : "DIFFERENT"}`);
    if (!same) process.exitCode = 1;
  }
  SpellingSyllables.prototype.fill = counting;
  hashed = bySpelling = 0;
  const texts0 = analysisPassReach.texts;
  const out0 = [...analysisPassReach.tokensOutOfReach];
  branch.buildIndexData(entries, defaultTuning);
  SpellingSyllables.prototype.fill = fill;
  const out = (bit: number) => analysisPassReach.tokensOutOfReach[bit]! - out0[bit]!;
  console.log(`  branch build: ${bySpelling} syllables by spelling id, ${hashed} by string (SyllableTable hash + probe)`);
  console.log(`  branch build: ${analysisPassReach.texts - texts0} texts; tokens in texts no syllable of which starts the pass (its Map lookups not made): regional words ${out(1)}, compound accents ${out(2)}, synonyms ${out(4)}, teen-code ${out(8)}, word senses ${out(16)} of ${bySpelling + hashed} tokens analysed`);
  const ratios: Record<string, number[]> = { cpuAB: [], cpuBA: [], wallAB: [], wallBA: [] };
  for (let p = 0; p < pairs; p++) {
    // base then branch, then branch then base
    const b1 = measure(base.buildIndexData, entries);
    const a1 = measure(branch.buildIndexData, entries);
    const a2 = measure(branch.buildIndexData, entries);
    const b2 = measure(base.buildIndexData, entries);
    ratios.cpuAB!.push(b1.cpu / a1.cpu);
    ratios.wallAB!.push(b1.wall / a1.wall);
    ratios.cpuBA!.push(b2.cpu / a2.cpu);
    ratios.wallBA!.push(b2.wall / a2.wall);
    console.log(`  pair ${p + 1}: base→branch cpu ${b1.cpu.toFixed(0)} → ${a1.cpu.toFixed(0)} ms; branch→base cpu ${a2.cpu.toFixed(0)} → ${b2.cpu.toFixed(0)} ms`);
  }
  const f = (xs: number[]) => `median ×${median(xs).toFixed(3)} [${xs.map((x) => x.toFixed(2)).join(" ")}]`;
  console.log(`${entries.length} entries, base/branch build time (>1: branch faster):`);
  console.log(`  cpu  base→branch ${f(ratios.cpuAB!)}; branch→base ${f(ratios.cpuBA!)}`);
  console.log(`  wall base→branch ${f(ratios.wallAB!)}; branch→base ${f(ratios.wallBA!)}`);
}
