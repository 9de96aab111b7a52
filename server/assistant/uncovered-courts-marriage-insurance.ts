import type { Matter } from "./uncovered-matters";

/*
 * More matters no entry covers (session 30, out of coverage; read with uncovered-matters.ts, same shape). In each the
 * look-alike names the matter or the resident's circumstance and says nothing of what is asked, so it answered
 * confidently, as a first question or as a later turn kept on the previous entry:
 * - a lawsuit's court fee, a lawyer's fee, which court, the papers to sue with, the complaint written, damages sued for:
 *   the land mediation entry says only that a failed mediation may go to court ("khởi kiện tại Tòa án nhân dân").
 * - a divorce's property divided, a unilateral divorce filed, a prenuptial agreement: the court's and a notary's; the
 *   marriage registration and its copies are the resident's circumstance ("đăng ký kết hôn được 10 năm, giờ ly hôn …").
 * - a paper legalised for use abroad, anything done at an embassy: the foreign ministry's and the embassy's (the
 *   certification entry lists "hợp pháp hóa" among what it does not cover).
 * - a private insurer's claim or payout (life, health, car): the insurer's (the family health insurance entry lists them
 *   among what it does not cover).
 * - a power or water contract put in the resident's name: the utility company's.
 * - a home or income abroad taxed: the tax office's.
 * Every phrase holds what is asked (`asked`): the entry's subject named beside it is the circumstance, not the question.
 */

/** a call, a text, a link, money asked, a fake lawyer or court: the scam check and the scam entries answer */
const unlessScam = /\b(?:lua|lua dao|gia mao|gia danh|mao danh|tin nhan|nhan tin|sms|cuoc goi|goi den|goi dien|nguoi la|so la|link|otp|chuyen tien|chuyen khoan|hack|doa|trieu tap|lay lai tien|thu hoi tien|app)\b/;

/** "kiện" as a lawsuit, not "điều kiện", "sự kiện", "ý kiến" */
const sue = String.raw`(?<!\b(?:dieu|su|y|phu|linh|kien|bien) )(?:khoi )?kien`;

export const courtMarriageInsuranceMatters: Matter[] = [
  // a lawsuit's court fee, a lawyer's fee, which court, the papers to sue with, the complaint written, damages sued for
  {
    folded: new RegExp(
      String.raw`\b(?:an phi|(?:chi phi|phi|tien|gia|thu lao) (?:thue |moi )?luat su|(?:thue|moi) luat su(?: [a-z0-9]+){0,8} (?:bao nhieu|het bao|mat bao|ton bao)|(?:nop|gui|dua) don ${sue}(?: [a-z0-9]+){0,3} (?:o|tai|len|ra) (?:toa(?: an)? )?(?:nao|dau)|(?:o|tai|len|ra) toa(?: an)? nao|toa(?: an(?: nhan dan)?)? nao (?:giai quyet|xu|thu ly|nhan don)|(?:viet|soan|lam|thao) (?:giup |ho |dum )?(?:toi |em |minh )?don ${sue}|don ${sue} (?:viet|soan|mau|gom|can)|${sue}(?: [a-z0-9]+){0,8} (?:ra|len|o|tai) toa(?: an)?(?: [a-z0-9]+){0,6} (?:can chuan bi gi|chuan bi gi|chuan bi nhung gi|can (?:nhung )?giay to gi|ho so (?:gom|gi|nhu the nao|the nao))|${sue}(?: [a-z]+){0,3} (?:doi )?(?:boi thuong|den bu))\b`,
    ),
    accented: /án phí|luật sư|kiện|tòa/,
    unless: unlessScam,
    asked: true,
  },
  // a divorce's property divided, a unilateral divorce filed, a prenuptial agreement (custody and support:
  // uncovered-custody-meter.ts)
  {
    folded:
      /\b(?:ly (?:hon|di)(?: [a-z0-9]+){0,10} (?:chia|phan chia)(?: [a-z0-9]+){0,6} (?:the nao|ra sao|nhu the nao|sao|bao nhieu)|(?:chia|phan chia) (?:tai san|nha|dat|nha dat|can nha|no)(?: [a-z0-9]+){0,6} (?:khi|sau khi|luc|neu) ly (?:hon|di)|ly (?:hon|di) don phuong(?: [a-z0-9]+){0,4} (?:nop don|o dau|the nao|lam sao|can gi|bao lau)|hop dong hon nhan|thoa thuan (?:che do )?tai san(?: [a-z]+){0,2} (?:truoc )?(?:hon nhan|ket hon|khi cuoi))\b/,
    accented: /ly hôn|ly dị|hôn nhân|tài sản/,
    unless: unlessScam,
    asked: true,
  },
  // a paper legalised for use abroad (not a foreign paper's copy certified here, the certification entry's), a service
  // asked of an embassy or consulate ("gia hạn hộ chiếu tại đại sứ quán mất bao lâu"; not "chưa đăng ký khai sinh ở lãnh
  // sự quán", a birth's circumstance, nor "có cần lên đại sứ quán không", which the ward paper's entry decides)
  {
    folded:
      /\b(?:(?:can|muon|phai|lam|xin|thu tuc|di) hop phap hoa(?: lanh su)?|hop phap hoa(?: lanh su)?(?: [a-z0-9]+){0,10} (?:o dau|the nao|lam sao|bao lau|bao nhieu|co quan nao)|(?:o|tai|qua) (?:dai su quan|lanh su quan|tong lanh su(?: quan)?)(?: [a-z0-9]+){0,4} (?:mat bao lau|bao lau|o dau|the nao|bao nhieu|lam sao|can gi|gom gi))\b/,
    accented: /hợp pháp hóa|hợp pháp hoá|sứ quán|lãnh sự/,
    unless: /\b(?:nuoc ngoai cap|do nuoc ngoai|chung thuc|sao y|ban sao|lua|lua dao|gia danh|link)\b/,
    asked: true,
  },
  // a private insurer's claim or payout (life, private health, car), asked as such
  {
    folded:
      /\b(?:(?:tien |hop dong |goi )?bao hiem (?:nhan tho|thuong mai|suc khoe(?: tu nhan)?|tu nhan|o to|oto|xe o to|vat chat(?: xe)?|than vo)(?: [a-z0-9]+){0,12} (?:rut|nhan|boi thuong|den bu|chi tra|thanh toan|khieu nai|huy|dao han|tu choi|claim|bao nhieu)|(?:boi thuong|chi tra|claim|rut tien|huy hop dong|khieu nai) (?:[a-z]+ ){0,3}bao hiem (?:nhan tho|thuong mai|suc khoe|tu nhan|o to|oto|xe o to|vat chat|than vo))\b/,
    accented: /bảo hiểm/,
    unless: unlessScam,
    asked: true,
  },
  // a power or water contract put in the resident's name
  {
    folded:
      /\b(?:(?:hop dong|cong to|dong ho)(?: mua ban)?(?: (?:tien )?(?:dien|nuoc)){1,2}(?: [a-z0-9]+){0,4} (?:sang ten|doi ten|chuyen ten)|(?:sang ten|doi ten|chuyen ten) (?:hop dong|cong to|dong ho)(?: mua ban)?(?: tien)? (?:dien|nuoc))\b/,
    accented: /điện|nước/,
    unless: unlessScam,
    asked: true,
  },
  // a home or income abroad taxed
  {
    folded: /\b(?:nha|dat|can ho|tai san|thu nhap)(?: [a-z]+){0,2} (?:o|tai) nuoc ngoai(?: [a-z0-9]+){0,8} (?:khai|nop|dong|quyet toan) thue\b/,
    accented: /thuế/,
    unless: unlessScam,
    asked: true,
  },
];
