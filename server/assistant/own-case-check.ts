/*
 * A resident asking staff to look at their own file ("hồ sơ sang tên sổ đỏ của tôi mã 123456 giờ đến bước nào rồi,
 * cán bộ xem giúp", "căn cước của tôi làm từ tháng 3 mà giờ vẫn chưa nhận được, anh chị check giúp", "hồ sơ của Nguyễn
 * Thị Lan nộp hôm thứ 2 xong chưa"): only a person with the ward's records can answer. The look-up entry explains how
 * a resident checks a file themselves ("tra ở đâu", "kiểm tra tiến độ thế nào" stay with it); asked to check one, the
 * honest reply is the handoff. A text pasted to be checked ("ad xem giúp: "…"") is the scam check's, never this.
 */

/** someone is asked to look (folded): "xem giúp", "kiểm tra hộ", "check giùm", "cán bộ kiểm tra xem" */
// ("hộ" only as "for me": "tra hồ sơ", "xem hồ sơ đến đâu" ask how to look it up)
const lookForMe = /\b(?:(?:kiem tra|check|xem|coi|tra) (?:giup|ho(?! so)|dum|gium)|can bo (?:kiem tra|xem|check|coi))\b/;
/** …where the resident's own file stands ("các cháu xem giúp" after a question is advice asked, not a file) */
const ownFile = /\b(?:da ky chua|xong chua|den buoc nao|den dau roi|toi dau roi|chua nhan duoc|van chua nhan)\b/;
/** …not how to check it themselves */
const howTo = /\b(?:o dau|the nao|lam sao|cach nao|ra sao|nhu the nao)\b/;
/** a pasted text or link (quotes, a colon before a long text, an address): the scam check reads it */
const pasted = /["“”«»]|:\s*\S.{30,}|https?:|www\.|\.(?:com|vn|net|link|info)\b/i;
/** "hồ sơ của Nguyễn Thị Lan": a file named by its holder (the text as written) */
const namedFile = /hồ sơ của\s+(?:\p{Lu}\p{Ll}*\s*){2,}|ho so cua\s+(?:\p{Lu}\p{Ll}*\s*){2,}/u;

/**
 * "hồ sơ cấp đổi sổ đỏ của tôi nộp tháng 9, tên Nguyễn Văn Ba": a file given by its holder's name and when it was filed,
 * with no question of how to do something, is handed over for staff to look up (session 12; the name after "tên" is no
 * longer a searched word, proper-names.ts, so it no longer pushes such a message into a handoff by itself)
 */
const holderNamed = /(?:hồ sơ|ho so)[ ,].{0,80}?\b(?:tên|ten|đứng tên|dung ten)\s+(?:\p{Lu}\p{Ll}*\s*){2,}/u;
const filedWhen = /\b(?:nop|gui|lam)(?: [a-z]+){0,2} (?:tu |tu hom |vao |hom |ngay |tuan |thang )?(?:thang|ngay|hom|tuan|thu (?:2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|\d{1,2}\/\d{1,2})\b/;
/** …and not how or what to do ("cần gì", "ở đâu") */
const whatNeeded = /\b(?:can (?:gi|nhung gi|giay to)|o dau|the nao|lam sao|bao nhieu|co (?:duoc|phai)|khong)\b/;

/** The message asks staff to check the resident's own file (see above). */
export function asksToCheckOwnFile(folded: string, text: string): boolean {
  const written = text.normalize("NFC");
  if (pasted.test(written)) return false;
  if (namedFile.test(written) && /\b(?:xong chua|chua|den dau|den buoc nao|the nao roi)\b/.test(folded)) return true;
  if (holderNamed.test(written) && filedWhen.test(folded) && !whatNeeded.test(folded)) return true;
  return lookForMe.test(folded) && ownFile.test(folded) && !howTo.test(folded);
}
