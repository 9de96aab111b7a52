/*
 * "sao lại thế được", "thật à", "sao lại vậy", "vì sao thế" right after an answer (tuning4 and tuning10 after the fake
 * BTS station, session 17): the resident reacts to what was just said — how can that be, really? — and asks nothing
 * new. The message has no topic, but its adverbs were read as topic words ("lại" of "cấp lại", "đăng ký lại"; "thật";
 * "vì"), and the few entries sharing them were offered or it was handed off. A message made only of such words with a
 * why / really marker, after an answer, is about that answer: the previous entry answers again (its summary explains
 * the matter). Anything with a word of its own ("sao lại phải nộp lệ phí") is read as before.
 */
/** every word of a reaction: why / how come / really markers, demonstratives, particles */
const reactionWords = new Set(["sao", "lai", "the", "vay", "duoc", "that", "vi", "tai", "a", "u", "ha", "ak", "ah", "nhi", "ay", "phai", "co", "khong", "ko", "k", "hong", "chu", "nhu", "nao"]);
/** what makes it a reaction: asking why / how come, or whether it is really so */
const reactionMarker = /\b(?:sao lai|vi sao|tai sao|that)\b/;

/** Whether a message (folded, as typed) only reacts to the answer before it. */
export function reactsToAnswer(folded: string): boolean {
  const words = folded.replace(/[?!.,…]+/g, " ").split(/\s+/).filter(Boolean);
  return words.length >= 2 && words.length <= 6 && reactionMarker.test(folded) && words.every((w) => reactionWords.has(w));
}
