/*
 * A later turn the rules answered from the conversation's entry (sticky memory), though the turn model reads it as
 * a question standing on its own and the message alone would be handed off: "Tôi muốn biết đơn khiếu nại tôi gửi tháng
 * trước ông chủ tịch đã đọc chưa" after the citizen-reception schedule, "mà nhà tôi tháng này hóa đơn điện 4 triệu thật,
 * tôi muốn khiếu nại điện lực" after the fake power bill, "đăng ký xe máy bây giờ làm ở đâu" after the merged ward.
 * The previous entry holds some of its words in passing (a follow-up rule took them as a part or a case of it), but
 * nothing in the message leans on it, and read as a first message nothing covers it: it is handed off as it would be
 * alone, not answered with a confident look-alike. (Session 22, tuning conversations: of the turns the rules carried
 * whose message alone is handed off, those the turn model reads below the switch limit were 6 hand-offs, 17 other
 * entries' questions and 1 follow-up of the previous entry.) A follow-up the model is unsure of stays with the rules.
 * The limit, 0.3, is below the switch's 0.5: held out by writer set (bench/learned-turns-loso.ts, turn model and classifier
 * trained without the set) 0.5 took confident wrong answers 188 → 167 but top-1 93.0 → 92.5% (follow-ups handed off),
 * 0.3 took them 188 → 169 at 93.0 → 92.7%.
 */

export type CarriedTurn = {
  /** the rules answered with the conversation's previous entry */
  carried: boolean;
  /** the turn model's follow-up probability for the message */
  followupP: number;
  /** below this the turn model reads the message as standing on its own (TURN_THRESHOLDS.aloneFollowup) */
  standsAloneBelow: number;
};

/** Whether to ask how the message alone would be answered (a hand-off there hands this turn off too). */
export function mayStandAlone(t: CarriedTurn): boolean {
  return t.carried && t.followupP < t.standsAloneBelow;
}
