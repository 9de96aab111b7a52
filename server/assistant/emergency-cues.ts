import { foldDiacritics, normalizeText } from "./vietnamese-text";

/*
 * Danger now, said the way residents say it mid-conversation, beyond the fixed phrases of the
 * safety check: "ông tôi khó thở, tím tái", "mẹ tôi ngã đập đầu", "chồng say rượu đang đánh vợ
 * con", "có trộm vào nhà", "cây đổ đè vào người", "nhà hàng xóm đang cháy to lắm". Read as a
 * follow-up they became a special case of the previous entry ("ông tôi … thì sao"). The safety
 * check's own guards (paperwork, someone's claim to get money) still apply to these. Damage told
 * afterwards is no emergency: "sổ đỏ bị cháy mất rồi" asks for a new one.
 */

/** folded: words without accents mean one thing here */
const foldedCues =
  /\b(?:kho tho|tho khong (?:duoc|noi)|ngung tho|co giat|dap dau|nga (?:dap|bat|xuong (?:ho|song|ao|gieng|cau thang))|roi xuong (?:ho|song|ao|gieng)|dang danh (?:vo|con|chong|me|bo|nguoi|nhau)|danh (?:vo|chong) con|cam dao|doa giet|trom (?:vao|dang|lay)|co trom|de vao nguoi|de len nguoi|mat tich|bi lac|lac mat|day dien (?:dut|roi|chay)|cot dien do|boc khoi|khoi den|cuu voi|cuu (?:toi|em|me|bo|con) (?:voi|oi))\b/;

/** accented only: "cháy" is not "chạy" (run), "máu" is said with its accent */
const accentedCues = /(?:^|[^\p{L}])(?:đang cháy|cháy (?:to|lớn|nhà|kìa|quá|lắm)|đám cháy|chảy máu|tím tái|hôn mê)(?=$|[^\p{L}])/u;

/** The message tells of danger now (before the safety check's guards). */
export function tellsOfDanger(text: string): boolean {
  const normalized = normalizeText(text);
  return accentedCues.test(normalized) || foldedCues.test(foldDiacritics(normalized).replace(/\s+/g, " "));
}

/**
 * "tự tử" (suicide). Folded it is "tu tu", which is also "điện tử từ 2026" (electronic … from)
 * and "từ từ" (slowly): a pair written "tử từ", "từ từ" or "tử tử" with its accents is not it, nor
 * is an unaccented "dien tu tu" (điện tử). Any other writing of the pair counts, accents or not:
 * a missed cry for help costs more than a needless emergency reply.
 */
export function tellsOfSuicide(text: string): boolean {
  const normalized = normalizeText(text);
  // a pair of words folding to "tu" leaves "tu" in the folded message (folding is letter by letter;
  // no mark left after it composes with t or u): without it, no split (the fold is shared with tellsOfDanger)
  if (!foldDiacritics(normalized).includes("tu")) return false;
  const words = normalized.split(/[^\p{L}]+/u);
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i]!;
    const second = words[i + 1]!;
    // a word folding to "tu" has exactly two letters (folding drops only combining marks, which the
    // split above already cut out): the length test spares a fold per word
    if (first.length !== 2 || second.length !== 2 || foldDiacritics(first) !== "tu" || foldDiacritics(second) !== "tu") continue;
    if (/^(?:tử|từ)$/.test(first) && /^(?:từ|tử)$/.test(second)) continue;
    if (first === "tu" && second === "tu" && words[i - 1] === "dien") continue;
    return true;
  }
  return false;
}
