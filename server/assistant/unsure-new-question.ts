/*
 * "mua bhyt tự nguyện cho mẹ" after "Cài VssID", "khai báo tạm trú cho khách người Hàn Quốc thì làm trên
 * trang nào" after "Khai báo lưu trú": a new question of its own, not a follow-up (no follow-up cue), that
 * retrieval is not confident about — another entry leads the previous one only a little on the message
 * alone — so no switch rule fires and the turn went on with the previous entry, which has some of its
 * words. When that other entry's core (title, questions, keywords, summary) holds clearly more of the
 * turn's topic words than the previous entry's, and the turn names a word of its title head that the
 * previous title lacks, both readings are plausible: a short question between the two (with "0. Gặp cán
 * bộ") instead of a confident answer from the previous entry. The title word must be informative (idf ≥ COMMON_WORD_IDF):
 * "qua" of "kết quả" folds like "quá" of "quá hạn", and such a word names no subject.
 */

/** the other entry's core must hold at least this much more of the topic words than the previous entry's */
export const UNSURE_CORE_MARGIN = 0.15;
/** …and at least this share of them */
export const UNSURE_CORE = 0.65;

export function asksUnsureNewQuestion(o: { followupCue: boolean; otherScore: number; previousScore: number; otherCore: number; previousCore: number; namesOther: boolean }): boolean {
  return !o.followupCue && o.namesOther && o.otherScore > o.previousScore && o.otherCore >= UNSURE_CORE && o.otherCore >= o.previousCore + UNSURE_CORE_MARGIN;
}

/**
 * "còn hộ khẩu cũ ở quê thì có phải tự xóa không" after "Đăng ký thường trú": a contrast opener ("còn …", "thế còn …")
 * naming an informative title word of another entry that the previous title lacks ("xóa"), while retrieval ties the two
 * (the previous core mentions the other subject in passing): the opener says another matter is raised, the tie says
 * it may not be: ask which rather than answer the previous entry confidently.
 */
export function asksContrastTie(o: { contrast: boolean; otherScore: number; previousScore: number; otherCore: number; namesOther: boolean }): boolean {
  return o.contrast && o.namesOther && o.otherScore >= o.previousScore && o.otherCore >= UNSURE_CORE;
}
