/**
 * A fresh engine's cold start in another checkout ("before") against this one, in fresh processes alternating in one
 * run (the machine is shared: only figures measured side by side compare):
 *   git archive <commit> | tar -x -C /tmp/before && ln -s "$PWD/node_modules" /tmp/before/node_modules
 *   BEFORE_DIR=/tmp/before npx tsx bench/first-ask-ab.ts      (AB_REPS, default 6; AB_SIZES, default "0,2000")
 * For the real knowledge base (0) and generated entries, each side stores the index in its own format (its
 * serializeIndex, in a child process of its own), then each repetition runs each side's bench/first-ask-child.ts
 * once (stored mode), the order swapping every repetition. CPU ms medians and per process, with the load average.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { envInt, loadKnowledge, median } from "./ask-latency";
import { generatedKnowledge } from "./generated-knowledge";

type Sample = Record<string, number>;
const HERE = resolve(fileURLToPath(new URL("..", import.meta.url)));
const KEYS = ["indexMs", "constructMs", "firstAskMs", "secondAskMs", "totalMs"];

/** in a child: `prep <checkout> <dir>` stores dir/kb.json's published entries' index with that checkout's code as dir/index.bin */
async function prep(checkout: string, dir: string): Promise<void> {
  const { readFileSync } = await import("node:fs");
  const { SearchIndex } = await import(pathToFileURL(join(checkout, "server/assistant/search-index.ts")).href);
  const { serializeIndex } = await import(pathToFileURL(join(checkout, "server/knowledge/stored-index.ts")).href);
  const raw = JSON.parse(readFileSync(join(dir, "kb.json"), "utf8")) as { entries: Array<{ status: string }>; version: string };
  const published = raw.entries.filter((e) => e.status === "published");
  writeFileSync(join(dir, "index.bin"), serializeIndex(raw.version, new SearchIndex(published as never)));
}

function run(side: string, args: string[]): string {
  return execFileSync(process.execPath, [...process.execArgv, ...args], { cwd: side, encoding: "utf8", maxBuffer: 1 << 20 });
}

async function main(): Promise<void> {
  const before = process.env.BEFORE_DIR;
  if (!before) throw new Error("BEFORE_DIR: the other checkout");
  const sides = { before: resolve(before), after: HERE };
  const reps = envInt("AB_REPS", 6);
  const sizes = (process.env.AB_SIZES ?? "0,2000").split(",").map(Number);
  const { kb, ward } = await loadKnowledge();
  for (const size of sizes) {
    const base = size ? generatedKnowledge(kb, size) : kb;
    const dirs = { before: mkdtempSync(join(tmpdir(), "ab-before-")), after: mkdtempSync(join(tmpdir(), "ab-after-")) };
    try {
      for (const name of ["before", "after"] as const) {
        writeFileSync(join(dirs[name], "kb.json"), JSON.stringify({ entries: base.entries, procedures: [...base.procedures], version: base.version, ward }));
        run(HERE, [join(HERE, "bench/first-ask-ab.ts"), "prep", sides[name], dirs[name]]);
      }
      const samples: Record<"before" | "after", Sample[]> = { before: [], after: [] };
      const loads: number[] = [];
      for (let rep = 0; rep < reps; rep++) {
        const order = rep % 2 ? (["after", "before"] as const) : (["before", "after"] as const);
        for (const name of order) {
          const out = run(sides[name], [join(sides[name], "bench/first-ask-child.ts"), "stored", dirs[name]]);
          samples[name].push(JSON.parse(out.trim().split("\n").at(-1)!) as Sample);
        }
        loads.push(loadavg()[0]!);
      }
      const n = base.entries.filter((e) => e.status === "published").length;
      console.log(`${n} entries, ${reps} processes per side, load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (CPU ms, medians; per process)`);
      for (const key of KEYS) {
        const line = (name: "before" | "after") => `${median(samples[name].map((s) => s[key]!)).toFixed(1)} [${samples[name].map((s) => s[key]!.toFixed(0)).join(" ")}]`;
        console.log(`  ${key.padEnd(12)} before ${line("before")}  after ${line("after")}`);
      }
    } finally {
      for (const d of Object.values(dirs)) rmSync(d, { recursive: true, force: true });
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (process.argv[2] === "prep") await prep(process.argv[3]!, process.argv[4]!);
  else await main();
}
