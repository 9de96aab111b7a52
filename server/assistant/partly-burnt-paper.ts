/*
 * "sổ đỏ nhà tôi bị cháy mất một nửa", "căn cước cháy xém một góc": a paper that fire damaged in part
 * is told afterwards, to have it reissued, as a paper burnt in a past fire is (safety.ts,
 * burntPaperPattern with pastFirePattern); the paper survived, so nothing burns now. A fire burning
 * now ("đang cháy", "lửa vẫn chưa tắt") still gets the emergency numbers first (presentFirePattern).
 */
const partlyBurnt = /\b(?:(?:chay|mat|hong) (?:mat )?(?:mot|1|nua|mat nua) ?(?:nua|goc|phan|manh|mep|it|chut)?|chay (?:xem|sem|nham|o|loang|mep|goc)|(?:xem|sem) (?:mot|1|mep|goc|canh))\b/;

/** Whether the message (folded) tells part of a burnt thing gone or scorched, not all of it. */
export function tellsPartlyBurnt(folded: string): boolean {
  return partlyBurnt.test(folded);
}
