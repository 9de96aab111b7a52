import { foldedText } from "./text-analysis";

/*
 * "chị giới thiệu giúp tôi luật sư nào giỏi về đất đai" after hòa giải, "tư vấn giúp tôi công ty xuất khẩu lao
 * động uy tín" after tạm vắng: the resident asks the ward to recommend a private provider (a lawyer, a company, a
 * doctor, a builder). The ward's assistant cannot vouch for businesses, and the previous entry only shares the
 * subject's words ("đất đai", "xuất khẩu lao động"): answering from it reads as a recommendation it does not give.
 * Such a turn is handed off to staff. A request verb, a provider and a choice among them ("nào", "uy tín",
 * "giỏi") must all be there: "tư vấn giúp tôi thủ tục tạm vắng" or "công ty có phải đóng bảo hiểm không" are not.
 */
const request = String.raw`\b(?:gioi thieu|tu van|goi y|chi giup|chi cho|recommend)\b`;
const provider = String.raw`\b(?:cong ty|luat su|bac si|phong kham|benh vien|nha thau|tho|cua hang|nha xe|nha hang|khach san)\b`;
const choice = String.raw`\b(?:nao|uy tin|gioi|tot|re|dang tin|chat luong)\b`;
const pattern = new RegExp(`${request}.{0,40}?${provider}.{0,60}?${choice}`);

/** Whether the message asks the ward to recommend a private provider (folded inside). */
export function asksForRecommendation(text: string): boolean {
  return pattern.test(foldedText(text));
}
