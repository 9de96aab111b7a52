/**
 * Study aid (tuning sets only, never eval/holdout): every line labelled scam / not_scam with
 * the assistant's reply kind and the scam check's outcome, score and signals.
 *   npx tsx bench/scam-tuning-lines.ts tuning9 [--misses]
 */
import { join } from "node:path";
import { Assistant } from "../server/assistant/assistant";
import { emptyMemory } from "../server/assistant/ask-result";
import { checkScam } from "../server/assistant/scam/check";
import { NOW, loadKnowledge, ROOT } from "./ask-latency";
import { readLines } from "./answers-eval";

const sets = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const missesOnly = process.argv.includes("--misses");
const { kb, ward } = await loadKnowledge();
const assistant = new Assistant(kb);
for (const s of sets) {
  if (!/^tuning(\d*|-s[1-3]\d)$/.test(s)) throw new Error("tuning sets only");
  for (const kind of ["questions", "conversations"]) {
    const lines = readLines(join(ROOT, `tests/fixtures/blind/${s}-${kind}.jsonl`));
    const mem = new Map<string, { m: ReturnType<typeof emptyMemory>; t: number }>();
    for (const line of lines) {
      const st = line.conversation ? mem.get(line.conversation) : undefined;
      const r = assistant.ask(line.q, ward, NOW + (st?.t ?? 0) * 60_000, st?.m ?? emptyMemory());
      if (line.conversation) mem.set(line.conversation, { m: r.memory, t: (st?.t ?? 0) + 1 });
      const warned = r.kind === "scam_warning";
      const aboutScam = line.expect === "answer" && !!line.topic?.startsWith("ld-");
      const residentWarned = (line.expect === "answer" || line.expect === "handoff") && warned && !aboutScam;
      if (line.expect !== "scam" && line.expect !== "not_scam" && !residentWarned) continue;
      const ok = line.expect === "scam" ? warned : !warned;
      if (missesOnly && ok) continue;
      const c = checkScam(line.q);
      console.log(`${ok ? "ok  " : "MISS"} ${s}-${kind[0]} ${line.expect}${line.conversation ? ` c=${line.conversation}#${st?.t ?? 0}` : ""} <- ${r.kind} | check ${c.outcome} ${c.score?.toFixed?.(2) ?? ""} [${(c.signals ?? []).join(",")}]\n     ${line.q.replace(/\n/g, " ⏎ ")}`);
    }
  }
}
