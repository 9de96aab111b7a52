import { isFunctionWord } from "./text-analysis";

/*
 * "Phường có tổ chức khám sức khỏe miễn phí cho người cao tuổi không?": an existence question
 * asks whether the ward offers a service. An entry answers it only when it describes that service
 * (more than half of the service's word pairs are in its text), not when it shares a word or two with it
 * ("sức khỏe" → the electronic health book). Otherwise the honest reply is a handoff.
 */

/** "phường (mình) có … không" (folded, analysed text) */
const existencePattern = /\bphuong (?:minh |ta )?co (.+?) (?:khong|hong)\b/;

/** a service named in fewer word pairs than this is too short to judge (e.g. "mất phí", "làm việc") */
const MIN_PAIRS = 3;
/** the entry must hold more than this share of the service's word pairs */
const MIN_SHARE = 0.5;

/** The service's content word pairs ("kham suc", "suc khoe"…), or undefined when the message asks no such question. */
export function serviceAsked(foldedText: string): string[] | undefined {
  const named = existencePattern.exec(foldedText)?.[1];
  if (!named) return undefined;
  const words = named.split(" ");
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (!isFunctionWord(words[i]!) && !isFunctionWord(words[i + 1]!)) pairs.push(`${words[i]} ${words[i + 1]}`);
  }
  return pairs.length >= MIN_PAIRS ? pairs : undefined;
}

/** Whether an entry's folded text (padded with spaces) describes the service asked. */
export function describesService(pairs: string[], entryText: string): boolean {
  const found = pairs.filter((pair) => entryText.includes(` ${pair} `)).length;
  return found > MIN_SHARE * pairs.length;
}
