import { foldedText } from "./text-analysis";

/*
 * "chị giới thiệu giúp tôi luật sư nào giỏi về đất đai" after hòa giải, "tư vấn giúp tôi công ty xuất khẩu lao
 * động uy tín" after tạm vắng: the resident asks the ward to recommend a private provider (a lawyer, a company, a
 * doctor, a builder). The ward's assistant cannot vouch for businesses, and the previous entry only shares the
 * subject's words ("đất đai", "xuất khẩu lao động"): answering from it reads as a recommendation it does not give.
 * Such a turn is handed off to staff. A request verb, a provider and a choice among them ("nào giỏi", "uy tín",
 * "giỏi") must all be there: "tư vấn giúp tôi thủ tục tạm vắng" or "công ty có phải đóng bảo hiểm không" are not.
 * The choice qualifies the provider, a few words after it: "chỉ giúp tôi bệnh viện nào cấp giấy chứng sinh" and
 * "công ty em cần giấy tờ nào" ask which office or paper, not who is good. "chị cho em hỏi" is only an opener, and a
 * bare "thổ" is land ("đất thổ cư"), so a builder is "thợ xây", "thợ sửa"…
 */
const request = String.raw`\b(?:gioi thieu|tu van|goi y|chi giup|recommend)\b`;
const provider = String.raw`\b(?:cong ty|luat su|bac si|phong kham|benh vien|nha thau|tho (?:xay|sua|dien|nuoc|moc|son|han|ne)|cua hang|nha xe|nha hang|khach san)\b`;
// a quality ("uy tín", "giỏi", "tốt" but not "tốt nghiệp"), or "nào" closing the message ("luật sư nào?")
const choice = String.raw`(?:(?:\S+ ){0,4}(?:uy tin|gioi|tot(?! nghiep)|re|dang tin|chat luong)\b|(?:\S+ ){0,3}nao\s*[?.!]*$)`;
const pattern = new RegExp(`${request}.{0,40}?${provider} ${choice}`);

/** Whether the message asks the ward to recommend a private provider (folded inside). */
export function asksForRecommendation(text: string): boolean {
  return pattern.test(foldedText(text));
}
