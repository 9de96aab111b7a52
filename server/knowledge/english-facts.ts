/*
 * English renderings of a procedure's fee and legal time (`fee.text_en`, `legal_time.text_en`) and
 * its English name (`name_en`), for foreign residents asking in English. A rendering translates the
 * Vietnamese fact and adds nothing: kb:check compares the numbers of both texts (amounts, days,
 * hours, legal document numbers), so an English text cannot carry a fee or a deadline the
 * Vietnamese one does not state, nor drop one. The unconfirmed marker is added when shown (from the
 * fact's `verified`), never typed.
 */

/** The English marker written after an unconfirmed fact. */
export const UNVERIFIED_MARKER_EN = "(not yet confirmed)";

/** The numbers of a text as digit strings ("2.000 đồng" and "2,000 VND" are both "2000"; "02" is "2"; "15:00" is "15"). */
export function numbersOf(text: string): string[] {
  return (text.replace(/\b(\d{1,2}):00\b/g, "$1").match(/\d[\d.,]*\d|\d/g) ?? [])
    .flatMap((n) => (/^\d{1,3}(?:[.,]\d{3})+$/.test(n) ? [n.replace(/[.,]/g, "")] : n.split(/[.,]/)))
    .map((n) => n.replace(/^0+(?=\d)/, ""))
    .sort();
}

/** Whether a text meant to be English carries Vietnamese letters (accents, ă â đ ê ô ơ ư). */
export function hasVietnameseLetters(text: string): boolean {
  return /[\u0300-\u036f\u1EA0-\u1EF9ăâđêôơư]/iu.test(text.normalize("NFC"));
}

/** What is wrong with one fact's English rendering, for kb:check (English) and the console (Vietnamese). */
export type EnglishFactIssue = { kind: "numbers"; vi: string[]; en: string[] } | { kind: "marker" } | { kind: "vietnamese" };

export function englishFactIssues(fact: { text: string; text_en?: string }): EnglishFactIssue[] {
  if (fact.text_en === undefined) return [];
  const issues: EnglishFactIssue[] = [];
  const vi = numbersOf(fact.text);
  const en = numbersOf(fact.text_en);
  if (vi.join(" ") !== en.join(" ")) issues.push({ kind: "numbers", vi, en });
  if (/chưa xác nhận|not yet confirmed/i.test(fact.text_en)) issues.push({ kind: "marker" });
  if (hasVietnameseLetters(fact.text_en)) issues.push({ kind: "vietnamese" });
  return issues;
}

/** kb:check problems of one fact's English rendering ("" prefix-free messages; the caller names the fact). */
export function checkEnglishFact(fact: { text: string; text_en?: string }): string[] {
  return englishFactIssues(fact).map((i) =>
    i.kind === "numbers"
      ? `text_en must state exactly the numbers of text (text: ${i.vi.join(" ") || "none"}; text_en: ${i.en.join(" ") || "none"})`
      : i.kind === "marker"
        ? "text_en: do not type the unconfirmed marker; it is added from verified"
        : "text_en must be English (Vietnamese letters found)",
  );
}

/** A fact in English as a resident reads it, marker added when unconfirmed; undefined without a rendering. */
export function factTextEn(fact: { text_en?: string; verified: boolean }, confirmedByWard = false): string | undefined {
  const text = fact.text_en?.trim();
  if (!text) return undefined;
  if (fact.verified || confirmedByWard) return text;
  return text.endsWith(".") ? `${text.slice(0, -1)} ${UNVERIFIED_MARKER_EN}.` : `${text} ${UNVERIFIED_MARKER_EN}`;
}
