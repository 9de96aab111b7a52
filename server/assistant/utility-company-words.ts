/*
 * What residents call the water company: "nhà máy nước" (older Hanoians name it after the works, "nhà máy nước Yên
 * Phụ"), "công ty cấp nước", "công ty nước sạch". The entries write "công ty nước"; unread, "nhà máy" pulled the message
 * away from the water-bill scam entry to a tie with unrelated scam entries ("nhà máy nước có nhắn tin đòi tiền qua số
 * tài khoản cá nhân không" was a clarify). Spread into lexicon.ts's synonyms (entries and questions alike).
 */
export const utilityCompanyWords: Array<[string, string]> = [
  ["nha may nuoc", "cong ty nuoc"],
  ["cong ty cap nuoc", "cong ty nuoc"],
  ["cong ty nuoc sach", "cong ty nuoc"],
];
