/*
 * A later turn the rules carried on the conversation's entry (sticky memory), whose message, read as if it came first,
 * is another entry's question: "ủy ban phường ở chỗ nào, mấy giờ mở cửa" after certified copies, "tôi muốn báo cái cột
 * điện đầu ngõ sắp đổ" after the iHanoi app. The follow-up rules took it as a part or
 * a case of the previous entry because that entry's text holds some of its words in passing; read alone, the search does
 * not find the previous entry (or finds it far behind), the engine answers another entry and the answer classifier is
 * sure of that same entry and not of the previous one. Three readings of the message alone agree, and nothing in the
 * message leans on the previous turn (no follow-up cue such as "thế", "còn", "thì sao", "cái đó"; no words pointing back,
 * "cũng vậy", "trong đó"; not a part of the previous entry asked in common words or in words its text holds, "mất bao
 * lâu"; not the previous step told done, "làm xong thì mấy ngày có kết quả"): the turn is answered as it would be alone.
 *
 * This generalises standalone-uncovered.ts (alone handed off → handed off) to "alone answered elsewhere → answered
 * there", without the turn model's follow-up probability: held out (session 24) the carried turns that should have
 * switched were read by it as follow-ups (0.6–0.8) as often as the true follow-ups, while the search's view of the
 * previous entry separates them. The limits are TURN_THRESHOLDS.elsewhereP / elsewhereOwnP / elsewhereShare (elsewhereP −1
 * turns it off), checked with the classifier and turn model trained without each writer set (notes of session 24): the
 * share is what keeps it narrow (0.5 broke five turns the rules carry on purpose).
 */

/**
 * Words that point back at what was just said ("cũng vậy à", "có trong đó không", "phản ánh trên đó được không", "như
 * thế thì sao"): the message leans on the previous turn however it reads alone. Folded text; phrases, not the bare
 * "do"/"nay"/"vay" that fold together with content words ("sắp đổ", "vay tiền").
 */
const pointsBack = /\b(?:cung (?:vay|the|the a|vay a)|nhu (?:vay|the)|(?:trong|tren|o|cho|ben|voi) (?:do|day|ay)|(?:cai|viec|thu tuc|giay|muc|app|ung dung|trang|danh sach) (?:do|day|ay|nay|tren))\b/;

/** Whether the folded message points back at the previous turn (see pointsBack). */
export function pointsBackTo(folded: string): boolean {
  return pointsBack.test(folded);
}

export type AloneElsewhere = {
  /** the rules answered with the conversation's previous entry */
  carried: boolean;
  /** the message leans on the previous turn: a follow-up cue, or a part of the previous entry asked in common words only */
  leansOnPrevious: boolean;
  /** the classifier's first entry for the message alone (not the previous one, not a hand-off), its probability, and the previous entry's */
  otherP: number;
  previousP: number;
  /** the search of the message alone: the previous entry's score (0 when not ranked) and the first entry's */
  previousScore: number;
  topScore: number;
};

export type ElsewhereLimits = { elsewhereP: number; elsewhereShare: number; elsewhereOwnP: number };

/** Whether the cheap readings allow it (then the engine's answer to the message alone must be that same entry). */
export function mayStandElsewhere(t: AloneElsewhere, l: ElsewhereLimits): boolean {
  if (l.elsewhereP < 0 || !t.carried || t.leansOnPrevious) return false;
  if (t.otherP < l.elsewhereP || t.previousP >= l.elsewhereOwnP) return false;
  return t.topScore > 0 && t.previousScore <= l.elsewhereShare * t.topScore;
}
