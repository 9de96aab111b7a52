/*
 * "có ai đến nhà giúp không, tôi 75 tuổi rồi" after VNeID's troubles, "tôi không biết làm, có ai làm giúp không"
 * after filing online: in a conversation, a request for someone to help is a matter of its own — the entry about
 * help at home, or about someone doing the paperwork with the resident — not more of the procedure just answered
 * (whose text may well say "hỗ trợ"), nor a person's condition ("tôi 75 tuổi") asked of it.
 *
 * The two entries are found by their titles: help "tại nhà"/"tận nhà", and "ai giúp" (who helps file).
 */
import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedTitle, onlyEntry } from "./folded-title";

/** someone coming to the home ("đến nhà", "xuống tận nhà") to help ("giúp", "hỗ trợ", "cài giúp"); not to do the procedure's
 *  own work there ("có ai đến nhà đánh giá không" after the disability assessment is that entry's case) (folded, as typed) */
const homeVisit =
  /\b(?:ai|nguoi|can bo|to|phuong)\b(?:\s+\S+){0,4}?\s+(?:den|toi|xuong|qua|sang|ve)\s+(?:tan\s+)?nha(?!\s+(?:van hoa|tro|nuoc|may|tho|hang|rieng|o)\b)(?:\s+(?:cai|lam|day|chi))?\s+(?:giup|ho|ho tro|huong dan|dum|day|chi)\b/;
/** someone doing it with or for the resident: "có ai làm giúp không", "nhờ ai nộp hộ", "ai hướng dẫn giúp tôi" */
const doneForMe =
  /\b(?:co\s+)?(?:ai|nguoi nao|can bo nao)\s+(?:lam|nop|khai|dang ky|cai|dien|huong dan)\s+(?:giup|ho|dum|thay)\b|\bnho\s+(?:ai|nguoi|can bo)\s+(?:lam|nop|khai|cai|dien)\s+(?:giup|ho|dum|thay)\b|\bco\s+(?:nguoi|can bo)\s+(?:lam|nop|khai|dien)\s+(?:giup|ho|dum|thay)\b/;
/** "tôi già rồi không biết dùng, ai giúp được không": someone to help, with the resident saying they cannot do it alone */
const helpAsked = /\b(?:co\s+)?(?:ai|nguoi nao|can bo nao)\s+(?:giup|ho tro)(?:\s+(?:duoc|dc|toi|em|minh|chau|bac|voi|dum))*\s+(?:khong|ko|k|hong)\b/;
const cannotAlone = /\b(?:khong|ko|k|chua)\s+(?:biet|ranh|tu)\s+(?:dung|lam|nop|cai|khai|di)\b|\bkho qua\b/;
/** "có ai đến tận nhà không": coming all the way home is the help itself */
const toTheHome = /\b(?:ai|nguoi|can bo)\b(?:\s+\S+){0,2}?\s+(?:den|xuong|toi)\s+tan\s+nha\s+(?:khong|ko|k|hong|duoc khong|dc khong)\b/;

const titleOf = (e: KnowledgeEntry) => foldedTitle(e);
const helpsAtHome = (e: KnowledgeEntry) => /\b(?:tai|tan) nha\b/.test(titleOf(e)) && /\b(?:ho tro|giup)\b/.test(titleOf(e));
const helpsFile = (e: KnowledgeEntry) => /\bai giup\b/.test(titleOf(e));

/**
 * The help entry this follow-up asks for (`plain`: the message folded as typed; `entries`: those that apply, asked only on a match), or undefined. Not after a scam entry
 * ("có ai giúp lấy lại tiền không" is the scam's matter), and not when the previous entry is that help already.
 */
export function helpEntryAsked(plain: string, previous: KnowledgeEntry, entries: () => readonly KnowledgeEntry[]): KnowledgeEntry | undefined {
  if (previous.category === "lua-dao") return undefined;
  const wanted = homeVisit.test(plain) || toTheHome.test(plain) ? helpsAtHome : doneForMe.test(plain) ? helpsFile : helpAsked.test(plain) && cannotAlone.test(plain) ? helpsFile : undefined;
  if (!wanted || wanted(previous) || (helpsAtHome(previous) && wanted === helpsFile && !doneForMe.test(plain))) return undefined;
  return onlyEntry(entries(), wanted);
}
