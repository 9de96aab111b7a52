/*
 * A phone number or Zalo of one person ("cho tôi số điện thoại của bác tổ trưởng dân phố số 5", "xin sđt cá nhân của
 * chị Hương bên địa chính", "số điện thoại riêng của anh ấy", "số thợ sửa điều hòa"): no entry and no ward profile field
 * holds a person's own number, yet the words ("số", "điện thoại", "tổ", "dân phố") look like the entries that give
 * the ward's hotline or that mention the neighbourhood leader (iHanoi's help). The honest reply is the handoff:
 * staff know whom to put the resident in touch with. The ward's own numbers ("sđt phường", "số điện thoại bộ phận
 * một cửa", "số công an phường") name an office, not a person, and stay with the contacts entry.
 * The same for another office's number asked outright ("số điện thoại thanh tra xây dựng là gì"): the ward profile holds
 * the ward's, the police's and the digital team's numbers, the entries the emergency and bank lines, nothing else.
 */

/** a number asked for: the phone word, then (within a few words) what it belongs to (folded; "sđt" reads "so dien thoai") */
const phoneWord = /\b(?:so dien thoai|so dt|so may|dien thoai|so zalo|zalo)\b/;

/**
 * marks of one person (folded): their own number, a neighbourhood or unit leader, a craftsman hired, a ward leader or an
 * officer named by their post ("số điện thoại của chủ tịch phường", "zalo cán bộ địa chính": session 15)
 */
const personMark =
  /\b(?:so dien thoai|so dt|so may|dien thoai|so zalo|zalo) (?:(?:rieng|ca nhan)\b|(?:[a-z]+ ){0,3}(?:to truong|to pho|truong thon|truong khu|truong ban|bi thu chi bo|canh sat khu vuc|cong an khu vuc|tho (?:sua|dien|nuoc|xay|khoa|moc|son)|(?:pho )?chu tich\b|bi thu (?:dang uy|phuong)|can bo (?:tu phap|dia chinh|ho tich|van hoa|lao dong|xay dung|moi truong|thu ly|phu trach)))|\b(?:to truong|to pho|truong thon|truong khu)\b(?: [a-z0-9]+){0,6} (?:so dien thoai|so dt|dien thoai|so zalo|zalo)\b/;

/** "anh Hưng", "chị Hương", "bác Tâm": a kinship word used as a title, then a capitalised name (the text as written) */
const titledName = /(?:^|[\s,.:;(])(?:anh|chị|chú|bác|cô|ông|bà|cậu|dì)\s+(?!Ơi\b|Ấy\b)\p{Lu}\p{Ll}*/u;

/** "số điện thoại X là gì / bao nhiêu": X, the holder asked about (folded) */
const holderAsked = /\b(?:so dien thoai|so dt|dien thoai|so zalo|so hotline|hotline|duong day nong) (?:cua )?(?<h>[a-z]+(?: [a-z0-9]+){0,4}?) (?:la gi|la bao nhieu|bao nhieu|bn|la so nao|la so may|so may)\b/;
/** holders whose numbers the assistant has (the ward's offices, the emergency and bank lines), or a word pointing back */
const knownHolder = /^(?:phuong|ubnd|uy ban|bo phan|mot cua|cong an|to cong nghe|tong dai|ngan hang|cap cuu|cuu hoa|cuu nan|tro ly|ad|admin|nay|do|ay|ho|no|moi|cu|lien he)\b/;

/**
 * an office of the ward named anywhere in the holder ("đường dây nóng của phường", "trụ sở phường", "trực ban công an
 * phường", "văn phòng" alone): the ward's own number, which the contacts entry gives
 */
const wardOffice = /\b(?:phuong|ubnd|uy ban|mot cua|cong an|to cong nghe|duong day nong|tru so|truc ban|tiep dan|hanh chinh cong)\b|^van phong$/;
/** a name called out to ("chị Hà ơi cho em xin…"): the one addressed, not the holder of the number */
const vocative = /(?:anh|chị|chú|bác|cô|ông|bà|cậu|dì)\s+\p{Lu}\p{Ll}*\s*,?\s*(?:ơi|oi)\b/gu;

/** The message asks for one person's own number (see above): `folded` as foldedText reads it, `text` as written. */
export function asksPersonalContact(folded: string, text: string): boolean {
  const phone = phoneWord.exec(folded);
  if (!phone) return false;
  if (personMark.test(folded)) return true;
  // a name counts only when no office of the ward is named after the phone word ("số điện thoại phường" wins over a
  // name said in passing)
  const afterPhone = folded.slice(phone.index + phone[0].length).replace(/\b(?:la gi|la bao nhieu|bao nhieu|bn|la so nao|la so may|so may)\b.*/, "");
  if (titledName.test(text.normalize("NFC").replace(vocative, " ")) && !wardOffice.test(afterPhone)) return true;
  const holder = holderAsked.exec(folded)?.groups?.h;
  return !!holder && !knownHolder.test(holder) && !wardOffice.test(holder);
}
