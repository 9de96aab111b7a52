import type { KnowledgeEntry, Procedure } from "../knowledge/knowledge-schema";
import { foldedText } from "./text-analysis";

/*
 * "bố mẹ cho con đất thì sang tên có phải nộp thuế thu nhập cá nhân không", "bán nhà thì thuế thu nhập cá nhân ai chịu":
 * a subject the assistant hands off as off-topic (lexicon.ts: personal income tax; session 15, tuning-s13) which the top
 * entry's own procedure lists as a cost of it, in its fee part (the land transfer's: "Thuế thu nhập cá nhân, lệ phí trước
 * bạ …"). Asked of that procedure, it is that procedure's fee, which the entry answers; asked alone ("quyết toán thuế thu
 * nhập cá nhân"), no such entry leads and the handoff stands. Only the fee text of the procedures the entry is about,
 * read once per entry (the off-topic check runs on every turn, but this only when it found a subject).
 */

const feeTextOf = new WeakMap<KnowledgeEntry, string>();

/** Whether a procedure of `entry` lists `phrase` (folded) in its fee part. */
export function procedureFeeNames(phrase: string, entry: KnowledgeEntry, procedures: ReadonlyMap<string, Procedure>): boolean {
  let fee = feeTextOf.get(entry);
  if (fee === undefined) {
    fee = foldedText((entry.procedures ?? []).map((id) => procedures.get(id)?.fee?.text ?? "").join(" | "));
    feeTextOf.set(entry, fee);
  }
  return fee.includes(phrase);
}
