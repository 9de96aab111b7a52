import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { strongFacetsIn } from "./facet-cues";
import { foldedTitle } from "./folded-title";

/*
 * (session 30) "có ai gọi hỏi mã otp thì có được đọc không" after the safe cashless payments, "mua bhyt tự nguyện cho
 * mẹ" after VssID, "Thế còn chế độ của bố tôi thì sao, bố là thương binh, nhà có được tiền mai táng không?" after the
 * death registration: a later turn whose words the previous entry has, while the message clearly prefers another entry
 * whose title it names. The follow-up rules ask which ("tiếp mục trước … hay mục … mà tin nhắn nêu tên"); over every
 * tuning conversation set, 9 of the 15 such turns meant the entry named, 5 the previous one, 1 neither. What told them
 * apart: the message asked as a first question (no conversation) is answered by retrieval from the entry named — the
 * resident asked a question of its own. The named entry answers then, unless:
 * - the message is not a question ("tiền đã trừ trong tài khoản rồi" after the online payment: a circumstance of the
 *   previous matter, that alone reads as a victim's story);
 * - the named entry's title itself asks the part the message asks ("phường giải quyết trong bao lâu" after the land
 *   mediation names "Thủ tục làn xanh giải quyết trong bao lâu" only by the part: the part asked of the matter at hand);
 * - the first-question reading came from the learned classifier's pick (it never learned later turns: "còn tạm trú cũ ở
 *   chỗ trọ trước thì có phải làm gì không" after thường trú asks to remove the old registration, not to register).
 * Otherwise the clarify stands (a clarify is a miss, never a confident wrong answer).
 */

export type AloneReading = { kind: string; entryId: string | undefined; followup: boolean; learned: boolean };

/** Whether a named close call is settled for the other entry by the message's first-question reading. */
export function namedCloseCallSettled(o: { other: KnowledgeEntry; alone: AloneReading; questionShaped: boolean; folded: string }): boolean {
  if (o.alone.kind !== "answer" || o.alone.entryId !== o.other.id || o.alone.followup || o.alone.learned || !o.questionShaped) return false;
  const asked = strongFacetsIn(o.folded);
  return !strongFacetsIn(foldedTitle(o.other)).some((f) => asked.includes(f));
}
