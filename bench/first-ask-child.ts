/**
 * One fresh engine for bench/first-ask.ts, in a process of its own:
 *   npx tsx bench/first-ask-child.ts <stored|built> <dir with kb.json and index.bin>
 * Prints one JSON line of CPU ms: the index (loaded or
 * built), the Assistant's construction, the first and the second ask.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Assistant } from "../server/assistant/assistant";
import { SearchIndex } from "../server/assistant/search-index";
import type { KnowledgeBase, KnowledgeEntry, Procedure } from "../server/knowledge/knowledge-schema";
import { loadStoredIndex } from "../server/knowledge/stored-index";
import type { Ward } from "../server/wards/ward-profile";
import { NOW } from "./ask-latency";

const [mode, dir] = process.argv.slice(2);
if ((mode !== "stored" && mode !== "built") || !dir) throw new Error("usage: first-ask-child.ts <stored|built> <dir>");
const raw = JSON.parse(readFileSync(join(dir, "kb.json"), "utf8")) as { entries: KnowledgeEntry[]; procedures: Array<[string, Procedure]>; version: string; ward: Ward };
const kb: KnowledgeBase = { entries: raw.entries, procedures: new Map(raw.procedures), version: raw.version };
const bytes = new Uint8Array(readFileSync(join(dir, "index.bin")));
const published = kb.entries.filter((e) => e.status === "published");

const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const t0 = cpu();
let index: SearchIndex | undefined;
if (mode === "stored") {
  // (the analysis fingerprint is a constant of the code since s27-cold: loading analyses nothing)
  index = loadStoredIndex(bytes, kb.version, published);
  if (!index) throw new Error("the stored index did not load");
} else index = new SearchIndex(published);
const t1 = cpu();
const assistant = new Assistant(kb, { index });
const t2 = cpu();
assistant.ask("làm căn cước cho con cần giấy tờ gì", raw.ward, NOW);
const t3 = cpu();
assistant.ask("nàm giấy khai xinh ở đâu", raw.ward, NOW);
const t4 = cpu();
process.stdout.write(`${JSON.stringify({ indexMs: t1 - t0, constructMs: t2 - t1, firstAskMs: t3 - t2, secondAskMs: t4 - t3, totalMs: t3 - t0 })}\n`);
