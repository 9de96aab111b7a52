/**
 * Issue 15, cold start: what a fresh engine pays before and at its first answer, in fresh processes:
 *   npx tsx bench/first-ask.ts          (FIRST_ASK_REPS, default 5; FIRST_ASK_SIZES, default "0,2000")
 * For the real knowledge base (0) and 2,000 generated entries (bench/generated-knowledge.ts), each repetition starts
 * one child process per mode (bench/first-ask-child.ts), the modes alternating and their order swapping:
 * - stored: the search index loaded from the bytes stored with the knowledge version (loadStoredIndex), as a process
 *   or Worker isolate does when knowledge was published before it started;
 * - built: no stored index: the index built from the entries (new SearchIndex).
 * Each child reads the knowledge as JSON and the stored bytes from files written here (as a process reads rows), then
 * measures CPU ms of: the index (load or build), the Assistant's construction, the first ask, and a second ask.
 * Medians over the repetitions.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { SearchIndex } from "../server/assistant/search-index";
import { serializeIndex } from "../server/knowledge/stored-index";
import { envInt, loadKnowledge, median } from "./ask-latency";
import { generatedKnowledge } from "./generated-knowledge";

export type FirstAskMode = "stored" | "built";
/** one child's CPU ms */
export type FirstAskSample = { indexMs: number; constructMs: number; firstAskMs: number; secondAskMs: number; totalMs: number };
export type FirstAskRow = { entries: number; storedMb: number; medians: Record<FirstAskMode, FirstAskSample>; samples: Record<FirstAskMode, FirstAskSample[]> };

const CHILD = fileURLToPath(new URL("./first-ask-child.ts", import.meta.url));
const KEYS = ["indexMs", "constructMs", "firstAskMs", "secondAskMs", "totalMs"] as const;

function child(mode: FirstAskMode, dir: string): FirstAskSample {
  const out = execFileSync(process.execPath, [...process.execArgv, CHILD, mode, dir], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").at(-1)!) as FirstAskSample;
}

export async function runFirstAsk(options: { log?: (s: string) => void; reps?: number; sizes?: number[] } = {}): Promise<FirstAskRow[]> {
  const log = options.log ?? (() => undefined);
  const reps = options.reps ?? envInt("FIRST_ASK_REPS", 5);
  const sizes = options.sizes ?? (process.env.FIRST_ASK_SIZES ?? "0,2000").split(",").map(Number);
  const { kb, ward } = await loadKnowledge();
  const rows: FirstAskRow[] = [];
  for (const size of sizes) {
    const base = size ? generatedKnowledge(kb, size) : kb;
    const published = base.entries.filter((e) => e.status === "published");
    const dir = mkdtempSync(join(tmpdir(), "first-ask-"));
    try {
      const stored = serializeIndex(base.version, new SearchIndex(published));
      writeFileSync(join(dir, "kb.json"), JSON.stringify({ entries: base.entries, procedures: [...base.procedures], version: base.version, ward }));
      writeFileSync(join(dir, "index.bin"), stored);
      const samples: Record<FirstAskMode, FirstAskSample[]> = { stored: [], built: [] };
      for (let rep = 0; rep < reps; rep++) {
        const order: FirstAskMode[] = rep % 2 ? ["built", "stored"] : ["stored", "built"];
        for (const mode of order) samples[mode].push(child(mode, dir));
        const s = samples.stored.at(-1)!;
        const b = samples.built.at(-1)!;
        log(`  first ask, ${published.length} entries, rep ${rep + 1}/${reps}: stored load ${s.indexMs.toFixed(1)} ms + construct ${s.constructMs.toFixed(1)} + first ask ${s.firstAskMs.toFixed(1)} = ${s.totalMs.toFixed(1)} ms; built ${b.indexMs.toFixed(0)} + ${b.constructMs.toFixed(1)} + ${b.firstAskMs.toFixed(1)} = ${b.totalMs.toFixed(0)} ms (CPU)`);
      }
      const medianOf = (xs: FirstAskSample[]) => Object.fromEntries(KEYS.map((k) => [k, median(xs.map((x) => x[k]))])) as FirstAskSample;
      rows.push({ entries: published.length, storedMb: stored.length / 1e6, medians: { stored: medianOf(samples.stored), built: medianOf(samples.built) }, samples });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

export function formatFirstAsk(rows: FirstAskRow[]): string {
  const line = (m: FirstAskSample) => `index ${m.indexMs.toFixed(1)} + construct ${m.constructMs.toFixed(1)} + first ask ${m.firstAskMs.toFixed(1)} = ${m.totalMs.toFixed(1)} ms (second ask ${m.secondAskMs.toFixed(2)} ms)`;
  return rows
    .map((r) =>
      [
        `fresh engine, ${r.entries} entries (CPU ms, medians of ${r.samples.stored.length} processes per mode):`,
        `  stored index (${r.storedMb.toFixed(2)} MB): ${line(r.medians.stored)}`,
        `  built index: ${line(r.medians.built)}`,
      ].join("\n"),
    )
    .join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(formatFirstAsk(await runFirstAsk({ log: (s) => console.log(s) })));
}
