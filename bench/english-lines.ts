/**
 * `npx tsx bench/english-lines.ts [--misses] [--facets]`: the English lines (`lang: "en"`) of the TUNING sets
 * only (never eval/holdout): right per line kind (answer: expected entry first; handoff: handed off;
 * scam: warned) and how many got an English reply. Conversations run whole, memory carried.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { emptyMemory, type AskResult, type ConversationMemory } from "../server/assistant/ask-result";
import { Assistant } from "../server/assistant/assistant";
import { loadKnowledge, NOW, ROOT } from "./ask-latency";
import { readLines } from "./answers-eval";

const { kb, ward } = await loadKnowledge();
const assistant = new Assistant(kb);
const show = process.argv.includes("--misses");
const showFacets = process.argv.includes("--facets");
const dir = join(ROOT, "tests/fixtures/blind");
const files = readdirSync(dir).filter((f) => /^tuning(\d*|-s\d+)-(questions|conversations)\.jsonl$/.test(f)).sort();
const right = (expect: string, topic: string | undefined, r: AskResult) =>
  expect === "answer"
    ? (r.kind === "answer" || (r.kind === "scam_warning" && !!topic?.startsWith("ld-"))) && r.entries[0]?.id === topic
    : expect === "handoff"
      ? r.kind === "handoff"
      : expect === "scam"
        ? r.kind === "scam_warning"
        : r.kind !== "scam_warning";
let all = 0, allOk = 0, allEn = 0, allFacet = 0, allFacetFirst = 0;
for (const file of files) {
  const memories = new Map<string, { memory: ConversationMemory; turns: number }>();
  let n = 0, ok = 0, en = 0, facet = 0, facetFirst = 0;
  const misses: string[] = [];
  for (const line of readLines(join(dir, file))) {
    const state = line.conversation === undefined ? undefined : memories.get(line.conversation);
    const r = assistant.ask(line.q, ward, NOW + (state?.turns ?? 0) * 60_000, state?.memory ?? emptyMemory());
    if (line.conversation !== undefined) memories.set(line.conversation, { memory: r.memory, turns: (state?.turns ?? 0) + 1 });
    if (line.lang !== "en") continue;
    n++;
    const good = right(line.expect, line.topic, r);
    if (good) ok++;
    // the part asked shown first (as answers-eval.ts counts it: a facet other than summary/yes-no, answered right)
    if (good && r.kind === "answer" && line.facet && !["summary", "yesno"].includes(line.facet)) {
      facet++;
      if (r.shown === line.facet) facetFirst++;
      else if (showFacets) misses.push(`FACET ${line.facet} <- shown ${r.shown} [${r.entries[0]?.id}]: ${line.q}`);
    }
    const english = "lang" in r && r.lang === "en";
    if (english) en++;
    if (!good || (!english && show)) misses.push(`${good ? "ok-vi" : "MISS"} ${line.expect} ${line.topic ?? ""} <- ${r.kind} [${r.entries.slice(0, 3).map((e) => e.id).join(", ")}]${english ? "" : " (vi reply)"}: ${line.q}`);
  }
  all += n; allOk += ok; allEn += en; allFacet += facet; allFacetFirst += facetFirst;
  console.log(`${file}: ${ok}/${n} right, ${en}/${n} English replies, facet first ${facetFirst}/${facet}`);
  if (show || showFacets) for (const m of misses) console.log(`    ${m}`);
}
console.log(`ALL: ${allOk}/${all} right, ${allEn}/${all} English replies, facet first ${allFacetFirst}/${allFacet}`);
