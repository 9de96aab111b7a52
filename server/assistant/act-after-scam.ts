import type { KnowledgeBase } from "../knowledge/knowledge-schema";
import type { ConversationMemory, ScoredEntry } from "./ask-result";
import type { ScamVerdict } from "./scam/check";
import { foldForScam } from "./scam/normalize";
import { tellsLossDone } from "./loss-after-scam";

/*
 * After a scam warning or a scam entry, the resident says they already did what the scammer asked:
 * "tôi cài rồi và nhập số tài khoản, giờ phải làm gì", "họ bắt chuyển 150 triệu để bảo lãnh, tôi
 * chuyển rồi", "em đưa mã rồi". Alone such a message names no scam (the scam is in the turns
 * before), so the scam check reads it as nothing; in the conversation it is a resident at risk, or
 * one who has lost money, and needs the immediate steps at once, at any hour (issue 10 §4).
 */

/** the resident's own act, done: "(tôi) (đã/lỡ/vừa) cài/chuyển/đưa mã … rồi", "tôi đã chuyển", "lỡ bấm vào link" */
const ownAct = String.raw`(cai|chuyen|ck|chuyen khoan|gui|doc|dua|nhap|bam|cung cap|tai|nop|dong|lam theo|quet)`;
const doneAct = new RegExp(
  String.raw`\b(toi|minh|em|tui|chau|con|bac|me toi|bo toi|ba toi|ong toi|nha toi)\b (da |lo |vua |trot |cung |moi )*${ownAct}\b.{0,50}\b(roi|xong)\b` +
    String.raw`|\b(da|lo|vua|trot) ${ownAct}\b` +
    String.raw`|^\s*${ownAct}\b.{0,30}\b(roi|xong)\b`,
);
/** money handed over ("chuyển", "ck", "nộp", "đóng" with the act done) */
const moneyAct = /\b(chuyen|ck|chuyen khoan|nop|dong)\b|\b(mat|bi tru|bi rut) (het |sach )?(tien|\d)/;
/** not done, or only feared or planned: "chưa chuyển", "nếu tôi cài rồi thì", "định chuyển", "không cài" */
const notDone = /\b(chua|khong|ko|k|dung|neu|khi|gia su|dinh|sap|se|muon|co nen|nen)\b (\S+ ){0,2}(da |lo |vua )?(cai|chuyen|ck|chuyen khoan|gui|doc|dua|nhap|bam|cung cap|tai|nop|dong|lam theo|quet)\b|^(neu|khi|gia su)\b/;
/** an official app or the ward's own desk is no scammer's ("tôi cài VNeID rồi", "nộp hồ sơ ở phường rồi") */
const officialTarget = /\b(vneid|vssid|ihanoi|etax|dich vu cong|ho so|can bo phuong|ubnd|mot cua)\b/;

/*
 * (session 23) "em lỡ nạp 5 triệu rồi, giờ làm gì", "giờ app không cho rút, nạp 300 triệu rồi", "lần thứ 3 nạp 30 triệu rồi
 * không rút được" after a task or investment scam turn: an amount put into the scheme, told done, and now lost — it cannot be
 * withdrawn, the resident asks what to do now, or the scheme demands more. That is a victim's turn (the money went to the
 * scammers). A deposit told as the bait working ("nạp 2 triệu lần đầu, được trả lại 2 triệu 2", "nạp thử 200k rút được
 * 260k") or told with nothing gone wrong ("con tôi đã nạp 2 triệu làm nhiệm vụ rồi") stays the scam's; a deposit asked for
 * or weighed ("họ bảo nạp 50 triệu", "có nên nạp không", "nếu nạp thì …") is no deposit done.
 */
const depositAmount = /\bnap (?:(?:them|tiep|tong cong|mat|het|vao|lan \S+|thu|nua) )*(?:\S+ ){0,2}?\d[\d.,]*\s*(?:trieu|tr|cu|ty|k|nghin|ngan)\b/;
/** said before the deposit: asked, planned, feared or not done ("họ bảo nạp", "định nạp", "chưa nạp", "nếu nạp") */
const depositNotDone = /\b(?:bao|bat|doi|can|phai|neu|khi|dinh|sap|chua|muon|se|nen|yeu cau|de|khong|ko|dung)\s+(?:\S+\s+)?$/;
const depositDone = /\b(?:lo|da|vua|trot)\s+(?:\S+\s+)?nap\b|\bnap\b.{0,40}\b(?:roi|r|xong)\b|\bnap\b.{0,40}\b(?:khong|ko|k|chua) (?:cho |the )?rut\b/;
/** the money is stuck or gone: "không rút được", "không cho rút", "giờ làm gì", "họ đòi nạp thêm" */
const depositLost = /\b(?:khong|ko|k|chua) (?:cho |the )?(?:rut|lay lai|lay ve)\b|\b(?:lam (?:gi|sao)|phai lam (?:gi|sao)|thi sao|sao bay gio|gio sao)\b|\b(?:doi|bat|bao|yeu cau) (?:\S+ ){0,2}nap (?:them|tiep|nua)\b/;
/** the bait working: money paid out ("rút được 260k", "được trả lại") */
const depositPaidOut = /(?<!\b(?:khong|ko|k|chua|the|cho) )\brut (?:ra |ve )?(?:duoc|dc)\b(?! (?:nua|lai))|\bduoc tra\b|\bnhan (?:lai|duoc|ve) \d/;

/** An amount put into the scheme, told done and now lost (folded text), in a scam conversation. */
export function depositLostAfterScam(folded: string): boolean {
  const m = depositAmount.exec(folded);
  if (!m || /^(?:neu|khi|gia su)\b/.test(folded) || depositNotDone.test(folded.slice(0, m.index))) return false;
  return depositDone.test(folded) && depositLost.test(folded) && !depositPaidOut.test(folded);
}

/** the scam the conversation was about last turn: the scam entry answered, or a warning's first scam entry offered */
export function conversationScam(memory: ConversationMemory): string | undefined {
  if (memory.entryId?.startsWith("ld-")) return memory.entryId;
  for (const c of memory.choices) if (c.action.do === "show" && c.action.entryId.startsWith("ld-")) return c.action.entryId;
  return undefined;
}

/**
 * "victim" (money handed over), "at_risk" (an app installed, a code or account number given), or
 * undefined: the act told is not done, not the resident's, or the conversation was not about a scam.
 */
export function actAfterScam(text: string, memory: ConversationMemory): "victim" | "at_risk" | undefined {
  if (text.length > 300 || !conversationScam(memory)) return undefined;
  const folded = foldForScam(text);
  // "giờ mất tiền rồi thì làm gì": a loss told as done is a victim's turn too (loss-after-scam.ts)
  if (tellsLossDone(folded) && !notDone.test(folded)) return "victim";
  // "em lỡ nạp 5 triệu rồi, giờ làm gì": money put into the scheme and lost
  if (depositLostAfterScam(folded)) return "victim";
  if (!doneAct.test(folded) || notDone.test(folded)) return undefined;
  if (officialTarget.test(folded) && !/\blink\b/.test(folded)) return undefined;
  return moneyAct.test(folded) ? "victim" : "at_risk";
}

/** The scam check's verdict, read in the conversation: an act done after a scam turn is a victim's or a resident at risk. */
export function withActAfterScam(verdict: ScamVerdict, text: string, memory: ConversationMemory): ScamVerdict {
  if (verdict.outcome === "victim") return verdict;
  const act = actAfterScam(text, memory);
  if (!act || (act === "at_risk" && verdict.outcome === "at_risk")) return verdict;
  return { ...verdict, outcome: act, isScam: false, score: 0, looksForwarded: false };
}

/**
 * The reply to an act told after a scam turn stays on that scam: its entry leads the reply's
 * entries (the victim's steps or the warning are the reply), so the next turn ("lần sau làm sao
 * biết") is still about it.
 */
export function ledByConversationScam<T extends { entries: ScoredEntry[] }>(reply: T, memory: ConversationMemory, kb: KnowledgeBase): T {
  const id = conversationScam(memory);
  const entry = id ? kb.entries.find((e) => e.id === id && e.status === "published") : undefined;
  if (!entry || reply.entries[0]?.id === entry.id || ownClearLead(reply.entries)) return reply;
  const entries = [{ id: entry.id, title: entry.title, score: 1 }, ...reply.entries.filter((e) => e.id !== entry.id)].slice(0, Math.max(2, reply.entries.length));
  return { ...reply, entries };
}

/** the message's own scam match is clear, not weak ("tôi đọc mã otp cho họ rồi" → the OTP entry): as the engine's weakScore/weakRatio */
function ownClearLead(entries: ScoredEntry[]): boolean {
  const [first, second] = entries;
  return !!first && first.score >= 0.25 && (!second || first.score >= 1.4 * second.score);
}
