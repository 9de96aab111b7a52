/*
 * "tôi làm thợ xây, chủ nhà muốn cơi nới thêm tầng 3, có phải xin phép không", "tôi bán hoa quả ở chợ,
 * nghe nói sang năm bỏ thuế khoán", "một mình nuôi 2 con nhỏ, làm giúp việc theo giờ, thu nhập bấp
 * bênh", "chạy grab bị cảnh sát hỏi, đưa bằng lái trên vneid ra có được không": a worker says what they
 * do for a living before what they ask. The trade's words ("thợ xây", "giúp việc", "grab", "hoa quả")
 * name no subject of the ward's, but they count against the coverage of the entry the rest of the
 * message names, and a clear question fell under the coverage line into a handoff. Like the words
 * saying who a question is for (person-words-aside.ts), they are set aside for a second reading, which
 * the caller takes only when it confidently answers the whole message's own top (assistant.ts).
 *
 * The same words are no off-topic subject either (withoutOwnWork: "làm thợ xây" folded is "làm thơ",
 * poetry; "làm giúp việc" is the writer's job, not a hire). Only a trade said as one's own work: "(tôi) làm / là <trade>", "chạy grab / xe ôm / ship",
 * "(tôi) bán <goods> ở chợ". A trade named as the subject ("giấy phép xây dựng", "đăng ký hộ kinh
 * doanh bán hàng ăn", "bán hàng online") is no self-description and stays, nor a trade sought or hired
 * ("cần người làm giúp việc", "muốn làm thợ xây", "tìm thợ").
 */
import { foldedAligned, withoutMatches } from "./person-words-aside";

const TRADE = String.raw`(?:to truong(?: to)? dan pho|to pho|truong thon|tho (?:xay|ho|dien|nuoc|son|han|moc|may|sua xe|cat toc)|phu ho|giup viec(?: nha| theo gio| theo thang| gia dinh)?|osin|cong nhan(?: xay dung| may| khu cong nghiep)?|bao ve|tap vu|lao cong|xe om|shipper|ship hang|giao hang|tai xe(?: cong nghe| taxi| xe tai)?|lai xe(?: cong nghe| taxi| xe tai)?|buon ban nho|ban hang rong|ban ve so|nhat ve chai|dong nat|cuu van)`;
const SELF = String.raw`(?:(?:toi|em|e|minh|tui|anh|chi|chau|con) (?:thi )?)`;
const GOODS = String.raw`(?:hoa qua|trai cay|rau(?: cu| qua)?|ca|thit|ga|hoa|banh mi|bun|pho|xoi|che|com|nuoc|quan ao|giay dep|tap hoa|do kho|hang kho)`;
const MARKET = String.raw`(?:o|ngoai|trong|tai) (?:cho|via he|ngo|dau ngo|le duong)(?: [\p{L}\p{N}]+)?`;
/** one's own work: "tôi làm thợ xây", "làm giúp việc theo giờ", "chạy grab", "tôi bán hoa quả ở chợ" */
const workWords = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<!(?:nguoi|thue|tim|can|kiem|tuyen|muon|xin|de|hay|nen|ai) )(?:${SELF}?(?:(?:dang |di )?(?:lam|la) ${TRADE}|(?:dang |di )?chay (?:grab|be|gojek|xanh sm|xe om|xe cong nghe|taxi|ship|shipper|giao hang)|ban ${GOODS} ${MARKET}))(?![\p{L}\p{N}])`,
  "gu",
);

/** A folded message and its text with the words telling the writer's own work blanked out (the same when it has none): their trade is no subject asked ("làm thợ" is not "làm thơ", "làm giúp việc theo giờ" is no hire). */
export function withoutOwnWork(folded: string, text: string): { folded: string; text: string } {
  const rest = folded.includes("lam ") || folded.includes("la ") || folded.includes("chay ") || folded.includes("ban ") ? folded.replace(workWords, " ") : folded;
  return rest === folded ? { folded, text } : { folded: rest, text: withoutWorkWords(text) ?? text };
}

/** The message without the words telling the writer's own work, or undefined when it has none (or nothing else). */
export function withoutWorkWords(text: string): string | undefined {
  const nfc = text.normalize("NFC");
  const folded = foldedAligned(nfc);
  if (folded.length !== nfc.length) return undefined;
  // (every work phrase holds one of these: without them the pattern cannot match)
  if (!(folded.includes("lam ") || folded.includes("la ") || folded.includes("chay ") || folded.includes("ban "))) return undefined;
  return withoutMatches(nfc, folded, workWords);
}
