import type { SignalName, Signals } from "./signals";

/*
 * (session 26, issue 11: false alarms) A list of safety rules, every act in it negated: "BHXH không yêu cầu người dân
 * cung cấp số tài khoản, mã OTP hay chuyển tiền để được hoàn tiền", "Không cơ quan nào yêu cầu bạn đọc mã OTP, không
 * nhân viên nào được yêu cầu bạn cài ứng dụng lạ…", "tuyệt đối không chuyển tiền cho người lạ, không cung cấp mã OTP…".
 * signals.ts negates a request only within a few words of its "không" and within its clause, so the later items of a
 * list (after commas, "hay", "hoặc") and "không X nào" read as the sender's requests. Here a text is such a list when
 * every sentence that names an act a script asks for (give, send, pay, install, press, open…) puts a negation before
 * the first such act and turns to no request of its own afterwards ("tuy nhiên…", "hãy / vui lòng…", "ngay"), the
 * text gives no link, phone or account, and no sentence is a script's gag order ("không báo cho người nhà", "không
 * được cúp máy"). check.ts then scores it like the other safety rules: never over the threshold.
 */

/** the acts a script asks for (folded) */
// Folded words that are also other words are kept only with an object: "điền" is "điện" ("gọi điện", "tiền điện"), "tải"
// is "tại / tài", "cài" is "cái", "đưa" is "dừa", "thu" is "thư / thử", "đóng" is "đồng"; "vay" is "vậy" ("như vậy").
const actWords = "(cung cap|chia se|tiet lo|doc|gui|chuyen|ck|nap|nop|dong (tien|phi)|cai dat|cai (ung dung|app|phan mem)|tai (ung dung|app|phan mem|file)|bam|nhan vao|click|truy cap|quet|ket ban|thu (tien|phi|le phi|bat ky|khoan|them)|dang nhap|dien (thong tin|vao)|nhap (ma|otp|mat khau|thong tin|so)|dua (tien|ma|otp|thong tin))";
const act = new RegExp(`\\b${actWords}\\b`);
/**
 * A rule's negation that governs the act right after it: "không bao giờ (yêu cầu) cung cấp", "không yêu cầu người dân
 * cung cấp", "không X nào (được) yêu cầu bạn đọc", "không ai được thu", "tuyệt đối không chuyển", "không được / không nên
 * chia sẻ". A bare "không thu phí / không chuyển…" is left out: adverts for jobs and loans boast "không thu phí, không
 * đặt cọc". (Folded "dung" is also "dùng / đúng", so "đừng" is left out; "con không gọi được cho mẹ, mẹ chuyển…" governs
 * nothing.)
 */
// (the words between never cross a comma: "bên em không gọi điện yêu cầu gì đâu, chị cứ đọc mã OTP…" turns to a request)
const ruleHead = new RegExp(`\\b(khong (bao gio|he|tuyet doi|duoc|nen|tu y)|tuyet doi khong( duoc| nen)?|khong( [^\\s,.;:]+){1,2} nao( duoc)?|khong ai( duoc)?|khong(?= (yeu cau|de nghi|goi dien|gui tin nhan|nhan tin|lien he)\\b))( (gui tin nhan|goi dien|nhan tin|goi|lien he)( [^\\s,.;:]+){0,3}?)?( (yeu cau|de nghi|bat|huong dan)( [^\\s,.;:]+){0,3}?)? ${actWords}\\b`);
/**
 * What turns a sentence back to a request after its rules, or gives a script's particulars (an amount, "gấp").
 * (Folded "hay" is also "or": "mã OTP hay chuyển tiền", so it turns only at a clause's start or after the reader;
 * "ngay" is also "ngày".)
 */
const turn = /(^|[,:]\s*|\b(ban|quy khach|anh|chi|ong|ba|nguoi dan|ba con) )(hay|vui long)\b|\b(tuy nhien|nhung|de nghi|can phai|lap tuc|chi can|gap|de (bao ve|tranh|duoc ho tro))\b|\b\d+([.,]\d+)? ?(trieu|tr|nghin|ngan|k|d|dong|ty|usd)\b/;
/** a script's gag order, which scripts word as a rule */
const gag = /\b(bao|noi|ke)( (viec nay|chuyen nay|gi))? (cho|voi) (nguoi nha|gia dinh|nguoi than|con chau|ai|bat ky ai|cong an|ngan hang|nguoi khac)\b|\b(tiet lo|chia se)( (thong tin|viec nay|chuyen nay))? (cho|voi) (nguoi nha|gia dinh|nguoi than|con chau|cong an|ai|bat ky ai|nguoi khac)\b|\b(cup|tat) may\b|\bcho ai biet\b|\bgiu bi mat\b|\broi khoi\b/;

/** what adverts for jobs, loans, investments and games promise: no safety rule sits among those */
const offers: SignalName[] = ["easy_money", "loan", "investment", "gambling", "recovery", "romance", "fake_papers"];

export function negatedRuleList(signals: Signals): boolean {
  if (signals.links.length || signals.phones.length || signals.accounts.length || offers.some((o) => signals.set.has(o))) return false;
  const f = signals.folded;
  if (!ruleHead.test(f) || gag.test(f)) return false;
  let rules = 0;
  for (const sentence of f.split(/(?<=[.!?;\n])\s+/)) {
    const a = act.exec(sentence);
    if (!a) continue;
    const head = ruleHead.exec(sentence);
    // the first act of the sentence is the one its negation governs; the acts after it are the list's other items
    if (!head || head.index > a.index || head.index + head[0].length < a.index + a[0].length) return false;
    if (turn.test(sentence.slice(head.index))) return false;
    rules++;
  }
  return rules > 0;
}
