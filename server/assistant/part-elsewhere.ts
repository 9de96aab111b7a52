/*
 * "xong rồi trả lệ phí thế nào" after "Đăng nhập Cổng Dịch vụ công": the part asked (the fee) is
 * one the previous entry does not have, and the message has words of its own ("trả": how to pay)
 * with which it alone prefers another entry (paying fees online). The previous entry could only say
 * "this entry has nothing on fees"; the other entry answers. Not when the message names no words
 * but the part ("lệ phí bao nhiêu": the previous entry's missing part is said), nor when the other
 * entry is a weak or close match, nor when a word names the previous title ("học phí" after a class).
 */

/** as the engine's weakScore / weakRatio: a match that is more than a look-alike */
const OWN_SCORE = 0.25;
const OWN_LEAD = 1.4;

export type PartElsewhere = {
  /** the fee asked plainly (strength 2): the one part that lies outside many procedures (paying is an entry of its own); other parts tried lost lines */
  partAsked: boolean;
  /** the previous entry has that part */
  previousHasPart: boolean;
  /** topic words besides the part's cue words */
  terms: number;
  /** a word of the message is in the previous entry's title ("học phí" after "Lớp học…": that class's fee) */
  namesPrevious: boolean;
  otherScore: number;
  previousScore: number;
};

/** The part asked is not the previous entry's, and the message alone finds another entry clearly. */
export function partAskedElsewhere(p: PartElsewhere): boolean {
  return p.partAsked && !p.previousHasPart && !p.namesPrevious && p.terms >= 1 && p.otherScore >= OWN_SCORE && p.otherScore >= OWN_LEAD * p.previousScore;
}
