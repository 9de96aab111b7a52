/*
 * "vậy giờ mất tiền rồi thì phải làm gì", "con tôi mất tám triệu rồi", "bị lừa mất hết tiền rồi" after a scam
 * turn: the money is gone — told as a loss, not as the resident's own act ("tôi chuyển rồi", act-after-scam.ts).
 * That is a victim's turn: the immediate steps (lock the account through the bank, 113, keep the evidence).
 * A loss only feared or supposed ("nếu mất tiền rồi thì", "sợ mất tiền", "có mất tiền không") is not one:
 * act-after-scam.ts's notDone guard reads "nếu …", and a question whether money would be lost has no "rồi".
 * Nor a loss followed by a new demand or offer ("… rồi, giờ có bên nhận lấy lại tiền đòi phí trước"): that is the next scam.
 * Folded text (foldForScam): no accents, lowercase.
 */
const lossDone = /\b(?:bi |da |vua )?(?:lua )?mat (?:het |sach |luon )?(?:tien|\d[\d.,]*\s*(?:k|tr|trieu|nghin|ngan|dong|d)?|(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|vai|may|tram)\b[a-z ]{0,20}?\b(?:trieu|nghin|ngan|tram))\b.{0,30}\broi\b/;
const feared = /\b(?:so|lo|neu|co khi|co the|lieu|khong biet co)\s+(?:\S+\s+){0,2}mat\b/;
/** …and then a new demand or offer told ("giờ có bên nhận lấy lại tiền đòi phí trước", "họ bảo nạp thêm"): that scam's turn */
const newDemand = /\b(?:co (?:ben|nguoi|dich vu|cong ty|nhom)|ho (?:bao|doi|yeu cau|goi|nhan)|doi phi|(?:bao|bat) (?:nop|chuyen|dong|nap))\b/;

/** A loss of money told as done ("mất tiền rồi", "mất 8 triệu rồi"), in folded text. */
export function tellsLossDone(folded: string): boolean {
  return lossDone.test(folded) && !feared.test(folded) && !newDemand.test(folded);
}
