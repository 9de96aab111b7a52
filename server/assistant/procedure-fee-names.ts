import type { KnowledgeEntry, Procedure } from "../knowledge/knowledge-schema";
import { foldedText } from "./text-analysis";

/*
 * "bố mẹ cho con đất thì sang tên có phải nộp thuế thu nhập cá nhân không", "bán nhà thì thuế thu nhập cá nhân ai chịu":
 * a subject the assistant hands off as off-topic (lexicon.ts: personal income tax; session 15, tuning-s13) which the top
 * entry's own procedure lists as a cost of it, in its fee part (the land transfer's: "Thuế thu nhập cá nhân, lệ phí trước
 * bạ …"). Asked of that procedure, it is that procedure's fee, which the entry answers; asked alone ("quyết toán thuế thu
 * nhập cá nhân"), no such entry leads and the handoff stands. Only the fee text of the procedures the entry is about,
 * read once per entry (the off-topic check runs on every turn, but this only when it found a subject), and only when the
 * message, the phrase set aside, names the entry's subject too: two adjacent words of its title ("sang tên", "sổ đỏ"),
 * not common ones. The business households' tax lists the income tax as theirs, but "khai thuế thu nhập cá nhân cho
 * người làm tự do" names no household business.
 */

const feeTextOf = new WeakMap<KnowledgeEntry, string>();

const titlePairsOf = new WeakMap<KnowledgeEntry, string[]>();
/** words too common to name a subject in a pair ("làm", "đăng ký", "cho") */
const common = new Set("lam dang ky xin giay cap cho nguoi cua khi va o khong con the nao de thu tuc lai doi lan dau".split(" "));

/** Adjacent pairs of the entry's title words, not both common. */
export function titlePairs(entry: KnowledgeEntry): string[] {
  let pairs = titlePairsOf.get(entry);
  if (!pairs) {
    const words = foldedText(entry.title).split(/[^a-z0-9]+/).filter(Boolean);
    pairs = words.slice(1).map((w, i) => [words[i]!, w]).filter(([a, b]) => !(common.has(a!) && common.has(b!))).map(([a, b]) => ` ${a} ${b} `);
    titlePairsOf.set(entry, pairs);
  }
  return pairs;
}

/** Whether a procedure of `entry` lists `phrase` (folded) in its fee part, and the rest of `folded` names the entry's title. */
export function procedureFeeNames(phrase: string, entry: KnowledgeEntry, procedures: ReadonlyMap<string, Procedure>, folded: string): boolean {
  let fee = feeTextOf.get(entry);
  if (fee === undefined) {
    fee = foldedText((entry.procedures ?? []).map((id) => procedures.get(id)?.fee?.text ?? "").join(" | "));
    feeTextOf.set(entry, fee);
  }
  if (!fee.includes(phrase)) return false;
  const rest = ` ${folded.replace(phrase, " | ").replace(/[^a-z0-9|]+/g, " ")} `;
  return titlePairs(entry).some((p) => rest.includes(p));
}
