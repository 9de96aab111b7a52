/**
 * How well the assistant answers residents, measured on labelled JSONL files (contract B,
 * tests/fixtures/blind/README.md). Shared by `npm run bench:answers` and the regression test
 * (tests/answers-quality.test.ts). Pure: the Assistant over knowledge/ and the demo ward, the
 * clock fixed inside office hours, one minute per conversation turn.
 *
 * Scoring follows ../shared/eval/score.mjs: top-1 = kind "answer" whose first entry is the
 * expected topic (a scam warning, or a victim's immediate steps, led by the expected "ld-…" entry
 * also counts: score.mjs predates the victim path and counts only the warning); confident wrong
 * = an answer with the wrong entry, or an answer where a handoff was expected, over the lines
 * expecting an answer or a handoff; "with diacritics" = the line has a non-ASCII character.
 */
import { readFileSync } from "node:fs";
import { Assistant, type AskResult, type ConversationMemory } from "../server/assistant/assistant";
import { emptyMemory } from "../server/assistant/ask-result";
import type { KnowledgeBase } from "../server/knowledge/knowledge-schema";
import type { Ward } from "../server/wards/ward-profile";
import { median, NOW, quantile } from "./ask-latency";

export type Line = {
  q: string;
  expect: "answer" | "handoff" | "scam" | "not_scam";
  topic?: string;
  facet?: string;
  lang?: string;
  conversation?: string;
  turn?: number;
  followup?: boolean;
  choice?: boolean;
};

export function readLines(file: string): Line[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line);
}

type Tally = { n: number; ok: number };
const tally = (): Tally => ({ n: 0, ok: 0 });
const add = (t: Tally, ok: boolean) => {
  t.n++;
  if (ok) t.ok++;
};
const rate = (t: Tally) => (t.n ? t.ok / t.n : NaN);

export type AnswerFigures = {
  lines: number;
  top1: number;
  top1Accented: number;
  top1Plain: number;
  /** top-1 on lines whose topic has an entry in the knowledge base */
  top1Covered: number;
  confidentWrong: number;
  handoff: number;
  scamFlagged: number;
  falseScamAlarms: number;
  /**
   * residents' own questions (answer and handoff lines) that got a scam warning although they
   * are not about a scam (topic not an "ld-…" entry, or a handoff), counted apart from
   * falseScamAlarms (not_scam lines only); they stay misses of top-1/handoff as before. Rate over
   * all answer + handoff lines.
   */
  residentsWarned: number;
  residentsWarnedRate: number;
  /** answer lines about a scam ("ld-…" topic) that got a scam warning (not in residentsWarned), and of them led by the expected entry */
  scamTopicWarned: number;
  scamTopicWarnedRight: number;
  /** the reply led with the facet asked (lines labelled with a facet other than summary/yesno, answered right) */
  facetFirst: number;
  /** a yes/no question answered "Dạ có"/"Dạ không" first */
  yesNoFirst: number;
  followup: number;
  /** the same, on conversations whose topic has an entry in the knowledge base */
  followupCovered: number;
  choice: number;
  /** replies to a first message that expects an answer */
  lengthMedian: number;
  lengthP90: number;
  counts: { answer: number; handoff: number; scam: number; followup: number; covered: number };
  misses: string[];
};

const accented = (s: string) => /[^\x00-\x7f]/.test(s);
/** as score.mjs, and a victim's immediate steps (issue 11) led by the expected entry count too */
const answeredRight = (line: Line, r: AskResult) =>
  (r.kind === "answer" && r.entries[0]?.id === line.topic) ||
  (r.kind === "scam_warning" && !!line.topic?.startsWith("ld-") && r.entries[0]?.id === line.topic);

/** Runs every line (conversations in order, memory carried) and computes the figures. */
export function evaluateAnswers(kb: KnowledgeBase, ward: Ward, lines: Line[], assistant = new Assistant(kb)): AnswerFigures {
  const known = new Set(kb.entries.filter((e) => e.status === "published").map((e) => e.id));
  const t = {
    top1: tally(),
    acc: tally(),
    plain: tally(),
    covered: tally(),
    decided: tally(),
    handoff: tally(),
    scam: tally(),
    notScam: tally(),
    facet: tally(),
    yesno: tally(),
    followup: tally(),
    followupCovered: tally(),
    choice: tally(),
    residents: tally(),
    scamTopic: tally(),
  };
  let wrong = 0;
  const lengths: number[] = [];
  const misses: string[] = [];
  const memories = new Map<string, { memory: ConversationMemory; turns: number }>();
  for (const line of lines) {
    const id = line.conversation;
    const state = id === undefined ? undefined : memories.get(id);
    const memory = state?.memory ?? emptyMemory();
    const turns = state?.turns ?? 0;
    const r = assistant.ask(line.q, ward, NOW + turns * 60_000, memory);
    if (id !== undefined) memories.set(id, { memory: r.memory, turns: turns + 1 });
    const first = turns === 0;
    const ok = answeredRight(line, r);
    if (line.expect === "answer" || line.expect === "handoff") {
      const aboutScam = line.expect === "answer" && !!line.topic?.startsWith("ld-");
      add(t.residents, r.kind === "scam_warning" && !aboutScam);
      if (aboutScam && r.kind === "scam_warning") add(t.scamTopic, ok);
    }
    const label = `${line.expect}${line.topic ? ` ${line.topic}` : ""}${line.facet ? `/${line.facet}` : ""} <- ${r.kind} [${r.entries.map((e) => e.id).slice(0, 3).join(", ")}]${r.kind === "answer" ? ` shown=${r.shown}` : ""}: ${line.q}`;
    if (line.expect === "answer") {
      add(t.top1, ok);
      add(accented(line.q) ? t.acc : t.plain, ok);
      if (line.topic && known.has(line.topic)) add(t.covered, ok);
      add(t.decided, true);
      if (!ok && r.kind === "answer") wrong++;
      if (line.followup) add(t.followup, ok);
      if (line.followup && line.topic && known.has(line.topic)) add(t.followupCovered, ok);
      if (line.choice) add(t.choice, ok);
      if (ok && r.kind === "answer" && line.facet && !["summary", "yesno"].includes(line.facet)) add(t.facet, r.shown === line.facet || r.also.some((a) => a.shown === line.facet));
      if (ok && line.facet === "yesno") add(t.yesno, /^Dạ (có|không)(?!\p{L})/u.test(r.reply) || /^Yes|^No\b/.test(r.reply));
      if (first && !r.kind.startsWith("scam_")) lengths.push(r.reply.length);
      if (!ok) misses.push(label);
    } else if (line.expect === "handoff") {
      add(t.decided, true);
      add(t.handoff, r.kind === "handoff");
      if (r.kind === "answer") wrong++;
      if (r.kind !== "handoff") misses.push(label);
    } else if (line.expect === "scam") {
      add(t.scam, r.kind === "scam_warning");
      if (r.kind !== "scam_warning") misses.push(label);
    } else if (line.expect === "not_scam") {
      add(t.notScam, r.kind !== "scam_warning");
      if (r.kind === "scam_warning") misses.push(label);
    }
  }
  const sorted = Float64Array.from(lengths).sort();
  return {
    lines: lines.length,
    top1: rate(t.top1),
    top1Accented: rate(t.acc),
    top1Plain: rate(t.plain),
    top1Covered: rate(t.covered),
    confidentWrong: t.decided.n ? wrong / t.decided.n : NaN,
    handoff: rate(t.handoff),
    scamFlagged: rate(t.scam),
    falseScamAlarms: t.notScam.n - t.notScam.ok,
    residentsWarned: t.residents.ok,
    residentsWarnedRate: rate(t.residents),
    scamTopicWarned: t.scamTopic.n,
    scamTopicWarnedRight: t.scamTopic.ok,
    facetFirst: rate(t.facet),
    yesNoFirst: rate(t.yesno),
    followup: rate(t.followup),
    followupCovered: rate(t.followupCovered),
    choice: rate(t.choice),
    lengthMedian: median(lengths),
    lengthP90: quantile(sorted, 0.9),
    counts: { answer: t.top1.n, handoff: t.handoff.n, scam: t.scam.n, followup: t.followup.n, covered: t.covered.n },
    misses,
  };
}

const pct = (x: number) => (Number.isNaN(x) ? "  n/a" : `${(100 * x).toFixed(1)}%`);

export function formatFigures(name: string, f: AnswerFigures): string {
  return [
    `${name}: ${f.lines} lines (${f.counts.answer} expect an answer, ${f.counts.handoff} a handoff, ${f.counts.followup} follow-up turns)`,
    `  top-1 ${pct(f.top1)} (with diacritics ${pct(f.top1Accented)}, without ${pct(f.top1Plain)}; on topics with an entry ${pct(f.top1Covered)} of ${f.counts.covered})`,
    `  confident wrong ${pct(f.confidentWrong)}   out-of-coverage handed off ${pct(f.handoff)}   scam flagged ${pct(f.scamFlagged)}, false alarms ${f.falseScamAlarms}`,
    `  residents' questions warned as scams ${f.residentsWarned} (${pct(f.residentsWarnedRate)} of ${f.counts.answer + f.counts.handoff} answer/handoff lines; questions about a scam answered by a warning: ${f.scamTopicWarned}, led by the right entry ${f.scamTopicWarnedRight})`,
    `  follow-ups answered from the right entry ${pct(f.followup)} (topics with an entry ${pct(f.followupCovered)})   choices by label ${pct(f.choice)}   facet first ${pct(f.facetFirst)}   yes/no first ${pct(f.yesNoFirst)}`,
    `  first-reply length median ${f.lengthMedian.toFixed(0)}, p90 ${f.lengthP90.toFixed(0)} characters`,
  ].join("\n");
}
