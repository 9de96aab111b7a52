/*
 * More matters no entry covers (session 15, out of coverage; read with uncovered-matters.ts, same shape). Each shares
 * words with an entry, so a look-alike answered confidently or asked back:
 * - the resident's own retirement asked as a date or a sum ("đóng bảo hiểm ở công ty 25 năm, bao giờ được nghỉ hưu",
 *   "lương hưu của tôi được tính thế nào", "tuổi về hưu của nữ"): the social insurance agency's, not voluntary insurance
 *   (paying in to get a pension later, its entry). The years paid in belong to the question, so they are part of the
 *   phrase ("đóng bảo hiểm" would otherwise name that entry's subject). Paying in voluntarily stays with its entry.
 * - maternity benefits ("chế độ thai sản được mấy tháng", "nghỉ đẻ được bao nhiêu tiền bảo hiểm"): the employer's and
 *   the social insurance agency's; no entry says them.
 * - a lawsuit over a debt ("khởi kiện đòi nợ người vay không trả", "kiện ra tòa đòi tiền"): the court's. A land dispute
 *   taken to court stays with the mediation entry, which says mediation comes first.
 * - an exam's pass mark ("thi vào lớp 10 bao nhiêu điểm đỗ", "điểm trúng tuyển"): the education sector's.
 * - tap water gone bad ("nước máy đục ngầu mấy hôm nay", "nước sinh hoạt có mùi"), a utility's line nobody answers
 *   ("gọi công ty nước không ai nghe"): the water or power company's, not the fake-bill scam entry.
 * - shopping advice ("mua xe ô tô cũ nên chọn hãng nào", "điện thoại loại nào tốt cho người già"): no ward matter.
 * Each phrase is absent from every entry's text (checked when added).
 */
import type { Matter } from "./uncovered-matters";

/** a call, a text, a link, money asked: the scam check and the scam entries answer */
const unlessScam = /\b(?:lua|lua dao|gia mao|gia danh|mao danh|tin nhan|nhan tin|sms|cuoc goi|goi den|nguoi la|so la|link|otp|chuyen tien|chuyen khoan|hack|doa|no tien|no cuoc|neu khong)\b/;

export const benefitCourtUtilityMatters: Matter[] = [
  // retirement: when, at what age, how the pension is reckoned (with the years paid in said before it)
  {
    folded:
      /\b(?:(?:dong|tham gia) (?:bao hiem(?: xa hoi)?|bhxh)(?: [a-z0-9]+){0,6} )?(?:(?:bao gio|khi nao|luc nao|may tuoi|bao nhieu tuoi|nam nao|den bao gio) (?:thi |moi |toi |minh |em )?(?:duoc |se |phai )?(?<k>(?:nghi|ve) huu)|(?<k2>tuoi (?:nghi|ve) huu)|(?<k3>luong huu) (?:cua (?:toi|em|minh|me|bo|ba) )?(?:se |duoc )*(?:tinh|bao nhieu|la bao nhieu|nhan duoc bao nhieu)|cach tinh (?:luong huu|tien huu))\b/,
    accented: /hưu/,
    unless: /\b(?:tu nguyen|huu tri xa hoi|tro cap|muc dong|dong (?:them|tiep|bu)|uy quyen|lua|lua dao|link|otp|hack|chuyen khoan|(?:mat|tru|rut) (?:het|sach))\b/,
  },
  // maternity benefits
  {
    folded:
      /\b(?:(?:che do|tien|huong|nhan|tro cap|bao hiem|chinh sach|thu tuc|ho so|nghi) (?<k>thai san)|(?<k2>thai san) (?:duoc|bao nhieu|mat|may|nhan|o dau|cho|cua|the nao|lam)|nghi (?<k3>de|sinh con|sinh) (?:[a-z]+ ){0,3}(?:bao nhieu tien|may thang|bao nhieu thang|duoc huong|duoc nhan|tien)(?: bao hiem)?)\b/,
    accented: /thai sản|nghỉ đẻ|nghỉ sinh/,
  },
  // a lawsuit over a debt, or a case taken to court that is no land dispute
  {
    folded:
      /\b(?:(?:khoi kien|kien|nop don (?:ra|len|o) toa)(?: [a-z0-9]+){0,5} (?<k>doi no|doi tien)|(?<k2>doi no)(?: [a-z0-9]+){0,6} (?:khoi kien|kien|ra toa|len toa)|(?:vay|muon) (?:[a-z0-9]+ ){0,4}khong (?:chiu )?tra(?: [a-z0-9]+){0,5} (?:khoi kien|kien|ra toa|len toa|doi the nao|doi sao|lam sao|lam the nao)|(?:khoi kien|kien) (?:[a-z]+ ){0,3}(?:ra|len) (?<k3>toa))\b/,
    accented: /kiện|đòi|tòa|trả/,
    unless: /\b(?:dat|dat dai|ranh gioi|lan chiem|lan sang|loi di|tuong rao|moc gioi|hoa giai|ly hon|ly di)\b|\b(?:lua|lua dao|gia mao|gia danh|mao danh|hack|link|otp|cuoc goi|tin nhan|nhan tin|toa an goi|trieu tap)\b/,
  },
  // an exam's pass mark ("… bao nhiêu điểm đỗ", "thi vào lớp 10 trường X cần bao nhiêu điểm")
  {
    folded: /\b(?:(?:bao nhieu|may) diem (?:thi )?(?:thi |moi )?(?:do|dau|vao|trung tuyen)|thi (?:vao )?(?:lop|truong)(?: [a-z0-9]+){1,6} (?:can |lay |phai )?(?:bao nhieu|may) diem|diem (?:trung tuyen|xet tuyen|san|dau vao) (?:lop|vao|truong|nam|bao nhieu|cua)|(?:tra|xem|tra cuu) (?:ket qua|diem) (?:thi|tuyen sinh) (?:lop|vao|tot nghiep|thpt|dai hoc))\b/,
    accented: /điểm/,
  },
  // tap water gone bad; a utility's line nobody answers
  {
    folded: /\b(?<k>nuoc (?:may|sinh hoat|sach))(?: [a-z]+){0,6} (?:duc|duc ngau|co mui|boc mui|hoi|tanh|co can|vang|mau vang|den|co giun|co cat|chay yeu|yeu qua|khong chay)\b/,
    accented: /nước (?:máy|sinh hoạt|sạch)/,
    unless: unlessScam,
  },
  {
    folded: /\bgoi (?:cho )?(?:tong dai )?(?<k>cong ty nuoc|cong ty dien|dien luc|nha may nuoc|cong ty cap nuoc)(?: [a-z]+){0,5} (?:khong ai (?:nghe|bat may|tra loi)|khong duoc|khong lien lac duoc|may ban)\b/,
    accented: /nước|điện/,
    unless: unlessScam,
  },
  // shopping advice: which brand, type or model to buy (not which payment app or insurance card, entries' matters)
  {
    folded: /\b(?:nen (?:chon|mua|lay|dung) (?:[a-z]+ ){0,2}(?<k>hang|loai|mau|dong|nhan hieu) nao|(?:mua|chon) [a-z]+(?: [a-z]+){0,3} (?<k2>hang|loai|mau|dong|nhan hieu) nao (?:tot|ben|re|on|hop ly|an toan)|(?<k3>hang|loai|mau|dong|nhan hieu) nao (?:tot|ben|re|on|chat luong) (?:nhat|hon|cho nguoi gia|cho nguoi lon tuoi))\b/,
    unless: /\b(?:vi dien tu|app|ung dung|tai khoan|ngan hang|bao hiem y te|bhyt|bhxh|the|giay to|ho so|thu tuc|mau don|to khai)\b/,
  },
];
