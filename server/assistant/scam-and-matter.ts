import { uncoveredMatterIn } from "./uncovered-matters";

/*
 * After a scam warning or a scam entry, the engine reads the next message as about that scam ("báo ai", "gọi ai" → where
 * to report it). "Nhà tôi mất điện thật từ tối qua, gọi ai" after a fake power bill is no longer about the scam: the
 * resident tells a real power cut, a matter no entry covers (uncovered-matters.ts, whose phrases leave out a text, a
 * call, a link or a threat), and it is handed off like the same message alone (session 13). Jobs and hired services are
 * the job scams' bait and stay with the scam ("tôi đang tìm việc thì thấy tin này").
 */
export function leavesScamForMatter(folded: string, text: string): boolean {
  const matter = uncoveredMatterIn(folded, text);
  return !!matter && !matter.bait;
}
