/*
 * "thế nộp ở phường luôn hả" after late birth registration, "nộp hồ sơ ở phường à" after sổ đỏ, "có phải đăng
 * ký trước không" after the citizens' reception: a follow-up whose topic words are all words found in most
 * entries ("nộp", "hồ sơ", "phường", "đăng ký", "công an") names no subject of its own. On such words alone
 * retrieval ranks whichever entry happens to repeat them (the green lane's time limits, social allowances),
 * and the switch rules took that as a new topic. Asked as a question of the previous turn (yes/no, a part,
 * or a follow-up cue), it is asked of the previous entry — unless the words are exactly another entry's
 * title and not the previous one's ("nộp hồ sơ trực tuyến" is a subject of its own).
 */
import { COMMON_WORD_IDF } from "./part-asked";

/** more words than this say something of their own, however common each is */
export const GENERIC_MAX_TERMS = 4;

/** Every topic word is common (1 to GENERIC_MAX_TERMS of them). */
export function genericWordsOnly(terms: string[], idf: (word: string) => number): boolean {
  return terms.length > 0 && terms.length <= GENERIC_MAX_TERMS && terms.every((t) => idf(t) < COMMON_WORD_IDF);
}

/** "… ở phường à", "… luôn hả", "… được chứ": a sentence-final question particle makes a statement a question (folded text) */
const finalParticle = /\b(?:a|ha|ho|nhi|chu|khong|ko|k|chua)\s*[?.!]*\s*$/;

export function endsAsQuestion(folded: string): boolean {
  return finalParticle.test(folded);
}
