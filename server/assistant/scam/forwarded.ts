import { foldDiacritics } from "../vietnamese-text";
import { foldForScam } from "./normalize";
import { matches, mayMatch } from "../../lib/regex-prefilter";
import { asksAboutTheMessage } from "./about-message";

/*
 * Where the forwarded text is. Residents paste what they received with their own words around
 * it ("tin này có phải lừa đảo ko: …", "… có thật không phường ơi"), inside quotes, or retell a
 * call in their own words ("có người gọi tự xưng công an bảo…"). The check judges the received
 * text, not the resident's question.
 */

export type MessageShape = {
  /** the received text (cleaned, not folded); the whole message when nothing frames it */
  body: string;
  /** the resident's own words around it */
  framing: string;
  question: "before" | "after" | "none";
  quoted: boolean;
  /** the resident retells a call or message in their own words */
  reported: boolean;
};

/** A resident asking whether what they got is real (folded text). */
const askingPattern =
  /(co phai|phai (khong|ko|k)\b|co that|that (khong|ko|k|hay gia|a|ha|the|sao)\b|lua dao|lua (khong|ko|k|a|ha)\b|co nen|co dung|dung (khong|ko|k)\b|moi nguoi (oi|a|xem|check|cho|giup)|(khong|ko|k|a|ha|that|lua|gi) (moi nguoi|mn)\b|(^| )mn( |$)|(^| )ad( |$)|phuong (oi|minh)|ca nha\b|cac bac|co sao (khong|ko|k)\b|lam sao|phai lam (gi|sao)|lam gi bay gio|so qua\b|check (giup|ho)|kiem tra (giup|ho)|xem (giup|ho)|nho .{0,25}(xem|kiem tra)|cho (toi |em |minh |chau )?hoi|(toi|em|minh|me toi|bo toi|ba toi|nha toi) (vua |moi )?nhan (duoc|dc)|nhan duoc tin|tin (nhan )?(nay|sau|the nay|nhu vay|vay)\b|cai nay|gui (cho|ve) (toi|em|minh|me|bo)|nhan (vay|the nay|nhu vay)\b|co (thu|on|dung) (khong|ko|k)\b)/;
const questionEnd = /(\?|\b(khong|ko|k|hong|hok|chua|a|ah|ha|nhi|vay|the nao|sao|day|ak)\s*[.!?]*)\s*$/;
const plainFold = (s: string) => foldDiacritics(s.toLowerCase());

// "bao" as in "bảo" (told), never "bao lâu/bao nhiêu/bao giờ"; "nhắn" only as in "nhắn tin/nhắn bảo"
const told = "(bao(?! (lau|nhieu|gio|hiem))|yeu cau|doi|bat|noi|doa)";
const reportedPattern = new RegExp(
  String.raw`(co (nguoi|so (la|dien thoai|may|\d)|ong|ba|chi|anh|em|ai|dua|thang|may so|tong dai|nhan vien)\b.{0,40}\b(goi|nhan(?= (tin|bao|rang|la|cho|vao))|xung|${told})|vua (nhan|co) (cuoc goi|tin nhan|sms|dien thoai|cuoc dien thoai)|(duoc|bi) (moi|keo|add|them) vao (nhom|group)|\b(nick|tai khoan|zalo|facebook|fb|messenger) (\S+ ){0,4}(nhan|goi video|goi) (\S+ ){0,3}(muon|vay) (tien|\d)|\b(cong ty|nha tuyen dung|ben (tuyen dung|cho vay|do)) (\S+ ){0,2}${told}\b|(duoc|bi) goi (bao|den)|\b(tu xung|xung la|xung)\b.{0,40}\b(${told})|\b(ho|nguoi do|ong do|ba do|chi do|anh ta|ong ta|ba ta|chung no|chuyen gia|admin|leader) ${told}\b|\b(shipper|nhan vien|ai do|so la|nguoi la|ho|ong ay|ba ay|chi ay|anh ay|mot nguoi|tong dai|ban toi|ban em|con toi|con gai toi|con trai toi) (vua |lai |moi )?(goi|nhan tin|nhan) (dien )?(${told}|den)\b|nhan (tin|cuoc goi) (tu|cua) (so|nguoi) la|\btong dai (tu dong |ao )?goi\b|\b(ngan hang|dien luc|cong an|buu dien|nha mang|shipper|toa an|vien kiem sat|bhxh|bao hiem|can bo|nhan vien)\b (\S+ ){0,3}(?<!co )(goi|nhan tin|nhan) (dien )?(${told})\b|\b(tin nhan|sms|cuoc goi|dien thoai) (\S+ ){0,2}(bao|thong bao rang|noi la)\b(?! (lau|nhieu|gio)))`,
);

// "nên làm gì khi nhận cuộc gọi báo con cấp cứu" asks about a kind of call; nothing was retold
const hypotheticalCall = /\b(khi|neu|lo|phong khi|truong hop|gap|lo nhu) (\S+ ){0,2}(nhan|co|bi) (duoc )?(cuoc goi|tin nhan|dien thoai|nguoi (la )?goi)\b/;
/** a body that opens by retelling ("Cho hỏi: có người gọi bảo con tôi…") is the resident's account, not a text */
const retellingOpener = /^(co (nguoi|so (la|dien thoai|may|\d)|ai|may so|tong dai|nhan vien) (\S+ ){0,6}(goi|nhan tin|nhan bao|xung)|(toi|em|bac|minh|me toi|bo toi) (vua |moi )?(nhan|bi goi|duoc goi))\b/;
/** The resident retells a call or message they got ("có người gọi bảo…", "tin nhắn báo…"). */
const isReported = (folded: string) => matches(reportedPattern, folded) && !matches(hypotheticalCall, folded);

const quotePairs: Array<[string, string]> = [
  ["“", "”"],
  ['"', '"'],
  ["«", "»"],
  ["„", "“"],
];

function quotedSpans(text: string): string[] {
  const spans: string[] = [];
  for (const [open, close] of quotePairs) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const end = text.indexOf(close, start + 1);
      if (end < 0) break;
      const inner = text.slice(start + 1, end).trim();
      if (inner.length >= 25) spans.push(inner);
      from = end + 1;
    }
    if (spans.length) break;
  }
  return spans;
}

/** The resident's words before the message ("tin này có phải lừa đảo ko:"). */
function isLeadingFraming(part: string): boolean {
  // a statement closing with the polite "ạ." ("… để con chuyển khoản ạ.") asks nothing; folded, "ạ"
  // would read as the questioning "à"
  const f = foldForScam(part.replace(/\s+ạ\s*[.!]*\s*$/u, "."));
  // a bare "?" line counts only when it is about the message ("thật không?", "tin này sao vậy?"): a
  // forwarded text may open with a question of its own ("Giờ chót để đổi quà?")
  return f.length > 0 && f.length <= 160 && (matches(askingPattern, f) || (matches(questionEnd, f) && matches(questionWords, f)));
}
/** a question that names the message it asks about ("tin này", "cái này") or asks whether it is genuine */
const aboutAMessage = (f: string) => asksAboutTheMessage(f) || /\b(tin( nhan)?|cai|cuoc goi|sms) (nay|sau|the nay|nhu vay|nhu nay)\b/.test(f);
const questionWords = /\b(tin|nay|that|dung|lua|nen|phai|sao|gi|the nao|ai|check|kiem tra|xem|giup|hoi)\b/;

/*
 * (session 24, issue 11) "… Đây là thủ đoạn lừa đảo, bà con không làm theo." closes a ward or police warning: it
 * states and advises, addressed to the public, and asks nothing. Read as the resident's question, the sentence
 * that marks the text as a warning was cut off the body and the warning was warned about as a scam. A resident's
 * question still asks (a "?", "không ạ", "có phải … không", "phải không", "thật không", a closing "không/chưa/à")
 * or asks for help ("phường xem giúp", "cho em hỏi").
 */
const addressesThePublic = /\b(ba con|nguoi dan|nhan dan|cong dan|quy khach|cac ho|ho gia dinh|de nghi|khuyen cao|khong lam theo|khong cung cap|tuyet doi khong|khong chuyen tien|canh giac|can trong)\b/;
const stillAsks = /\?|\b(co phai|phai (khong|ko|k)|(that|dung) (khong|ko|k)|(khong|ko|k|hong) (a|ah|ha|nhi|vay)|co nen|co sao|lam sao|the nao|giup|ho (toi|em|minh|chau)|cho (toi |em |minh |chau )?hoi|phuong (oi|minh)|moi nguoi|mn|ad)\b/;
/** the folded words from where a would-be question starts state and advise the public; they ask nothing */
function advisesThePublic(tail: string): boolean {
  return matches(addressesThePublic, tail) && !stillAsks.test(tail) && !matches(questionEnd, tail);
}

/** The resident's words after the message: where they start, or -1. */
function trailingFramingStart(part: string): number {
  const f = plainFold(part);
  // "… đều là lừa đảo." states what a warning describes; it asks nothing about a message
  if (/\b(deu|chinh|hoan toan|deu chinh) la (lua dao|gia mao)\s*[.!]*$/.test(f)) return -1;
  // the pre-test first: exec() has none, and this runs on every message's last part
  const m = mayMatch(askingPattern, f) ? askingPattern.exec(f) : null;
  if (m && f.length - m.index <= 100 && !/[a-z0-9-]+\.[a-z]{2,}\//.test(f.slice(m.index)) && !/https?:/.test(f.slice(m.index)) && !advisesThePublic(f.slice(m.index))) return m.index;
  // a bare question at the end is the resident's only if it is about the message ("có đúng không ạ?")
  if (f.length <= 60 && matches(questionEnd, f) && /\b(tin|nay|that|dung|lua|nen|phai|sao|gi|the nao)\b/.test(f) && !/[a-z0-9-]+\.[a-z]{2,}/.test(f)) return 0;
  return -1;
}

export function splitForwarded(cleaned: string, depth = 0): MessageShape {
  const text = cleaned.trim();
  const reported = isReported(foldForScam(text));

  const spans = quotedSpans(text);
  const quotedLength = spans.reduce((n, s) => n + s.length, 0);
  if (spans.length && quotedLength >= 0.4 * text.length) {
    const firstQuote = text.indexOf(spans[0]!);
    let framing = text;
    for (const s of spans) framing = framing.replace(s, " ");
    framing = framing.replace(/[“”"«»„]/g, " ").replace(/\s+/g, " ").trim();
    const before = text.slice(0, Math.max(0, firstQuote - 1)).replace(/[“”"«»„:]/g, "").trim();
    // "tổng đài tự động gọi: '…'": the resident's words say the text was a call
    return { body: spans.join("\n"), framing, question: framing ? (before.length >= 3 ? "before" : "after") : "none", quoted: true, reported: isReported(foldForScam(framing)) };
  }

  // "question: message", "question\nmessage"
  // (session 24) also "question? message" ("Tin nhắn này đáng tin không ạ? Quý khách…"): the question mark ends the
  // resident's words as a colon does when they ask about a message ("tin này", "đáng tin không"); a text that opens
  // with a plea of its own ("Anh chị giúp em … được không? …") keeps it
  const head = /^(.{3,160}?)(?::|\n|\s(?:-{2,}>?|->|=>|—)\s?|(?<=\?)(\s))\s*([\s\S]{20,})$/.exec(text);
  if (head && (head[2] === undefined || aboutAMessage(foldForScam(head[1]!))) && isLeadingFraming(head[1]!) && wordsOf(head[3]!) >= 5 && (head[3]!.length >= 40 || !isLeadingFraming(head[3]!)) && ownWordsAfterFraming(head[3]!) >= 5) {
    const outer = { body: head[3]!.trim(), framing: head[1]!.trim(), question: "before" as const, quoted: false, reported: isReported(foldForScam(head[1]!)) || retellingOpener.test(foldForScam(head[3]!)) };
    return framedAgain(outer, depth);
  }

  // "message. question?" / "message\n\nquestion" / "message --> question" / "message có phải lừa đảo không"
  const parts = text.split(/(?<=[.!?])\s+|\n+|\s(?:-{2,}>?|->|=>|—)\s?/).map((p) => p.trim()).filter(Boolean);
  const last = parts[parts.length - 1] ?? "";
  const at = trailingFramingStart(last);
  // one sentence with a question inside ("có người lạ rủ đầu tư thì có nên tin không") is the
  // resident's own question unless what precedes it plainly is a received message
  const prefix = last.slice(0, Math.max(0, at));
  // (session 22) a question whether the text is genuine or a scam, or whether to do what it says; a bare
  // "… phải không ạ" is not one: it asks the resident's own "is it so that …" ("Cài VssID để nhận tiền trợ cấp
  // thất nghiệp phải không ạ"), answered normally
  const tail = at >= 0 ? plainFold(last.slice(at)) : "";
  // (session 24) also "có đáng tin không", "tin được không", "tin này có thật không": a question about a message run on
  // after it; a bare "có phải lừa không" is not one — it ends a resident's own telling ("thầy giáo gọi báo con bị ngã …,
  // có phải lừa không"), answered from the entry with "Dạ có" first
  const authenticity = at >= 0 && /^(co phai lua dao|lua dao|co that|that (khong|ko|k|hay gia)|co dung|(co )?dang tin|tin (duoc|dc) (khong|ko|k)|(tin( nhan)?|cai|cuoc goi|sms) (nay|do|kia) (co )?(phai|that|dang tin|lua|dung|la lua|gia))/.test(tail);
  const oneSentence = parts.length === 1 && !(authenticity && prefix.length >= 40) && !/(https?:\/\/|\b[a-z0-9-]+\.(?:[a-z]{2,})\b|quy khach|vui long|^\s*\[)/i.test(prefix);
  if (at >= 0 && !oneSentence) {
    // (session 24) "…địa chỉ ??? thật ko": the run of question marks before the resident's words is theirs; left on the
    // body it made the received text read as the resident's own question. One "?" stays: a text may ask one.
    const body = [...parts.slice(0, -1), last.slice(0, at).trim()].filter(Boolean).join(" ").replace(/\s*\?{2,}\s*$/, "");
    // a short line set apart from a question about it ("Cài đặt VNeID để nhận quà -- có nên làm theo không"):
    // the same 20 characters and five words a text after the resident's question needs
    if (body.length >= 30 || (parts.length > 1 && body.length >= 20 && asksAboutTheMessage(tail) && wordsOf(body) >= 5)) return { body, framing: last.slice(at).trim(), question: "after", quoted: false, reported };
  }

  return { body: text, framing: "", question: "none", quoted: false, reported };
}

/*
 * (session 30, issue 11) A resident's words on both sides of the text, or two questions stacked before it: "Tin này có
 * phải lừa đảo không: phường ơi cho hỏi: Sacombank: … cung cấp mã OTP …", "Tin này có phải lừa đảo không: Con chị bị ngã
 * …, cần chuyển tiền gấp 20 triệu … Có người nhắn cho tôi như vậy, làm sao đây". With one frame peeled, the rest still
 * opened (or closed) with the resident's question and was read as their own question: the text was not judged (held-out
 * checks of the training split, and own wordings). What is left after the first frame is split once more; the frames
 * join. Once only: a received text asks questions of its own.
 */
/** the second frame must be the resident's own voice (asking the ward or others, asking whether it is real or what to do):
 * a text's own "…, đúng không ạ?" or closing line ("Xem hóa đơn tại …") is not peeled */
const residentVoice =
  /(phuong (oi|minh)|cho (toi |em |minh |chau )?hoi|(^| )(mn|ad)( |$)|moi nguoi (oi|xem|check|giup)|ca nha oi|(check|kiem tra|xem) (giup|ho)\b|co phai lua|lua dao (khong|ko|k)\b|co that (khong|ko|k)\b|(lam|phai lam) sao (day|bay gio|a)\b|phai lam sao\b|(toi|em|minh|me toi|bo toi|ba toi) (vua |moi )?nhan (duoc|dc)\b|nhan (cho )?(toi|em|minh|me|bo) (nhu vay|the nay))/;
/** words of a notice speaking to its reader: never the resident's frame */
const noticeVoice = /\b(quy khach|vui long|kinh gui|tran trong|khach hang|ban (hay|vui long|nen))\b/;
const pointsAtTheMessage = /\b(tin (nay|nhan)|nhu (vay|the)|the nay|cai nay|co phai|co that|phuong|mn|moi nguoi|ca nha)\b/;
function framedAgain(outer: MessageShape, depth: number): MessageShape {
  if (depth > 0) return outer;
  const inner = splitForwarded(outer.body, depth + 1);
  const said = foldForScam(inner.framing);
  if (inner.question === "none" || inner.quoted || said.length > 100 || !residentVoice.test(said) || noticeVoice.test(said)) return outer;
  // after the text, the words must also point at it or at the ward ("có người nhắn cho tôi như vậy, làm sao đây"): a
  // text's own closing ("em không biết làm sao cả", "không có ý định lừa đảo") stays in it
  const sentence = `${inner.body.split(/(?<=[.!?])\s+|\n+/).pop() ?? ""} ${said}`;
  // and the text left must hold a sentence of its own: one sentence ending in "có phải lừa đảo không" is a question
  // ("tuyển cộng tác viên online làm nhiệm vụ có phải lừa đảo không"), whatever was asked before it
  if (inner.question === "after" && (!pointsAtTheMessage.test(foldForScam(sentence)) || !/[.!?\n]/.test(inner.body.trim().slice(0, -1)))) return outer;
  return { body: inner.body, framing: `${outer.framing} … ${inner.framing}`, question: "before", quoted: false, reported: outer.reported || inner.reported };
}

/**
 * (session 22) Words of a would-be received text, the resident's question after it not counted. A scam's own
 * "… xem có phải ảnh của cậu không, đang lan truyền khắp nơi: https://bit.ly/…" read with a question after it
 * ("… -- có nên làm theo không") had its lead-in taken for the resident's question and the link plus that
 * question for the text: what follows a real leading question holds words of its own.
 */
function ownWordsAfterFraming(rest: string): number {
  const parts = rest.split(/(?<=[.!?])\s+|\n+|\s(?:-{2,}>?|->|=>|—)\s?/);
  const last = parts[parts.length - 1]!;
  const at = trailingFramingStart(last);
  // only a question about the message ("có phải lừa đảo không", "có nên làm theo không"): a body that is itself a
  // question ("Có phải chuyển tiền trước khi nhận hàng không…") keeps its words
  if (at < 0 || !asksAboutTheMessage(plainFold(last.slice(at)))) return wordsOf(rest);
  return wordsOf(parts.slice(0, -1).join(" ")) + wordsOf(last.slice(0, at));
}

/** words of a text, links not counted (a module function: a named arrow made per call costs a defineProperty under esbuild's keepNames) */
function wordsOf(s: string): number {
  return s.replace(/\S*[a-z0-9-]+\.[a-z]{2,}\S*/gi, " ").split(/\s+/).filter(Boolean).length;
}
