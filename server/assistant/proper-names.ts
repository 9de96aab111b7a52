/*
 * Names of people and places after a word that introduces one ("mất căn cước lúc đi chợ Long Biên", "đổi tên cho con từ
 * tên Tũn sang tên khác", "quê Thái Bình") are no topic: no entry writes them, so as searched words they counted as
 * uncovered and pushed a clear question under the low-coverage line into a handoff (session 12, out of coverage, the
 * other direction). Taken out before the search: a run of up to four capitalised words right after tên, họ, bé, cháu,
 * chợ, quê, thôn, làng, and the rural xóm, ấp, xứ đồng, cánh đồng ("ở xóm Đình", session 17). Not a capitalised run elsewhere: a nationality ("người Hàn Quốc") or another city ("đi chữa
 * bệnh ở Sài Gòn", "xã Tân Thanh ở Lâm Đồng") says what the question is about. Only capitalised words (a first capital
 * and lower-case letters after it: "VNeID", "BHYT" stay), and never a run that names an institution or a paper
 * ("Công An", "Ủy Ban", "Căn Cước").
 */
const word = String.raw`\p{Lu}[\p{Ll}\p{M}]+`;
const afterCue = new RegExp(String.raw`(^|[\s,(])(tên|ten|họ|ho|bé|be|cháu|chau|chợ|cho|quê|que|thôn|thon|làng|lang|xóm|xom|ấp|xứ đồng|xu dong|cánh đồng|canh dong) (${word}(?: ${word}){0,3})(?![\p{L}\p{N}])`, "gu");
const institution = /^(?:công|cong|ủy|uỷ|uy|ubnd|căn|can|dịch|dich|ngân|ngan|bảo|bao|hộ|giấy|giay|sổ|so|thẻ|the|tòa|toa|viện|vien|sở|bộ|bo|cục|cuc|chi|trung|bệnh|benh|trường|truong|phường|phuong|quận|quan|điện|dien|làn|lan)$/iu;
/** a capitalised word after a space: the only place a name can start here */
const capitalAfterSpace = / \p{Lu}[\p{Ll}\p{M}]/u;

/** The text with the names above blanked out (the same text when it has no capitalised word after a space). */
export function withoutProperNames(text: string): string {
  // most messages have no capitalised word after a space: no regular expression run for them
  if (!capitalAfterSpace.test(text)) return text;
  return text.replace(afterCue, (all: string, lead: string, cue: string, run: string) => (run.split(" ").some((w) => institution.test(w)) ? all : `${lead}${cue} ,`));
}
