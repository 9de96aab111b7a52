/*
 * (session 11) "mặt tiền" (a house's frontage: "cơi nới gác xép và làm lại mặt tiền", "nhà mặt tiền
 * đường …") folds to "mat tien", which is also "mất tiền" (money lost): a resident's building-permit
 * question was answered as a scam victim's report. Typed with diacritics and no "mất tiền" beside it,
 * every "mat tien" is the frontage; otherwise it is the frontage where the words around it are a house's
 * (a building verb or a house before it, a street or a width after it). Rewritten "mat duong" (no
 * shorter: victim.ts reads the text's length).
 */
const frontageFolded = /\b((lam|sua|cai tao|xay|mo rong|sua sang|sua chua|op|son|nha|can ho|cua hang|kiot|thue|lo dat|manh dat) (lai |them |o |tai )?)mat tien\b|\bmat tien(?= (nha|duong|pho|ngo|rong|dai|\d+([.,]\d+)? ?m)\b)/g;

/** The folded text with a house's frontage no longer reading "mất tiền" (`text`: as typed, to read its diacritics). */
export function withoutFrontage(folded: string, text: string): string {
  if (!folded.includes("mat tien")) return folded;
  const typed = text.normalize("NFC").toLowerCase();
  if (typed.includes("mặt tiền") && !typed.includes("mất tiền")) return folded.replace(/\bmat tien\b/g, "mat duong");
  return folded.replace(frontageFolded, (m) => m.replace(/mat tien$/, "mat duong").replace(/^mat tien/, "mat duong"));
}
