/**
 * Evaluation of the scam check on the labelled corpus (knowledge/scam-corpus/), shared by
 * `npm run bench:scam` and tests/scam-corpus.test.ts. Every message is checked as written; scam
 * and genuine messages written alone are also checked the way residents forward them (a question
 * before or after, quotes, line breaks, no accents, obfuscation). The wrappers used on the
 * validation split are not the ones used on the training split.
 */
import { join } from "node:path";
import { checkScam, type CheckOptions, type ScamOutcome } from "../server/assistant/scam/check";
import { readCorpus, type CorpusMessage } from "../server/assistant/scam/corpus-files";
import { foldDiacritics } from "../server/assistant/vietnamese-text";
import { hasMaskedNumber, unmaskNumbers } from "./scam-unmask";

export type Split = "training" | "validation";

const wrappers: Record<Split, { before: string[]; after: string[] }> = {
  training: {
    before: ["tin này có phải lừa đảo ko: ", "Cho hỏi tin nhắn này thật không ạ\n", "mn ơi check giúp tin này: ", "Tôi vừa nhận được tin này, có sao không?\n", "ad oi tin nay co that ko: "],
    after: [" có phải lừa đảo không?", "\ntin này thật không mọi người", " -- có nên làm theo không"],
  },
  validation: {
    before: ["Tin này có phải lừa đảo không vậy: ", "Phường ơi xem giúp tôi tin nhắn này với:\n", "Mẹ tôi nhận được tin này: ", "co phai lua dao k mn: ", "Nhờ cán bộ kiểm tra giúp tin này: "],
    after: [" -> cái này lừa đảo hả", "\n\nCó đúng không ạ?", ". Tôi có nên trả lời không?"],
  },
};

export type Variant = "as_written" | "question_before" | "question_after" | "quoted" | "line_breaks" | "no_accents" | "obfuscated";

function pick<T>(list: T[], i: number): T {
  return list[i % list.length]!;
}

/** Vowels to look-alike digits in every third long word (links, numbers left alone). */
function obfuscate(text: string): string {
  let n = 0;
  return text.replace(/[^\s]+/g, (w) => {
    if (/[./:@\d]/.test(w) || w.length < 4 || n++ % 3 !== 0) return w;
    return w.replace(/[aA]/, "4").replace(/[iI]/, "1").replace(/[oO]/, "0");
  });
}

function lineBreaks(text: string): string {
  return text.replace(/([.,:!?])\s+/g, "$1\n").replace(/(\S+\s+\S+\s+\S+\s+\S+\s+\S+\s+\S+)\s+/g, "$1\n");
}

export function variantsOf(m: CorpusMessage, index: number): Array<{ variant: Variant; text: string }> {
  const out: Array<{ variant: Variant; text: string }> = [{ variant: "as_written", text: m.text }];
  if (m.shape !== "alone" || (m.label !== "scam" && m.label !== "genuine")) return out;
  const w = wrappers[m.split];
  out.push({ variant: "question_before", text: pick(w.before, index) + m.text });
  out.push({ variant: "question_after", text: m.text + pick(w.after, index) });
  out.push({ variant: "quoted", text: `${pick(w.before, index + 1).replace(/[:\n]\s*$/, "")} "${m.text}"` });
  out.push({ variant: "line_breaks", text: lineBreaks(m.text) });
  out.push({ variant: "no_accents", text: foldDiacritics(m.text) });
  out.push({ variant: "obfuscated", text: obfuscate(m.text) });
  return out;
}

export type Row = { message: CorpusMessage; variant: Variant; text: string; outcome: ScamOutcome; score: number; signals: string[] };

export type Tally = { n: number; hit: number };
const tally = (): Tally => ({ n: 0, hit: 0 });
const pct = (t: Tally) => (t.n ? (100 * t.hit) / t.n : NaN);

export type ScamFigures = {
  split: Split;
  only?: Only;
  messages: number;
  checks: number;
  /** scam messages flagged, over every variant */
  recall: number;
  recallAsWritten: number;
  recallQuestionBefore: number;
  /** flagged messages that are scams (scam and genuine only) */
  precision: number;
  /** genuine notifications, promotions and personal messages flagged, every variant */
  falseAlarm: number;
  falseAlarmAsWritten: number;
  /** residents' questions answered normally (neither warned nor treated as a victim) */
  questionsNormal: number;
  /** victims answered with the steps */
  victims: number;
  byFamily: Array<{ label: string; family: string; n: number; rate: number }>;
  byVariant: Array<{ variant: Variant; scamRecall: number; falseAlarm: number; n: number }>;
  misses: Row[];
  rows: Row[];
};

/** `only: "real"`: the messages received or printed as they are (origin real), with their forwarding
 *  variants; "not_real": the written and adapted ones (the corpus before real collections were added);
 *  "real_fresh": the real messages added in session 4 (sources `*-s4-*`, split by template hash before
 *  anyone read them); "real_earlier": the real messages before that (the set earlier figures were on);
 *  "real_s5": the real messages added in session 5 (sources `*-s5`, split by the same rule);
 *  "real_s6": those added in session 6 (sources `*-s6`, same rule); "real_s8": those added in session 8
 *  (sources `*-s8`, split by a hash of the source URL before they were read); "real_s9": session 9's (`*-s9`, same rule); "real_s10": session 10's (`*-s10`, same rule); "real_s11": session 11's (`*-s11`, same rule); "real_s12": session 12's (`*-s12`, same rule); "real_s16": session 16's (`*-s16`, same rule; "real_before_s16": the real rows without them, the set the session-15 floors were measured on); "before_s6": everything but those
 *  (so floors measured before session 6 stay comparable); "before_s9": everything but the real rows of sessions 9, 10, 12 and 16 (the set the session 9 floors were measured on; session 12's two English rows are reported apart as "real_s12"). */
/** "phone_numbers": every message whose mobile number the corpus masks, with the mask filled by a fixed rule
 *  (scam-unmask.ts), and the genuine notices written with a number to call (cmp-genuine-phone-*): what a real
 *  number does in the check. */
export type Only = "phone_numbers" | "real" | "not_real" | "real_fresh" | "real_earlier" | "real_s5" | "real_s6" | "real_s8" | "real_s9" | "real_s10" | "real_s11" | "real_s12" | "real_s16" | "real_before_s16" | "before_s6" | "before_s9";
const addedIn = (id: string) =>
  id.includes("-s4-") ? "real_fresh" : id.endsWith("-s5") ? "real_s5" : id.endsWith("-s6") ? "real_s6" : id.endsWith("-s8") ? "real_s8" : id.endsWith("-s9") ? "real_s9" : id.endsWith("-s10") ? "real_s10" : id.endsWith("-s11") ? "real_s11" : id.endsWith("-s12") ? "real_s12" : id.endsWith("-s16") ? "real_s16" : "real_earlier";
function keep(m: CorpusMessage, only: Only | undefined): boolean {
  if (!only) return true;
  if (only === "phone_numbers") return m.source.id.startsWith("cmp-genuine-phone-") || hasMaskedNumber(m.text);
  if (only === "not_real") return m.origin !== "real";
  if (only === "before_s6") return m.origin !== "real" || addedIn(m.source.id) !== "real_s6";
  if (only === "before_s9") return m.origin !== "real" || (addedIn(m.source.id) !== "real_s9" && addedIn(m.source.id) !== "real_s10" && addedIn(m.source.id) !== "real_s12" && addedIn(m.source.id) !== "real_s16");
  if (m.origin !== "real") return false;
  if (only === "real_before_s16") return addedIn(m.source.id) !== "real_s16";
  return only === "real" || only === addedIn(m.source.id);
}

export function evaluate(split: Split, options: CheckOptions & { corpusDir?: string; only?: Only } = {}): ScamFigures {
  const corpus = readCorpus(options.corpusDir ?? join(import.meta.dirname, "..", "knowledge", "scam-corpus"));
  if (corpus.problems.length) throw new Error(corpus.problems.join("\n"));
  const messages = corpus.messages.filter((m) => m.split === split && keep(m, options.only)).map((m) => (options.only === "phone_numbers" ? { ...m, text: unmaskNumbers(m.text) } : m));
  const rows: Row[] = [];
  messages.forEach((m, i) => {
    for (const v of variantsOf(m, i)) {
      const verdict = checkScam(v.text, options);
      rows.push({ message: m, variant: v.variant, text: v.text, outcome: verdict.outcome, score: verdict.score, signals: verdict.signals });
    }
  });

  const recall = tally(), recallAs = tally(), recallQ = tally(), fa = tally(), faAs = tally(), q = tally(), vic = tally();
  let flagged = 0, flaggedScam = 0;
  const fam = new Map<string, Tally>();
  const vars = new Map<Variant, { scam: Tally; fa: Tally }>();
  const misses: Row[] = [];
  for (const r of rows) {
    const { label, family } = r.message;
    const ok =
      label === "scam" ? r.outcome === "scam" : label === "victim" ? r.outcome === "victim" || r.outcome === "at_risk" : label === "question" ? r.outcome !== "scam" && r.outcome !== "victim" && r.outcome !== "at_risk" : r.outcome !== "scam";
    if (!ok) misses.push(r);
    const key = `${label}:${family}`;
    const f = fam.get(key) ?? tally();
    f.n++;
    if (ok) f.hit++;
    fam.set(key, f);
    const v = vars.get(r.variant) ?? { scam: tally(), fa: tally() };
    vars.set(r.variant, v);
    if (label === "scam") {
      recall.n++;
      v.scam.n++;
      if (r.outcome === "scam") (recall.hit++, v.scam.hit++);
      if (r.variant === "as_written") (recallAs.n++, r.outcome === "scam" && recallAs.hit++);
      if (r.variant === "question_before" || r.message.shape === "question_before") (recallQ.n++, r.outcome === "scam" && recallQ.hit++);
    } else if (label === "genuine") {
      fa.n++;
      v.fa.n++;
      if (r.outcome === "scam") (fa.hit++, v.fa.hit++);
      if (r.variant === "as_written") (faAs.n++, r.outcome === "scam" && faAs.hit++);
    } else if (label === "question") {
      q.n++;
      if (ok) q.hit++;
    } else {
      vic.n++;
      if (ok) vic.hit++;
    }
    if ((label === "scam" || label === "genuine") && r.outcome === "scam") {
      flagged++;
      if (label === "scam") flaggedScam++;
    }
  }
  return {
    split,
    ...(options.only ? { only: options.only } : {}),
    messages: messages.length,
    checks: rows.length,
    recall: pct(recall),
    recallAsWritten: pct(recallAs),
    recallQuestionBefore: pct(recallQ),
    precision: flagged ? (100 * flaggedScam) / flagged : NaN,
    falseAlarm: pct(fa),
    falseAlarmAsWritten: pct(faAs),
    questionsNormal: pct(q),
    victims: pct(vic),
    byFamily: [...fam].map(([k, t]) => ({ label: k.split(":")[0]!, family: k.split(":")[1]!, n: t.n, rate: pct(t) })).sort((a, b) => a.label.localeCompare(b.label) || a.family.localeCompare(b.family)),
    byVariant: [...vars].map(([variant, t]) => ({ variant, scamRecall: pct(t.scam), falseAlarm: pct(t.fa), n: t.scam.n + t.fa.n })),
    misses,
    rows,
  };
}

export function onlyLabel(only: Only | undefined): string {
  return only === "phone_numbers" ? " (phone numbers written out: masked numbers filled in, and notices written with a number)" : only === "real" ? " (real messages only)" : only === "not_real" ? " (written/adapted messages only)" : only === "real_fresh" ? " (real, added in session 4)" : only === "real_earlier" ? " (real, before session 4)" : only === "real_s5" ? " (real, added in session 5)" : only === "real_s6" ? " (real, added in session 6)" : only === "real_s8" ? " (real, added in session 8)" : only === "real_s9" ? " (real, added in session 9)" : only === "real_s10" ? " (real, added in session 10)" : only === "real_s11" ? " (real, added in session 11)" : only === "real_s12" ? " (real, added in session 12)" : only === "real_s16" ? " (real, added in session 16)" : only === "real_before_s16" ? " (real, all but session 16's)" : only === "before_s6" ? " (all but session 6's real messages)" : only === "before_s9" ? " (all but the real messages of sessions 9, 10 and 12)" : "";
}

/**
 * The figures as text. `byFamily` adds the rate per script family: on by default for the training split only; the
 * validation split's families are shown only when asked for (bench:scam's SCAM_BY_FAMILY=1), so running the bench does
 * not show which validation families miss (a session studying its misses would be fitting to the validation split).
 */
export function formatFigures(f: ScamFigures, byFamily = f.split === "training"): string {
  const p = (x: number) => (Number.isNaN(x) ? "n/a" : `${x.toFixed(1)}%`);
  const lines = [
    `split ${f.split}${onlyLabel(f.only)}: ${f.messages} messages, ${f.checks} checks (with forwarding variants)`,
    `  recall (scams warned)            ${p(f.recall)}   as written ${p(f.recallAsWritten)}   with a question in front ${p(f.recallQuestionBefore)}`,
    `  precision (warnings that are scams) ${p(f.precision)}`,
    `  false alarms on genuine messages ${p(f.falseAlarm)}   as written ${p(f.falseAlarmAsWritten)}`,
    `  questions answered normally      ${p(f.questionsNormal)}`,
    `  victims given the steps          ${p(f.victims)}`,
    "  by variant: " + f.byVariant.map((v) => `${v.variant} recall ${p(v.scamRecall)} / false alarms ${p(v.falseAlarm)}`).join("; "),
    ...(byFamily ? ["  by family:", ...f.byFamily.map((x) => `    ${x.label.padEnd(8)} ${x.family.padEnd(20)} ${String(x.n).padStart(4)}  ${p(x.rate)} right`)] : ["  by family: not shown for this split (SCAM_BY_FAMILY=1 shows it)"]),
  ];
  return lines.join("\n");
}
