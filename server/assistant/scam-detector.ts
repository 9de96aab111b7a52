import { foldDiacritics, normalizeText } from "./vietnamese-text";

/*
 * Judges a forwarded message from signals, never from memorised texts: links to domains that
 * are not official, impersonated brands or authorities, urgency and threats, and requests for
 * money, OTP codes, passwords, card numbers or app installs. A resident ASKING about a kind of
 * scam ("tin nhắn phạt nguội có thật không?") is answered from the knowledge base instead.
 */

export type ScamSignal =
  | "suspicious_link"
  | "lookalike_domain"
  | "impersonation"
  | "urgency"
  | "threat"
  | "money_request"
  | "otp_request"
  | "credential_request"
  | "app_install"
  | "prize"
  | "easy_money"
  | "secrecy"
  | "off_channel_contact"
  | "new_number";

export type ScamVerdict = {
  isScam: boolean;
  score: number;
  signals: ScamSignal[];
  domains: string[];
  /** the message reads like something received (addressed to the reader), not a question */
  looksForwarded: boolean;
};

/** Official domains (and their subdomains): links to these are not a signal. */
const officialSuffixes = [
  "gov.vn",
  "dichvucong.gov.vn",
  "vneid.gov.vn",
  "evn.com.vn",
  "evnhanoi.vn",
  "evnhanoi.com.vn",
  "baohiemxahoi.gov.vn",
  "tinnhiemmang.vn",
  "zalo.me",
  "zaloapp.com",
  "ihanoi.vn",
];

/** Brands and authorities that scammers borrow (folded). */
const impersonatedNames =
  /\b(vneid|dich vu cong|bo cong an|cong an|canh sat|csgt|toa an|vien kiem sat|thue|cuc thue|chi cuc thue|bhxh|bao hiem xa hoi|evn|dien luc|tien dien|cap nuoc|nuoc sach|ngan hang|vietcombank|vcb|vietinbank|bidv|agribank|techcombank|mb bank|mbbank|tpbank|vpbank|acb|sacombank|momo|zalopay|vnpay|buu dien|vnpost|viettel|vinaphone|mobifone|shopee|lazada|tiki|giao hang|ghn|ghtk|j&t|ubnd|uy ban|bo y te|bo tai chinh|hai quan)\b/;

const urgencyPattern =
  /\b(ngay lap tuc|ngay hom nay|khan cap|gap|trong vong \d+ ?(h|gio|phut|ngay)|truoc \d+ ?(h|gio)|han cuoi|lan cuoi|sap het han|het han|qua han|con \d+ ?(h|gio|phut)|cap nhat ngay|xac thuc ngay|lien he ngay|thanh toan ngay|ngay bay gio)\b/;

const threatPattern =
  /\b(bi khoa|se bi khoa|tam khoa|khoa tai khoan|khoa sim|cat dien|bi cat|se bi cat|ngung cap dien|cat nuoc|bi phat|xu phat|truy to|bat giam|lenh bat|khoi to|dieu tra|rua tien|lien quan (den|toi) (vu an|duong day)|vo hieu hoa|thu hoi)\b/;

const moneyRequestPattern =
  /\b(chuyen khoan|chuyen tien|nop (phi|tien|phat)|dong (phi|tien|phat)|thanh toan|dat coc|coc truoc|phi (xu ly|ho so|nhan thuong|van chuyen|kich hoat)|nap tien|so tai khoan|stk)\b/;

const otpPattern = /\b(otp|ma xac thuc|ma xac nhan|ma kich hoat|ma giao dich)\b/;
const credentialPattern = /\b(mat khau|password|so the|ma pin|cvv|thong tin the|tai khoan ngan hang|anh (chup )?(can cuoc|cccd)|mat truoc mat sau)\b/;
const installPattern = /\b(tai (ung dung|app|phan mem)|cai (dat )?(ung dung|app|phan mem)|\.apk|apk|tai ve|cai dat)\b/;
const prizePattern = /\b(trung thuong|nhan thuong|qua tang|giai thuong|tri an khach hang|may man|duoc chon|hoan tien)\b/;
const easyMoneyPattern = /\b(viec nhe luong cao|hoa hong|lam nhiem vu|cong tac vien|ctv|thu nhap (cao|hap dan)|loi nhuan|lai suat cao|dau tu (sinh loi|an toan)|x2 tai khoan|kiem tien)\b/;
/** "Con đây, con đổi số mới, mẹ đừng gọi": a relative's identity claimed from an unknown number. */
const newNumberPattern = /\b(day la so moi|so moi cua (con|em|chau|anh|chi|minh)|(con|em|chau|minh) (doi|dung|nhan bang|nhan tin bang) so (moi|khac)|dien thoai (cua )?(con|em|chau) (bi )?(hong|mat|roi)|(me|bo|ba|ong|co|chu|bac) dung goi)\b/;
/** Genuine one-time-code messages tell the reader never to share the code. */
const protectivePattern = /\b(khong|dung|tuyet doi khong|khong bao gio) (duoc )?(chia se|cung cap|dua|tiet lo|gui)\b/;
/** Moving the conversation to a private channel: "kết bạn Zalo CSKH…", "gọi lại số…". */
const offChannelPattern = /\b(ket ban zalo|add zalo|ket ban qua zalo|nhan tin qua zalo|lien he zalo|lien he qua zalo|inbox|nhan tin cho so|goi lai so|goi ngay so|lien he so|telegram|whatsapp)\b/;
const secrecyPattern = /\b(khong (duoc )?(noi|bao|tiet lo) (voi|cho) (ai|nguoi than|gia dinh)|giu bi mat|o mot minh)\b/;

/** Reads like a message addressed to the reader (a forwarded SMS/Zalo), not a resident's question. */
const addressedPattern =
  /\b(quy khach|ban da|ban duoc|tai khoan cua ban|cua quy khach|vui long|hay (truy cap|nhan|bam|click|lien he|cung cap)|truy cap|click|bam vao|nhan vao|soan tin|lien he ngay|xin thong bao|thong bao:|kinh gui|chuc mung|tuyen (ctv|cong tac vien|nhan vien|thanh vien)|inbox|nhan ngay|dang ky ngay|toi la (can bo|nhan vien|canh sat|cong an|dieu tra vien|dai dien)|yeu cau (ong|ba|anh|chi|quy khach)|anh\/chi|ong\/ba)\b/;

const questionPattern =
  /(\?|\b(co phai|co that|co nen|phai lam sao|lam the nao|lam sao|la gi|the nao|co sao khong|co bi lua|lua dao khong|dung khong|that khong|co an toan)\b)/;

const urlPattern = /\b((?:https?:\/\/)?(?:[a-z0-9-]+\.)+(?:com|net|org|info|xyz|top|site|online|vip|cc|me|io|vn|app|link|club|shop|store|live|icu|cyou|tk|ml|ga|cf|gq|asia|biz|pro)(?::\d+)?(?:\/[^\s]*)?)/gi;

function extractDomains(text: string): string[] {
  const domains = new Set<string>();
  for (const match of text.toLowerCase().matchAll(urlPattern)) {
    const host = match[1]!.replace(/^https?:\/\//, "").split(/[/:?#]/)[0]!;
    if (/^\d+(\.\d+)+$/.test(host)) continue;
    domains.add(host.replace(/^www\./, ""));
  }
  return [...domains];
}

export function isOfficialDomain(domain: string): boolean {
  return officialSuffixes.some((suffix) => domain === suffix || domain.endsWith(`.${suffix}`));
}

const brandInDomain = /(vneid|dichvucong|dvc|gov|bocongan|congan|evn|dienluc|bhxh|vssid|thue|vietcombank|vcb|bidv|agribank|techcombank|vietinbank|mbbank|tpbank|vpbank|momo|zalopay|vnpost|viettel|shopee|lazada|csgt|phatnguoi|ihanoi|hanoi)/;

export function checkScam(text: string): ScamVerdict {
  const folded = foldDiacritics(normalizeText(text)).replace(/\s+/g, " ");
  const domains = extractDomains(text.normalize("NFC"));
  const signals = new Set<ScamSignal>();
  let score = 0;
  const add = (signal: ScamSignal, points: number) => {
    if (!signals.has(signal)) score += points;
    signals.add(signal);
  };

  const unofficial = domains.filter((d) => !isOfficialDomain(d));
  if (unofficial.length) add("suspicious_link", 2);
  if (unofficial.some((d) => brandInDomain.test(d.replace(/[^a-z0-9]/g, "")))) add("lookalike_domain", 3);
  if (impersonatedNames.test(folded) || /\[[^\]]{2,30}\]/.test(text)) add("impersonation", 1);
  if (urgencyPattern.test(folded)) add("urgency", 1);
  if (threatPattern.test(folded)) add("threat", 1);
  if (moneyRequestPattern.test(folded) || /\d[\d.,]*\s*(trieu|nghin|k|vnd|dong|d)\b/.test(folded)) add("money_request", 1);
  if (otpPattern.test(folded)) add("otp_request", 2);
  if (credentialPattern.test(folded)) add("credential_request", 2);
  if (installPattern.test(folded)) add("app_install", 1);
  if (prizePattern.test(folded)) add("prize", 1);
  if (easyMoneyPattern.test(folded)) add("easy_money", 1);
  if (secrecyPattern.test(folded)) add("secrecy", 1);
  if (offChannelPattern.test(folded)) add("off_channel_contact", 1);
  if (newNumberPattern.test(folded)) add("new_number", 1);
  // "Mã OTP của Quý khách là …, tuyệt đối không chia sẻ": a real bank code, not a request for one.
  if (protectivePattern.test(folded) && !unofficial.length && !signals.has("money_request")) {
    for (const s of ["otp_request", "credential_request"] as const) {
      if (signals.delete(s)) score -= 2;
    }
  }

  // A lure (prize, easy money, threat, urgency) paired with a demand (money, codes, installs,
  // a link) is the shape of nearly every scam message.
  const lure = signals.has("prize") || signals.has("easy_money") || signals.has("threat") || signals.has("urgency") || signals.has("new_number") || signals.has("secrecy");
  const demand = ["money_request", "otp_request", "credential_request", "app_install", "suspicious_link", "off_channel_contact"].some((s) => signals.has(s as ScamSignal));
  if (lure && demand) score += 1;

  const addressed = addressedPattern.test(folded) || /^\s*\[[^\]]+\]/.test(text) || signals.has("new_number");
  const question = questionPattern.test(folded);
  const looksForwarded = addressed || (unofficial.length > 0 && !question);

  // A question about a kind of scam mentions the same words as the scam itself; what tells
  // them apart is a concrete lure: a link, or a message written to the reader.
  const strong = signals.has("suspicious_link") || signals.has("otp_request") || signals.has("credential_request") || (lure && demand);
  const isScam = looksForwarded && score >= 3 && (strong || signals.size >= 3) && !(question && !addressed && !unofficial.length);
  return { isScam, score, signals: [...signals], domains, looksForwarded };
}

export const signalExplanations: Record<ScamSignal, string> = {
  suspicious_link: "có đường link tới trang web không phải trang chính thức của cơ quan nhà nước",
  lookalike_domain: "tên trang web được làm giống tên cơ quan hoặc thương hiệu thật để đánh lừa",
  impersonation: "mạo danh cơ quan nhà nước, ngân hàng hoặc doanh nghiệp quen thuộc",
  urgency: "thúc ép phải làm ngay, gấp, trong thời hạn rất ngắn",
  threat: "đe dọa khóa tài khoản, cắt dịch vụ, phạt hoặc liên quan vụ án",
  money_request: "yêu cầu chuyển tiền, nộp phí hoặc nhắc tới khoản tiền lớn",
  otp_request: "đòi mã OTP hoặc mã xác thực (cơ quan, ngân hàng không bao giờ hỏi mã này)",
  credential_request: "đòi mật khẩu, số thẻ hoặc ảnh giấy tờ tùy thân",
  app_install: "yêu cầu tải, cài ứng dụng lạ",
  prize: "báo trúng thưởng, tặng quà, hoàn tiền bất ngờ",
  easy_money: "hứa hẹn việc nhẹ lương cao, hoa hồng, lợi nhuận cao",
  secrecy: "yêu cầu giữ bí mật, không cho người thân biết",
  new_number: "xưng là người thân nhắn từ số mới, dặn đừng gọi lại",
  off_channel_contact: "lôi kéo sang kênh riêng (kết bạn Zalo, nhắn tin, gọi lại số lạ) để hướng dẫn chuyển tiền",
};
