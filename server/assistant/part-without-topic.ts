import type { FacetKey } from "../knowledge/entry-facets";

/*
 * A part asked with no topic and nothing to lean on: "lệ phí bao nhiêu", "mất bao lâu", "làm
 * online được không" as a first message, or after the conversation's memory expired. Read alone
 * these words match whichever entry talks most of fees or durations (paying fees online, the
 * green lane's durations): a confident wrong answer. The resident is asked which procedure
 * instead; the next message's topic is then answered at that part.
 */

/** How the question back names the part asked (lowercase, after "hỏi"). */
const partWords: Record<FacetKey, string> = {
  steps: "cách làm",
  where: "nơi làm",
  documents: "giấy tờ cần mang",
  fee: "lệ phí",
  time: "thời gian giải quyết",
  online: "cách làm trực tuyến",
  who: "nơi giải quyết",
  special: "trường hợp riêng",
};

/** The question back: which procedure the part is asked of. */
export function whichProcedureBody(facet: FacetKey): string {
  return `Dạ, ông/bà hỏi ${partWords[facet]} của thủ tục nào ạ? Ông/bà nhắn tên thủ tục (ví dụ: khai sinh, tạm trú, kết hôn), trợ lý sẽ trả lời đúng phần đó.`;
}

/** (session 20) A part asked again over entries already offered as numbered choices: which of them, by number (no examples of other procedures). */
export function whichOfferedBody(facet: FacetKey): string {
  return `Dạ, ông/bà hỏi ${partWords[facet]} của mục nào dưới đây ạ? Ông/bà nhắn số giúp tôi.`;
}

/** Words that only restate the part ("hết bao nhiêu tiền": "tiền" is the fee itself, not a topic). */
const partOwnWords: Partial<Record<FacetKey, Set<string>>> = {
  fee: new Set(["tien", "phi", "le", "gia"]),
  time: new Set(["ngay", "thoi", "gian", "lau"]),
  documents: new Set(["giay", "to", "ho", "so"]),
};

/** Whether the message's topic words (folded) are none, or only words of the part asked itself. */
export function onlyPartWords(facet: FacetKey, terms: string[]): boolean {
  const own = partOwnWords[facet];
  return terms.every((t) => own?.has(t));
}
