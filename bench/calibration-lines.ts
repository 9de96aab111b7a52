/**
 * Per-line outcomes on every tuning set (never the eval/holdout sets), for judging a decision
 * change across many sets at once: `npx tsx bench/calibration-lines.ts OUT.jsonl`, then
 * `npx tsx bench/calibration-lines.ts --diff BEFORE.jsonl AFTER.jsonl` prints, per set, the lines
 * fixed and broken and the change in confident-wrong answers.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Assistant, type ConversationMemory } from "../server/assistant/assistant";
import { emptyMemory } from "../server/assistant/ask-result";
import { loadKnowledge, NOW, ROOT } from "./ask-latency";
import { readLines } from "./answers-eval";

/** The tuning sets of bench/answers.ts (not imported: that module runs the bench). */
const tuningNames = ["tuning", ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((n) => `tuning${n}`), "tuning-s12", "tuning-s13", "tuning-s14", "tuning-s15", "tuning-s16", "tuning-s17", "tuning-s18", "tuning-s19", "tuning-s20", "tuning-s21", "tuning-s22", "tuning-s23", "tuning-s24", "tuning-s27", "tuning-s28", "tuning-s29", "tuning-s30"];
const answerSets: Record<string, { file: string; tuning: boolean }> = Object.fromEntries([
  ...tuningNames.flatMap((t) => ["questions", "conversations"].map((k) => [`${t}-${k}`, { file: `tests/fixtures/blind/${t}-${k}.jsonl`, tuning: true }])),
  ["paraphrases", { file: "tests/fixtures/paraphrases.jsonl", tuning: true }],
  ["validation-questions", { file: "tests/fixtures/validation-questions.jsonl", tuning: true }],
]);

type Row = { set: string; i: number; q: string; expect: string; topic?: string; kind: string; ids: string[]; ok: boolean; cw: boolean; why: string };

if (process.argv[2] === "--diff") {
  const read = (f: string) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Row);
  const before = read(process.argv[3]!);
  const after = read(process.argv[4]!);
  const sets = new Map<string, { fixed: number; broken: number; cw: number; n: number }>();
  const verbose = process.argv.includes("-v");
  // rows are matched by set and line number, not by position: a set opened for study later (tuning-s27) adds rows in the
  // middle of the file, and the rows a base file lacks are left out of the comparison
  const beforeByLine = new Map(before.map((r) => [`${r.set}#${r.i}`, r]));
  for (const a of after) {
    const b = beforeByLine.get(`${a.set}#${a.i}`);
    if (!b) continue;
    const s = sets.get(a.set) ?? { fixed: 0, broken: 0, cw: 0, n: 0 };
    s.n++;
    if (!b.ok && a.ok) s.fixed++;
    if (b.ok && !a.ok) s.broken++;
    s.cw += Number(a.cw) - Number(b.cw);
    sets.set(a.set, s);
    if (verbose && (b.ok !== a.ok || b.cw !== a.cw || b.kind !== a.kind))
      console.log(`${b.ok === a.ok ? (a.cw ? "CW+" : "  =") : a.ok ? "FIX" : "BRK"} ${a.set}#${a.i} ${a.expect} ${a.topic ?? ""} ${b.kind}[${b.ids.join(",")}] -> ${a.kind}[${a.ids.join(",")}]: ${a.q}`);
  }
  const tot = { fixed: 0, broken: 0, cw: 0 };
  for (const [name, s] of sets) {
    console.log(`${name.padEnd(28)} fixed ${String(s.fixed).padStart(3)} broken ${String(s.broken).padStart(3)} cw ${s.cw >= 0 ? "+" : ""}${s.cw}`);
    tot.fixed += s.fixed; tot.broken += s.broken; tot.cw += s.cw;
  }
  console.log(`${"TOTAL".padEnd(28)} fixed ${tot.fixed} broken ${tot.broken} cw ${tot.cw >= 0 ? "+" : ""}${tot.cw}`);
  process.exit(0);
}

const { kb, ward } = await loadKnowledge();
const assistant = new Assistant(kb, { learned: process.env.LEARNED !== "0" });
const rows: Row[] = [];
for (const [name, set] of Object.entries(answerSets)) {
  if (!set.tuning) continue;
  const path = join(ROOT, set.file);
  if (!existsSync(path)) continue;
  const memories = new Map<string, { memory: ConversationMemory; turns: number }>();
  readLines(path).forEach((line, i) => {
    const id = line.conversation;
    const state = id === undefined ? undefined : memories.get(id);
    const r = assistant.ask(line.q, ward, NOW + (state?.turns ?? 0) * 60_000, state?.memory ?? emptyMemory());
    if (id !== undefined) memories.set(id, { memory: r.memory, turns: (state?.turns ?? 0) + 1 });
    const right = (r.kind === "answer" && r.entries[0]?.id === line.topic) || (r.kind === "scam_warning" && !!line.topic?.startsWith("ld-") && r.entries[0]?.id === line.topic);
    const ok = line.expect === "answer" ? right : line.expect === "handoff" ? r.kind === "handoff" : line.expect === "scam" ? r.kind === "scam_warning" : r.kind !== "scam_warning";
    const cw = (line.expect === "answer" && !right && r.kind === "answer") || (line.expect === "handoff" && r.kind === "answer");
    rows.push({ set: name, i, q: line.q, expect: line.expect, topic: line.topic, kind: r.kind, ids: r.entries.map((e) => e.id).slice(0, 3), ok, cw, why: r.explanation });
  });
}
writeFileSync(process.argv[2] ?? "/tmp/calibration-lines.jsonl", rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
