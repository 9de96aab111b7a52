/*
 * Words as voice-to-text writes them. Dictation never misspells, it hears: an app's or a form's name
 * comes out split or spelt as heard ("vn id", "vnid", "v neid" for VNeID; "vss id"; "ct 07"), and
 * "căn cước" is heard as the everyday word "căn cứ" ("thẻ căn cứ của tôi bị gãy", "làm căn cứ cho
 * con"). Unread, the name is two unknown words and "căn cứ" (grounds, basis) matches no identity card,
 * so a plain question fell under the coverage line. The message is read with the names the entries
 * use before anything reads it (as telex-message.ts does for raw Telex).
 *
 * "căn cứ" is read as the card only beside a word of the card: after thẻ / làm / cấp / đổi / mất /
 * chip, or before công dân / gắn chip / bị / hết hạn / cũ / mới / điện tử. "căn cứ vào", "có căn
 * cứ", "căn cứ pháp lý", "căn cứ để sửa" stay as they are.
 *
 * Punctuation said aloud and written out as words ("làm căn cước mất bao lâu dấu chấm hỏi", "chấm than") is the mark
 * itself; only the names no sentence uses otherwise ("dấu chấm hỏi", "hỏi chấm", "chấm than", "dấu phẩy"), never
 * "phẩy" alone ("2 phẩy 5") nor "dấu hỏi" (the tone mark a name correction asks about).
 */
const CHEAP = /id\b|ct[\s.-]0|c[aă]n c[uứ]|chấm|dấu phẩy/i;

const SPOKEN_MARKS: Array<[RegExp, string]> = [
  [/\s*(?:dấu chấm hỏi|dấu hỏi chấm|chấm hỏi|hỏi chấm)(?![\p{L}])/giu, "?"],
  [/\s*(?:dấu chấm than|chấm than)(?![\p{L}])/giu, "!"],
  [/\s*dấu phẩy(?![\p{L}])/giu, ","],
];

const NAMES: Array<[RegExp, string]> = [
  // "vn id", "vnid", "vne id", "vn-id", "v neid" (not "vneid" itself: nothing to do)
  [/\bv\s?n(?:\s?e)?[\s.-]i\s?d\b|\bvnid\b|\bv[\s.-]neid\b|\bvn[\s.-]eid\b/gi, "VNeID"],
  [/\bvss[\s.-]id\b/gi, "VssID"],
  // a residence form's code said digit by digit: "ct 07", "ct-01"
  [/\bct[\s.-](0[1-9])\b/gi, "CT$1"],
];

const CARD_BEFORE = "thẻ|the|làm|lam|cấp|cap|đổi|doi|mất|mat|chip";
const CARD_AFTER = "công dân|cong dan|gắn chip|gan chip|chip|bị|bi|hết hạn|het han|cũ|cu|mới|moi|điện tử|dien tu";
const CARD_HEARD_BEFORE = new RegExp(`(^|[^\\p{L}])(${CARD_BEFORE})\\s+(căn cứ|can cu)(?![\\p{L}])`, "giu");
const CARD_HEARD_AFTER = new RegExp(`(^|[^\\p{L}])(căn cứ|can cu)\\s+(?=(?:${CARD_AFTER})(?![\\p{L}]))`, "giu");

/** The message with dictated names read as the entries write them; the same string when nothing changed. */
export function readDictatedWords(text: string): string {
  if (!CHEAP.test(text)) return text;
  let out = text;
  for (const [pattern, name] of NAMES) out = out.replace(pattern, name);
  for (const [pattern, mark] of SPOKEN_MARKS) out = out.replace(pattern, mark);
  const card = (heard: string) => (heard === "can cu" || heard === "CAN CU" ? "can cuoc" : heard[0] === "C" ? "Căn cước" : "căn cước");
  out = out.replace(CARD_HEARD_BEFORE, (_m, lead: string, before: string, heard: string) => `${lead}${before} ${card(heard)}`);
  out = out.replace(CARD_HEARD_AFTER, (_m, lead: string, heard: string) => `${lead}${card(heard)} `);
  return out === text ? text : out;
}
