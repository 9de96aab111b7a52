/*
 * "Kính gửi UBND phường. Tôi tên là Trần Văn B., sinh năm 1960, thường trú tại tổ 9. Bố tôi mất ngày
 * 20/11, xin hỏi … Xin trân trọng cảm ơn." A resident who writes a letter wraps the matter in the frame
 * every letter has: a salutation, who is writing (name, year of birth, home address, phone number) and a
 * closing (thanks, "mong phường giải đáp", wishes). None of it is about the matter, but its words count
 * against the coverage of the entry the question names ("kính", "trân trọng", a surname, "tổ 9"), and a
 * clear question fell under the coverage line into a weak-match handoff. The frame is taken out before
 * the message is read (assistant.ts, understand); what is left is read exactly as if typed alone.
 *
 * Only whole clauses of the frame, found by the sentence's structure, never a word inside the matter:
 * - a salutation that starts the message or a sentence: "kính gửi …", "kính thưa …" (to the break),
 *   "chào phường", "xin chào", "alo", "ad ơi", "phường ơi";
 * - the writer's identification as a clause of its own: "tôi tên là …", "họ tên: …", "tôi là con trai
 *   ông …", "sinh năm 1960", "thường trú tại tổ 9" (a local address only: "tại số/tổ/ngõ …"; numbers
 *   themselves are no search words, so a phone number needs no care);
 * - a closing clause: "xin trân trọng cảm ơn", "cảm ơn phường ạ", "rất mong phường giải đáp", "xin lỗi
 *   đã làm phiền", "chúc cán bộ sức khỏe", "trân trọng".
 * A clause that says what the writer is ("tôi là người nước ngoài", "em là chủ nhà trọ") stays: it is
 * often the matter itself. "đăng ký thường trú tại số 5" stays (the clause starts with the matter).
 */
import { foldedAligned } from "./person-words-aside";
import { mayMatch } from "../lib/regex-prefilter";

/** where a clause ends (folded text: same characters as typed) */
const BREAK = String.raw`[.,;:!?\n()]`;
/** the rest of a clause, at most `n` characters, to its break or the end */
const rest = (n: number) => String.raw`[^.,;:!?\n()]{0,${n}}`;
/** a clause starts the message or follows a break… */
const START = String.raw`(?:^|(?<=${BREAK}))\s*`;
/** …and ends at a break or the end of the message */
const END = String.raw`\s*(?=${BREAK}|$)`;
const PARTICLES = String.raw`(?:\s+(?:a|ak|ah|nhe|nha|oi))*`;

const ADDRESSEE = String.raw`(?:phuong|ad|admin|ubnd|uy ban|can bo|cac can bo|anh chi|cac anh chi|co chu|cac co chu|moi nguoi|ban|cac ban|quy co quan|bo phan mot cua|anh|chi|bac|chu|co)`;
const WRITER = String.raw`(?:toi|em|e|chau|con|minh|tui)`;
/** the first word of a local address, and a number within it ("tổ 9", "số 12 ngõ 45", "phòng 1205 chung cư …") */
const LOCAL_ADDRESS = String.raw`(?:so nha|so|to|ngo|ngach|hem|kiet|nha so|khu|toa|can ho|phong|thon|xom|tdp|to dan pho|kdt|khu do thi|chung cu|tap the|ktt)\b[^.,;:!?\n()\d]{0,20}\d${rest(40)}`;

/** A frame's clause, and whether its free run (a name, an addressee) must be checked for words of the matter. */
type Frame = { pattern: RegExp; free: boolean };
const clause = (body: string, free: boolean): Frame => ({ pattern: new RegExp(String.raw`${START}(?:${body})${END}`, "gu"), free });
const lead = (body: string): Frame => ({ pattern: new RegExp(String.raw`${START}(?:${body})(?=\s|${BREAK}|$)`, "gu"), free: false });

const FRAMES: Frame[] = [
  // salutation: "Kính gửi: UBND phường Hoàng Liệt", "Kính thưa các anh chị cán bộ"
  clause(String.raw`(?:kinh gui|kinh thua|than gui|kinh chao)\b${rest(60)}`, true),
  clause(String.raw`thua ${ADDRESSEE}${rest(30)}`, true),
  // identification: "tôi tên là Trần Văn B", "họ và tên: Nguyễn Thị C", "tôi là con trai ông Trần Văn B"
  clause(String.raw`(?:${WRITER}\s+)?(?:ten|ho ten|ho va ten)(?:\s+(?:cua\s+)?${WRITER})?(?:\s+la|\s*:)?\s+${rest(40)}`, true),
  clause(String.raw`${WRITER} la (?:con|chau|vo|chong|me|bo|em|anh|chi)(?: (?:trai|gai|dau|re|ruot|ca|ut|noi|ngoai|ho))? (?:cua )?(?:ong|ba|cu|anh|chi)\b${rest(40)}`, true),
  // year or date of birth as a clause of its own: ", sinh năm 1960,"
  clause(String.raw`(?:${WRITER}\s+)?(?:sinh (?:nam|ngay)|sn|ngay sinh|nam sinh)\s*:?\s*\d[\d/.\-]*`, false),
  // a local home address as a clause of its own: "thường trú tại tổ 9", "địa chỉ: số 12 ngõ 45"
  // (without who lives there, not the message's first words: "tạm trú ở phòng 12, cần gì" asks about that stay)
  clause(String.raw`(?:(?:${WRITER}|gia dinh ${WRITER}|nha ${WRITER})\s+(?:hien\s+)?|(?<!^\s*)hien\s+|(?<!^\s*))(?:dang\s+)?(?:(?:thuong tru|tam tru|cu tru|sinh song|song|o)(?:\s+(?:tai|o))?|(?:dia chi|noi o)(?:\s+(?:cua\s+)?${WRITER})?(?:\s+la|\s*:)?)\s+${LOCAL_ADDRESS}`, true),
  // closing: "xin trân trọng cảm ơn", "em cảm ơn phường ạ", "cảm ơn trước"
  clause(String.raw`(?:${WRITER}\s+)?(?:xin\s+)?(?:tran trong\s+|chan thanh\s+|that long\s+|rat\s+)?(?:cam on|cam ta|thanks|thank you)(?:\s+(?:${ADDRESSEE}|truoc|rat nhieu|nhieu|nhieu lam))*${PARTICLES}`, false),
  // "rất mong phường sớm giải đáp giúp tôi", "mong nhận được phản hồi"
  clause(String.raw`(?:${WRITER}\s+)?(?:rat\s+|kinh\s+|tha thiet\s+)?mong (?:nhan duoc |som nhan duoc )?(?:su )?(?:${ADDRESSEE}\s+)?(?:som\s+)?(?:giai dap|huong dan|tra loi|phan hoi|chi dan|tu van|giup do)${rest(30)}`, false),
  // "xin lỗi đã làm phiền", "xin lỗi vì hỏi nhiều"
  clause(String.raw`(?:${WRITER}\s+)?xin loi(?:\s+(?:vi|da|neu))*(?:\s+(?:lam phien|hoi nhieu|lam mat thoi gian|nhan tin muon)${rest(30)})?${PARTICLES}`, false),
  // "chúc phường/cán bộ sức khỏe", "trân trọng", "kính thư"
  clause(String.raw`chuc ${ADDRESSEE}${rest(20)}(?:suc khoe|manh khoe|cong tac tot|vui ve|thanh cong|binh an)${rest(20)}`, false),
  clause(String.raw`tran trong(?: kinh chao)?|kinh thu|than ai`, false),
  // a greeting that starts a clause, the question following without a break ("ad ơi e 14t …", "alo phường ạ em muốn …")
  lead(String.raw`(?:(?:xin|${WRITER})\s+)?chao(?:\s+(?:ca\s+)?${ADDRESSEE})?${PARTICLES}`),
  lead(String.raw`alo(?:\s+alo)*(?:\s+${ADDRESSEE})?${PARTICLES}`),
  lead(String.raw`${ADDRESSEE}\s+oi${PARTICLES}`),
];

/** words of a matter inside a frame's free run: then it is no frame ("em tên là Lan muốn hỏi làm căn cước") */
const MATTER = /\b(?:hoi|muon|lam|gi|nao|dau|sao|bao nhieu|khong|ko|duoc|dang ky|the nao|ntn|giup|nho|xin|bi|mat|can phai)\b/;
/** cheap test first: most messages have none of the frame's words */
const CUE = /\b(?:kinh|thua|ten|sinh|sn|tru|song|dia chi|noi o|o (?:tai )?(?:so|to|ngo|ngach)|cam on|cam ta|thanks?|mong|xin loi|chuc|tran trong|than|chao|alo|oi|la (?:con|chau|vo|chong|me|bo|em|anh|chi))\b/;

/** What is left must still be a message: at least this many words. */
const MIN_LEFT_WORDS = 3;

/**
 * The message without its letter frame, or undefined when it has none (or nothing of substance would be left).
 * The last text's reading is kept: a first question is read for its frame twice (understand, then the learned
 * classifier's guard, learned-answer-choice.ts letterFrameTaken), and a long message runs every frame's pattern.
 */
export function withoutLetterFrame(text: string): string | undefined {
  if (text === lastFramed.text) return lastFramed.matter;
  const matter = readLetterFrame(text);
  lastFramed.text = text;
  lastFramed.matter = matter;
  return matter;
}

const lastFramed: { text: string | undefined; matter: string | undefined } = { text: undefined, matter: undefined };

function readLetterFrame(text: string): string | undefined {
  const nfc = text.normalize("NFC");
  const folded = foldedAligned(nfc);
  if (folded.length !== nfc.length || !CUE.test(folded)) return undefined;
  const spans: Array<[number, number]> = [];
  for (const { pattern, free } of FRAMES) {
    // (a frame none of whose words is in the message is not scanned: regex-prefilter.ts)
    if (!mayMatch(pattern, folded)) continue;
    for (const m of folded.matchAll(pattern)) {
      if (!m[0].trim() || (free && MATTER.test(m[0]))) continue;
      spans.push([m.index!, m.index! + m[0].length]);
    }
  }
  if (!spans.length) return undefined;
  spans.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [from, to] of spans) {
    if (to <= at) continue;
    out += nfc.slice(at, Math.max(at, from)) + " ";
    at = to;
  }
  // the breaks the frame's clauses leave behind (". , ." at the start, doubled commas) go with them
  const left = (out + nfc.slice(at))
    .replace(/\s+/g, " ")
    .replace(/^[\s.,;:!?)]+/u, "")
    .replace(/\s+([.,;:!?])/gu, "$1")
    .replace(/([.,;:!?])(?:\s*[.,;:!?])+/gu, "$1")
    .trim();
  return left.split(" ").filter((w) => /\p{L}/u.test(w)).length >= MIN_LEFT_WORDS ? left : undefined;
}

/**
 * "Tôi là người khiếm thị, không tự nộp hồ sơ trên điện thoại được, phường có hỗ trợ gì không", "em là
 * sinh viên tỉnh khác, trường bắt nộp giấy xác nhận cư trú …": who the writer is, said in a clause of its
 * own before the matter. What the writer is may be the matter ("tôi là người nước ngoài, mua nhà được
 * không"), so this is no frame: it is set aside only for the second reading the caller takes when that
 * reading confidently answers the whole message's own top (assistant.ts, personAside).
 */
const selfIntroduction = new RegExp(String.raw`(?:^|(?<=[.;!?\n]))\s*(?:(?:da|vang|thua)\s+)?(?:toi|em|e|minh|mk|tui|chau|con)\s+(?:thi\s+|hien\s+|hien nay\s+|cung\s+)?la\s+[^.,;:!?\n()]{2,50}(?=\s*[.,;:!?\n])`, "gu");
const introCue = /\b(?:toi|em|e|minh|mk|tui|chau|con)\s+(?:thi\s+|hien\s+|hien nay\s+|cung\s+)?la\b/;

/** The message without an opening clause telling who the writer is, or undefined when it has none (or nothing else). */
export function withoutSelfIntroduction(text: string): string | undefined {
  const nfc = text.normalize("NFC");
  const folded = foldedAligned(nfc);
  if (folded.length !== nfc.length || !introCue.test(folded)) return undefined;
  let out = "";
  let at = 0;
  for (const m of folded.matchAll(selfIntroduction)) {
    // (a clause that asks is the question: "em là sinh viên thì có được miễn không")
    if (MATTER_ASKED.test(m[0])) continue;
    out += nfc.slice(at, m.index) + " ";
    at = m.index! + m[0].length;
  }
  if (at === 0) return undefined;
  const left = (out + nfc.slice(at)).replace(/\s+/g, " ").replace(/^[\s.,;:!?)]+/u, "").trim();
  return left.split(" ").filter((w) => /\p{L}/u.test(w)).length >= MIN_LEFT_WORDS ? left : undefined;
}

/** a clause that asks (question words, "muốn hỏi") */
const MATTER_ASKED = /\b(?:hoi|muon|gi|nao|dau|sao|bao nhieu|bao lau|khong|ko|chua|the nao|ntn|duoc|dc)\b/;
