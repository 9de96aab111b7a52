import type { Matter } from "./uncovered-matters";

/*
 * More matters no entry covers (session 29, out of coverage; read with uncovered-matters.ts, same shape). Each shares
 * words with an entry that speaks of the matter only by name, so the look-alike answered confidently, as a first
 * question or as a later turn kept on the previous entry:
 * - a social insurance benefit's amount or length ("nghỉ hưu thì được bao nhiêu tiền một tháng", "tiền tuất hằng tháng
 *   bao nhiêu", "tiền tử tuất … được bao nhiêu", "thất nghiệp được hưởng mấy tháng"): the voluntary insurance entry says
 *   "lương hưu", the death registration's joint procedure says "tử tuất", the "not at the ward" entry says where to claim
 *   unemployment pay; none says a sum. The years paid in belong to the phrase ("đóng bảo hiểm xã hội" would otherwise
 *   name the voluntary entry's subject). Paying in voluntarily and the social allowance stay with their entries.
 * - an employer that does not pay social insurance in, a social insurance book duplicated or merged: the social
 *   insurance agency's and the labour inspectorate's, not VssID nor voluntary insurance.
 * - a vehicle's number plate kept, changed or auctioned; a vehicle's transfer fee; a vehicle inherited: the police's and
 *   the tax office's (the "not at the ward" entry says only where vehicles are registered).
 * - a school that refused a pupil (the catchment), an exam re-marked: the education office's.
 * - a diploma reissued, told with a word between: the school's.
 * - a share of an estate or a disputed title, who is entitled: the court's.
 * - a private notary's fee or hours: the notary office's (the ward certifies, at its own fee).
 * - land recovered by the state, the compensation or job-change support asked: the district's compensation board's.
 * - a land title released from a bank's mortgage: the bank's and the land registration office's.
 * - a policy bank's loan asked as a sum or a rate: the bank's (the poor household's entry names the loan only as a benefit).
 * - a real traffic fine paid at the treasury: the police's (the fake-fine entry warns of links).
 * The key is the whole phrase (no `k` group): a later turn is no follow-up of an entry that says only the matter's name.
 */

/** a call, a text, a link, money asked: the scam check and the scam entries answer */
const unlessScam = /\b(?:lua|lua dao|gia mao|gia danh|mao danh|tin nhan|nhan tin|sms|cuoc goi|goi den|nguoi la|so la|link|otp|chuyen tien|chuyen khoan|hack|doa|no cuoc|neu khong|app)\b/;

export const amountPlateSchoolMatters: Matter[] = [
  // a benefit's amount or length, "hằng tháng" after it taken in (left behind it would name the social allowance's title);
  // not after a negation ("không có lương hưu thì trợ cấp được bao nhiêu"), no ward paper asked between ("về hưu rồi, làm
  // căn cước mất bao nhiêu"), not a martyr's family's allowance (the people with merit entry's)
  {
    folded:
      /\b(?:(?:dong|tham gia) (?:bao hiem(?: xa hoi)?|bhxh)(?: [a-z0-9]+){0,8} )?(?<!\b(?:khong|chua|ko|k) (?:co )?)(?:nghi huu|ve huu|luong huu|tien huu|tu tuat|tien tuat|tro cap tuat|che do tuat|nghi om|che do om|om dau|thai san|nghi sinh|nghi de|that nghiep)(?: (?:ben|cua|tu|o|do) (?:bao hiem(?: xa hoi)?|bhxh))?(?: (?!(?:lam|xin|roi|xong|mat|dang ky|cap)\b)[a-z0-9]+){0,8} (?:bao nhieu|may thang|may phan tram|tinh the nao|tinh ra sao|tinh sao)(?: tien)?(?: (?:hang|moi|mot|1) thang)?\b/,
    accented: /hưu|tuất|ốm|thai sản|nghỉ sinh|nghỉ đẻ|thất nghiệp/,
    unless: /\b(?:tu nguyen|huu tri xa hoi|tro cap xa hoi|bao tro xa hoi|nguoi co cong|liet si|thuong binh|benh binh|muc dong|dong (?:them|tiep|bu)|uy quyen)\b/,
  },
  // an employer that does not pay social insurance in; a social insurance book duplicated or merged
  {
    folded:
      /\b(?:(?:cong ty|doanh nghiep|xuong|nha may|xi nghiep|co quan|noi (?:toi )?lam|chu (?:cong ty|doanh nghiep|xuong|su dung lao dong))(?: [a-z]+){0,3} (?:khong|ko|k|chua|tron|no|cham) (?:dong|tra|chot|bao tang) (?:bao hiem(?: xa hoi)?|bhxh)|(?:tron|no) (?:dong )?(?:bao hiem xa hoi|bhxh)|gop (?:hai |2 )?so (?:bao hiem|bhxh)|so (?:bao hiem(?: xa hoi)?|bhxh)(?: [a-z0-9]+){0,5} (?:bi )?trung|trung (?:hai |2 )?ma so (?:bao hiem|bhxh))\b/,
    // (checking one's own months paid on VssID, buying family health insurance after losing the job: the entries' matters)
    unless: /\b(?:tu nguyen|vssid|tra cuu|xem|kiem tra|(?:mua|gia han) (?:the )?(?:bao hiem y te|bhyt)|lua|lua dao|gia mao|gia danh|mao danh|link|otp|hack)\b/,
  },
  // a vehicle's number plate kept, auctioned or chosen (changing or reissuing one is registration, the "not at the ward"
  // entry's: "đổi biển số xe … làm ở đâu") ("bien" is also "biên lai", "biến động": the accents settle it)
  {
    folded:
      /\b(?:(?:giu lai|giu nguyen|dau gia|bam|boc|chon) bien(?: so)?(?: xe)?|bien so(?: xe)?(?: [a-z0-9]+){0,3} (?:dep|dau gia|giu lai|giu nguyen))\b/,
    accented: /biển/,
    unless: unlessScam,
  },
  // a vehicle's transfer fee; a vehicle inherited ("nhân tiện" is no money; where to transfer one is registration)
  {
    folded:
      /\b(?:(?:phi|le phi|(?<!\bnhan )tien|thue) (?:lam )?sang ten (?:xe|o to|oto)|sang ten (?:xe(?: may| o to| oto)?|o to|oto)(?: [a-z0-9]+){0,4} (?:mat |het |ton |la |nop )?(?:bao nhieu|phi)|thua ke (?:chiec )?(?:xe|o to|oto)|(?:xe (?:may|o to|oto)|o to|oto)(?: [a-z0-9]+){0,6} (?:thua ke|de lai))\b/,
    accented: /xe|ô tô/,
    unless: unlessScam,
  },
  // a school that refused a pupil, the catchment disputed, an exam re-marked (not "khám đúng tuyến" of health insurance)
  {
    folded:
      /\b(?:truong(?: [a-z0-9]+){0,4} (?:tu choi|khong) (?:nhan|tiep nhan|cho (?:hoc|nhap hoc|vao))|truong(?: [a-z0-9]+){0,6} (?:khong|ko|sai|trai|ngoai) (?:dung )?tuyen|(?:khong|ko|sai|trai|ngoai) (?:dung )?tuyen(?: [a-z0-9]+){0,6} (?:truong|nhap hoc|vao lop)|phuc khao|cham (?:thi )?lai (?:bai|diem))\b/,
    accented: /trường|tuyến|phúc khảo|chấm/,
    unless: /\b(?:bao hiem|bhyt|kham|benh vien|vien phi|lua|link)\b/,
  },
  // a diploma reissued with a word between ("làm lại hộ chiếu, bằng đại học", "trường có cấp lại bằng không"): the school's
  // (uncovered-matters.ts reads "cấp lại bằng đại học"; a copy certified is chứng thực's)
  {
    folded:
      /\b(?:(?:cap lai|lam lai|xin lai|doi)(?: [a-z0-9]+){1,3} (?:bang|van bang|bang cap) (?:dai hoc|tot nghiep|cao dang|thpt|trung cap)|truong(?: [a-z]+){0,2} (?:co )?(?:cap lai|lam lai|doi) (?:bang|van bang|bang cap))\b/,
    accented: /bằng/,
    unless: /\b(?:ban sao|chung thuc|sao y|lua|link)\b/,
  },
  // a share of an estate or a disputed title: who is entitled, how much (the title named before it is part of the phrase:
  // "sổ đỏ" left behind would name the land registration's subject) (the court's, a lawyer's; the land mediation entry
  // mediates, the certification entry certifies an agreed division; neither says who is owed what)
  {
    folded:
      /\b(?:(?:(?:giay chung nhan quyen su dung dat|so (?:do|hong)|nha|dat|manh dat|can nha)(?: [a-z]+){0,2} )?(?:tranh chap|thua ke|di san|de lai)(?: [a-z0-9]+){0,8} ai (?:se )?(?:duoc|co quyen) (?:dung ten|huong|chia|nhan|giu|thua ke|bao nhieu|nhieu hon|phan nao)|(?:duoc|co quyen) (?:huong|chia|nhan) (?:bao nhieu|may) phan|(?:co duoc|co quyen) (?:chia|huong|nhan)(?: phan)? (?:thua ke|di san)(?: [a-z0-9]+){0,4} (?:khong|ngang|bang|nhu|nhieu hon)|phan (?:di san )?bat buoc)\b/,
    accented: /tranh chấp|thừa kế|di sản|để lại|phần/,
    // (the division's paper made at the ward is the certification entry's: "làm văn bản chia thừa kế ở phường có được không")
    unless: /\b(?:van ban|phuong|ubnd|uy ban|chung thuc|khai nhan|tu choi nhan|lua|lua dao|link|otp)\b/,
  },
  // a private notary's fee or hours (the folded text reads "công chứng" as "chứng thực": the notary's office names it; the
  // ward's certification asked stays with its entry)
  {
    folded:
      /\b(?:(?:cong chung|chung thuc)(?: [a-z0-9]+){0,8} )?van phong (?:cong chung|chung thuc)(?: [a-z0-9]+){0,12} (?:bao nhieu|phan tram|tinh (?:the nao|theo|sao)|lay phi|thu phi|lam viec|ngoai gio|chu nhat|thu bay)(?: (?:cho|cua|voi) (?:hop dong|di chuc|van ban)(?: mua ban| tang cho| chuyen nhuong| thua ke| uy quyen)?)?\b/,
    accented: /công chứng/,
    unless: /\b(?:phuong|ubnd|uy ban)\b/,
    // (session 30) the phrase holds the fee asked: the contract named beside it is what the notary would draw up
    // ("hợp đồng ủy quyền … ở văn phòng công chứng tư thì phí bao nhiêu"), not a question of the ward's certification
    asked: true,
  },
  // land recovered by the state: the compensation or support asked ("đất nông nghiệp bị thu hồi thì được hỗ trợ … bao nhiêu")
  {
    folded:
      /\b(?:dat|nha|thua(?: dat)?|ruong|vuon|dien tich)(?: [a-z0-9]+){0,3} bi thu hoi(?: [a-z0-9]+){0,6} (?:boi thuong|den bu|ho tro)(?: [a-z0-9]+){0,4} (?:bao nhieu|the nao|tinh (?:the nao|theo|sao)|khi nao)\b/,
    accented: /thu hồi/,
    unless: unlessScam,
  },
  // a land title released from a bank's mortgage
  {
    folded: /\b(?:rut (?:so (?:do|hong)|giay chung nhan(?: quyen su dung dat)?)(?: [a-z0-9]+){0,4} (?:the chap|ngan hang)|giai chap(?: so (?:do|hong))?)\b/,
    accented: /sổ|giải chấp/,
    unless: unlessScam,
  },
  // a policy bank's or a bank's loan asked as a sum or a rate
  {
    folded: /\b(?:vay von|vay ngan hang|ngan hang chinh sach|nhcs)(?: [a-z0-9]+){0,8} (?:duoc |vay )?(?:bao nhieu|toi da|lai suat)\b/,
    accented: /vay|ngân hàng/,
    unless: unlessScam,
  },
  // a real traffic fine paid at the treasury
  {
    // (the fine said before it is part of the phrase: "phạt nguội" left behind would name the fake-fine entry's subject)
    folded: /\b(?:phat(?: nguoi)?(?: [a-z0-9]+){0,6} )?(?:(?:nop|dong) (?:tien )?phat(?: [a-z0-9]+){0,4} (?:o|tai) kho bac|(?:nop|dong)(?: [a-z0-9]+){0,3} kho bac nao|kho bac nao)\b/,
    accented: /kho bạc/,
    unless: unlessScam,
  },
];
