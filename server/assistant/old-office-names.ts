/*
 * Old and wrong official names residents still use, read as what they stand for today (lexicon.ts
 * synonyms, applied to entries and queries alike, so every entry benefits):
 * - the district's justice office ("phòng tư pháp quận/huyện") did certified copies and some civil
 *   status work until 1/7/2025; that work is now the ward's ("lên phòng tư pháp chứng thực" is the
 *   ward's certification). "Sở Tư pháp" (the city's) is another office and keeps its name.
 * - "công an khu vực" (the neighbourhood police officer's old title) is the ward police.
 * - the household book is gone: an extract or confirmation of it ("trích lục sổ hộ khẩu", "giấy xác
 *   nhận hộ khẩu") is what the residence confirmation replaces. (Not "bản sao/photo hộ khẩu": copies of
 *   the old book are still brought to be certified, "chứng thực 10 bản sao sổ hộ khẩu".)
 * Unread, these names were content words no entry has: a clear question fell under the coverage
 * line and was handed off, or "tư pháp" pulled it to the judicial record.
 */
const DISTRICT_JUSTICE = ["phong tu phap quan", "phong tu phap huyen", "phong tu phap"].map((p): [string, string] => [p, "phuong"]);

const HOUSEHOLD_BOOK_COPY = ["trich luc", "giay xac nhan", "xac nhan"].flatMap((what): Array<[string, string]> => [
  [`${what} so ho khau`, "xac nhan cu tru"],
  [`${what} ho khau`, "xac nhan cu tru"],
]);

export const oldOfficeNames: Array<[string, string]> = [...DISTRICT_JUSTICE, ["cong an khu vuc", "cong an phuong"], ...HOUSEHOLD_BOOK_COPY];
