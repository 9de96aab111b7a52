/*
 * "còn hợp đồng mua bán nhà thì chứng ở phường được không" after "Chứng thực bản sao", "thế hộ khẩu cũ ở
 * quê thì xóa đăng ký thường trú ở đó thế nào" after "Đăng ký thường trú": a turn that opens by setting
 * a thing against what was just discussed ("còn X thì …", "thế X thì …") brings X as its subject. When X
 * names another entry's subject (other-subject.ts), that entry answers as soon as the message alone
 * prefers it — the opener is the reason a plain lead over the previous entry is enough, where a turn
 * without it needs a clear lead (FOLLOWUP.otherLead). "còn lệ phí thì sao", "thế người già thì sao"
 * name no other subject and stay follow-ups.
 */

/** the other entry must score at least this many times the previous one on the message alone */
export const CONTRAST_LEAD = 1.1;
/** …and have at least this share of the message's topic words in its core ("thế vssid thì cài thế nào": the app entry's core lacks "cài") */
export const CONTRAST_CORE = 0.5;

/**
 * "còn …", "thế còn …", "vậy …" opening the message, with "thì" later (the contrast construction "còn X thì Y").
 * Typed without accents "con" is also "con" (a child: "con tôi 5 tuổi thì sao"), so unaccented it counts only after
 * "thế"/"vậy"; "thế"/"vậy" alone open many follow-ups, which the other entry's named subject then tells apart.
 */
const accented = /^\s*(?:(?:thế|vậy|nhưng|mà)\s+)*(?:còn|thế|vậy)\s+\S.*\sthì\s/u;
const plain = /^\s*(?:the|vay)(?:\s+con)?\s+\S.*\sthi\s/;

export function contrastOpener(text: string): boolean {
  const lower = text.normalize("NFC").toLowerCase();
  return accented.test(lower) || plain.test(lower);
}
