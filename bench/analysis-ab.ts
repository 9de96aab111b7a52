/**
 * analyze() of another checkout ("base", BEFORE_DIR) against this one, over every text an index
 * build analyses (the fields of 2,000 generated entries, as index-build.ts reads them): the tokens
 * compared first (folded and accented forms, text by text), then whole passes over the texts
 * alternating base/branch (which side goes first swaps every rep), CPU time per pass, ratio per rep.
 * Text analysis is about half an index build: a change to it shows here with less noise than in a
 * whole build on a loaded machine (bench/index-build-ab.ts for that).
 *
 *   git archive HEAD | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   BEFORE_DIR=/tmp/base ANALYSIS_REPS=12 npx tsx bench/analysis-ab.ts
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { envInt, loadKnowledge, median } from "./ask-latency";
import { generatedKnowledge } from "./generated-knowledge";
import * as branch from "../server/assistant/text-analysis";

const beforeDir = process.env.BEFORE_DIR;
if (!beforeDir) {
  console.error("BEFORE_DIR=<a checkout to compare with> npx tsx bench/analysis-ab.ts");
  process.exit(2);
}
const base: { analyze: typeof branch.analyze } = await import(pathToFileURL(resolve(beforeDir, "server/assistant/text-analysis.ts")).href);
const { kb } = await loadKnowledge();
const entries = generatedKnowledge(kb, envInt("ANALYSIS_ENTRIES", 2000)).entries.filter((e) => e.status === "published");
// index-build.ts's stripPlaceholders, as it is applied there
const strip = (text: string) => text.replace(/\{\{[^}]*\}\}/g, " ").replace(/^## .*$/gm, " ");
const texts: string[] = [];
for (const e of entries) {
  texts.push(e.title, ...e.questions);
  if (e.keywords.length) texts.push(e.keywords.join(" . "));
  if (e.summary) texts.push(strip(e.summary));
  texts.push(strip(e.body));
}
let differ = 0;
for (const text of texts) {
  const a = base.analyze(text);
  const b = branch.analyze(text);
  if (a.length !== b.length || a.some((t, i) => t.folded !== b[i]!.folded || t.accented !== b[i]!.accented)) differ++;
}
console.log(`${entries.length} entries, ${texts.length} texts: analysis ${differ ? `DIFFERENT for ${differ} texts` : "identical"}`);
if (differ) process.exitCode = 1;
const pass = (analyze: typeof branch.analyze) => {
  const c0 = process.cpuUsage();
  for (const text of texts) analyze(text);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const cpu = { base: [] as number[], branch: [] as number[] };
const ratios: number[] = [];
for (let rep = 0; rep < envInt("ANALYSIS_REPS", 12); rep++) {
  let a: number;
  let b: number;
  if (rep % 2) {
    b = pass(branch.analyze);
    a = pass(base.analyze);
  } else {
    a = pass(base.analyze);
    b = pass(branch.analyze);
  }
  cpu.base.push(a);
  cpu.branch.push(b);
  ratios.push(a / b);
}
console.log(`CPU per pass: base ${median(cpu.base).toFixed(0)} ms, branch ${median(cpu.branch).toFixed(0)} ms; base/branch per rep median ×${median(ratios).toFixed(3)} [${ratios.map((x) => x.toFixed(2)).join(" ")}] (>1: branch faster)`);
