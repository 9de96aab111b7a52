import { foldDiacritics } from "../vietnamese-text";

/*
 * (session 26, issue 11: false alarms) A police, bank or ward warning that QUOTES the scam it warns about: "Cảnh báo: kẻ
 * gian giả danh ngân hàng nhắn tin 'Tài khoản của bạn bị khóa, bấm vào vcb-xacthuc.com…'. Người dân không làm theo."
 * The quoted words are the impostors', with their link, threat and demand; the sender asks nothing. Before this, the
 * quote was read as the message (forwarded.ts takes a quote as the received text and the words around it as the
 * resident's question) or its link and demand counted as the sender's. Here the script's quoted words are taken out
 * before the check reads the text, only when all three hold:
 *  - a teller just before the quote names someone else as its author or calls it fake ("kẻ gian / đối tượng … nhắn",
 *    "tin nhắn giả mạo", "xuất hiện cuộc gọi", "thủ đoạn", "với nội dung");
 *  - the words outside the quotes tell the reader to refuse it or call it a scam, in a statement, not a question
 *    ("không làm theo", "không truy cập", "đây là lừa đảo", "cúp máy", "hãy gọi … để xác minh");
 *  - no one outside the quotes says they received it ("tôi vừa nhận được…"): a resident forwarding a scam is warned.
 * What the sender itself asks outside the quotes (a link, a number, "cập nhật tại vcb-baove.com") stays and is read
 * as before, so a scam that opens like a warning is still warned.
 */

/** a quote of at least three words, in double, curly, guillemet or (after a space or colon) single quotes */
const quoteSpan = /"[^"\n]{12,}?"|“[^”\n]{12,}?”|«[^»\n]{12,}?»|(?<=[\s:])['‘][^'’\n]{12,}?['’](?=[\s.,;:!?)]|$)/g;

/** who the quote is from, in the 100 characters before it (folded) */
const teller =
  /\b(ke gian|doi tuong|ke lua dao|toi pham|gia danh|mao danh|gia mao|tu xung|thu doan|chieu (tro|thuc)|kich ban|canh giac|xuat hien|(tin nhan|cuoc goi|loi nhan|email|cuoc dien thoai)( tu dong)? (gia|la|lua dao|mao danh|gia mao)|(voi|co) noi dung|noi dung (nhu|sau|la))\b/;

/** …or the words right after it call it fake: 'tin nhắn "…" là giả mạo nhà mạng' */
const calledFakeAfter = /^[\s,]*(la|deu la|chinh la) (\S+ ){0,3}(gia mao|lua dao|mao danh|tin gia)\b/;

/** the reader told to refuse it, or it called a scam (folded, one sentence outside the quotes) */
const refusal =
  /\b((khong|dung|tuyet doi khong|chu y khong|khong nen|khong duoc) (\S+ ){0,2}(lam theo|truy cap|bam|nhan vao|click|chuyen (tien|khoan)|cung cap|tra loi|nap|ket ban|cai|quet|nghe theo|tin|tu chuyen|goi lai)|(la|deu la|chinh la|day la|do la) (\S+ ){0,3}(gia mao|lua dao|mao danh|tin gia)|cup may|canh giac|khuyen cao|(de|hay) (\S+ ){0,4}xac minh|bao (ngay )?(cho )?(co quan )?(cong an|ngan hang|113)|khong (goi dien|gui|yeu cau|nhan tin|hoan tien|thu|lam viec)\b)/;

/** a sentence asking ("có phải lừa đảo không?", "… là giả mạo phải không") is the resident's question, no refusal */
const asks = /\?|\b(co phai|phai (khong|ko|k)|co nen|co that)\b|\b(khong|ko|k|chua|ha|ho|nhi|sao)( (a|ha|vay|nhi|nhe))?\s*[.!]*$|\b(lua dao|gia mao|that|phai) (a|ha|ak|ah)\s*[.!]*$/;

/** someone saying they received it ("tôi vừa nhận được tin…", "nhắn cho mẹ tôi…"): a resident forwarding a scam */
const ownReceipt =
  /\b(toi|em|e|t|minh|mk|tui|chau|me toi|bo toi|nha toi|me em|bo em)( (vua|moi|cung|hom nay|sang nay))? (nhan (duoc|dc|dk)|bi (goi|nhan tin)|duoc (goi|nhan tin))\b|\b(gui|nhan tin|nhan|goi) (cho|den) (toi|em|minh|tui|me toi|bo toi|nha toi|me em|bo em)\b/;

const fold = (s: string) => foldDiacritics(s.toLowerCase());

/** The text with the script's quoted words taken out when it is a warning that quotes a scam; else the text itself. */
export function withoutToldQuotes(cleaned: string): string {
  if (!/["“«'‘]/.test(cleaned)) return cleaned;
  const told: Array<[number, number]> = [];
  for (const m of cleaned.matchAll(quoteSpan)) {
    if (m[0].trim().split(/\s+/).length < 3) continue;
    const before = fold(cleaned.slice(Math.max(0, m.index - 100), m.index));
    const after = fold(cleaned.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (teller.test(before) || calledFakeAfter.test(after)) told.push([m.index, m.index + m[0].length]);
  }
  if (!told.length) return cleaned;
  let outside = "";
  let from = 0;
  for (const [a, b] of told) (outside += cleaned.slice(from, a) + " … "), (from = b);
  outside += cleaned.slice(from);
  const folded = fold(outside);
  if (ownReceipt.test(folded)) return cleaned;
  const sentences = folded.split(/(?<=[.!?;\n])\s+/);
  return sentences.some((s) => refusal.test(s) && !asks.test(s)) ? outside.replace(/\s+/g, " ").trim() : cleaned;
}
