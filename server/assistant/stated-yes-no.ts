import type { KnowledgeBase, KnowledgeEntry } from "../knowledge/knowledge-schema";
import type { Ward } from "../wards/ward-profile";
import { type AnswerView, type ComposeOptions, composeAnswer, SHORT_LIMIT, STEPS_LIMIT } from "./compose-answer";
import { foldedText } from "./text-analysis";

/*
 * The yes/no facts an entry states (front-matter `yes_no`, server/knowledge/entry-yes-no.ts):
 * a yes/no question naming one of a fact's `asks` (and none of its `unless`) gets
 * "Dạ có, <the entry's own words>." first. The phrases are folded once per entry; a turn only
 * looks them up in the message (no per-turn work on the entry's text).
 */

export type Compiled = { asks: string[][]; unless: string[]; lead: string };

const compiled = new WeakMap<KnowledgeEntry, Compiled[]>();

const padded = (phrase: string) => ` ${foldedText(phrase)} `;

export function factsOf(entry: KnowledgeEntry): Compiled[] {
  let facts = compiled.get(entry);
  if (facts === undefined) {
    facts = (entry.yes_no ?? []).map((f) => ({
      asks: f.asks.map((a) => a.split("+").map(padded)),
      unless: (f.unless ?? []).map(padded),
      lead: `Dạ ${f.answer}, ${f.says.replace(/\.$/, "")}.`,
    }));
    compiled.set(entry, facts);
  }
  return facts;
}

/*
 * "… có phải lừa đảo không", "… là lừa à", "… lừa đảo không": whether it is a scam. A "Dạ không" fact answers
 * "is it safe / real / sent by them" and says the opposite of the truth to this question ("sàn forex lãi 30% một tháng có
 * phải lừa không" got "Dạ không, … thường là lừa đảo"; "CSGT nhắn tin kèm link có phải lừa không" got "Dạ không, hiện
 * không có thông báo phạt nguội qua tin nhắn": session 24, tuning sets), so none answers it; an entry states its quote
 * with "có" for this question. "Lừa" as the matter, not the question ("có dịch vụ lấy lại tiền bị lừa không"), is not it.
 */
const scamAsked = /\b(?:phai|la|co) lua(?: dao)?\b|(?<!\bbi )\blua(?: dao)? (?:khong|chang|a|ha|nhi)\b/;
/** "có gọi … không hay là lừa": the scam is the alternative, the question before "hay" is answered (session 23's either-or) */
const scamAlternative = /\b(?:khong|chua) hay\b.*\blua\b/;

/*
 * "có mất lệ phí không" folds to "co mat le phi", the same letters as "có mặt" (being present): an ask "có mặt + cha"
 * answered "thủ tục nhận cha con có mất lệ phí không" with "Dạ có, … phải có mặt khi nhận kết quả" (session 26, tuning
 * sets). Before money words the pair is the loss, so it is split there ("co  mat"): " co mat " no longer matches, while
 * asks about the money (" mat tien ") still do.
 */
const moneyLost = /\bco mat (?=(?:le phi|phi|tien|xien|bao nhieu|nhieu tien)\b)/g;

/** "Dạ có, …" / "Dạ không, …" from a fact the entry states, when the yes/no question (`folded`, analysed) names it. */
export function statedYesNo(entry: KnowledgeEntry, folded: string): string | undefined {
  if (!entry.yes_no?.length) return undefined;
  const text = ` ${folded.replace(moneyLost, "co  mat ")} `;
  const asksScam = scamAsked.test(folded) && !scamAlternative.test(folded);
  for (const fact of factsOf(entry)) {
    if (fact.unless.some((p) => text.includes(p))) continue;
    if (asksScam && fact.lead.startsWith("Dạ không")) continue;
    if (fact.asks.some((all) => all.every((p) => text.includes(p)))) return fact.lead;
  }
  return undefined;
}

/** the text after a yes/no sentence is not cut shorter than this */
const MIN_TEXT = 120;

const lowerStart = (s: string) => s.toLocaleLowerCase("vi");

/**
 * An answer with its yes/no sentence first, within the same length: when the summary shown
 * already opens with the fact ("Dạ, ai đến ở … thì phải đăng ký tạm trú"), its "Dạ," becomes
 * "Dạ có," instead of repeating it; otherwise the text after the sentence is shortened by the
 * sentence's length (to at least MIN_TEXT characters), so the reply is no longer than without it.
 */
export function composeWithYesNo(entry: KnowledgeEntry, kb: KnowledgeBase, ward: Ward, options: ComposeOptions): AnswerView {
  const lead = options.yesNo;
  if (!lead) return composeAnswer(entry, kb, ward, options);
  const plain = composeAnswer(entry, kb, ward, { ...options, yesNo: undefined });
  const fact = /^Dạ (có|không), (.+)\.$/su.exec(lead);
  if (fact && plain.shown === "summary" && lowerStart(plain.body).startsWith(lowerStart(`Dạ, ${fact[2]}`))) return { ...plain, body: `Dạ ${fact[1]}, ${plain.body.slice(4)}` };
  // the sentence takes the place of the text's end (one choice away, "Xem đầy đủ"), not more room
  const limit = Math.max(MIN_TEXT, Math.min(options.limit ?? SHORT_LIMIT, plain.body.length) - lead.length);
  let view = composeAnswer(entry, kb, ward, { ...options, limit });
  // the steps part is cut at its own STEPS_LIMIT, below `limit`: then the sentence made the reply longer
  // than without it ("Các bước" after a "Dạ không, …" line); cut the part by what it went over instead
  const over = view.body.length - Math.max(plain.body.length, lead.length + MIN_TEXT);
  if (over > 0) {
    const used = view.shown === "steps" ? Math.min(limit, STEPS_LIMIT) : limit;
    view = composeAnswer(entry, kb, ward, { ...options, limit: Math.max(MIN_TEXT, used - over) });
  }
  // one "Dạ" per reply: the summary's own opening after the sentence starts with its next word
  const again = `${lead}\nDạ, `;
  if (!view.body.startsWith(again)) return view;
  const rest = view.body.slice(again.length);
  return { ...view, body: `${lead}\n${rest.charAt(0).toLocaleUpperCase("vi")}${rest.slice(1)}` };
}
