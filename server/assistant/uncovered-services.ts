/*
 * Other offices' and companies' own services that residents ask the ward about (session 14, out of coverage; read with
 * uncovered-matters.ts, same shape). Each shares a word with an entry, so a look-alike answered confidently:
 * - a licence for a trade that needs its own ("giấy phép kinh doanh rượu bia", "xin phép bán thuốc lá"): the city's or
 *   the district's economic office, not the household-business registration (which answers "xin giấy phép kinh doanh");
 * - a bank's own service: a card ("làm thẻ ATM cho con"), a loan ("vay ngân hàng để xây nhà"), not a ward paper a loan
 *   needs ("xác nhận độc thân để vay ngân hàng", whose entry says it) nor a card asked for by a stranger (a scam);
 * - a carrier's SIM ("làm lại sim chính chủ ra nhà mạng nào"), the power or water company's hotline ("số tổng đài
 *   điện lực") and its contract moved to a new owner ("sang tên hợp đồng điện"): not the scam entries that tell residents
 *   to call them nor the land entries; a call, a text or a threat stays the scam's;
 * - a nationality acquired, renounced or held twice ("bạn tôi người Nhật muốn nhập quốc tịch Việt Nam"): not the
 *   foreigners' stay declaration;
 * - a hospital's booking ("đặt lịch khám online ở viện nào"), not the electronic health book;
 * - a pension claimed ("làm hồ sơ hưởng lương hưu ở đâu": the social insurance agency's), not paying in for one later
 *   (paying in that is compulsory, "đóng bảo hiểm bắt buộc 30 năm", is an employee's: the pension is still claimed);
 * - a donation for flood or storm victims ("tiền ủng hộ đồng bào lũ lụt gửi qua đâu"), not relief received;
 * - studying abroad itself ("con muốn đi du học Nhật cần chuẩn bị gì"), not a ward paper for it (lý lịch tư pháp);
 * - a private contract's template ("xin mẫu hợp đồng thuê nhà"), not its certification (chứng thực hợp đồng);
 * - an employer's labour contract ("công ty không ký hợp đồng lao động có bị phạt không"): the labour inspectorate's;
 * - compensation after a traffic accident ("bên kia không chịu bồi thường"): the police's and the court's, not the scam
 *   of a relative "in an accident".
 * Each phrase is absent from every entry's text (checked when added).
 */
import type { Matter } from "./uncovered-matters";

/** a call, a text, a link, money asked: the scam check and the scam entries answer */
const scamCue = String.raw`lua|lua dao|gia mao|gia danh|mao danh|tin nhan|nhan tin|sms|goi dien|cuoc goi|goi den|nguoi la|so la|link|otp|chuyen tien|chuyen khoan|hack|doa|no tien|no cuoc|neu khong|chuan hoa|bi khoa|khoa sim`;
const unlessScam = new RegExp(String.raw`\b(?:${scamCue})\b`);

export const serviceMatters: Matter[] = [
  // a trade's own licence (alcohol, tobacco, fuel, gas, a pharmacy, a pawnshop)
  {
    folded: /\b(?:(?:giay phep|xin phep|cap phep|xin giay phep)(?: kinh doanh| ban| mo| ban le)?(?: [a-z]+){0,2} (?<k>ruou|bia|thuoc la|xang dau|ban xang|khi dot|binh gas|gas|nha thuoc|quay thuoc|duoc pham|cam do)|(?:ban|kinh doanh|mo (?:quan|cua hang|dai ly)) (?<k2>ruou|bia|thuoc la|xang dau|gas|thuoc tay|cam do)(?: [a-z]+){0,4} (?:can|phai|co can|co phai|xin) (?:giay phep|xin phep|cap phep))\b/,
    accented: /rượu|bia|thuốc lá|xăng|khí đốt|gas|nhà thuốc|quầy thuốc|dược|cầm đồ|thuốc tây/,
  },
  // a bank's card for oneself or one's child
  {
    folded: /\b(?:lam|mo|dang ky|cap|cap lai|lam lai|xin) (?:[a-z]+ )?(?<k>the atm|the ngan hang|the tin dung|the ghi no)\b/,
    accented: /thẻ/,
    unless: new RegExp(String.raw`\b(?:${scamCue}|ho|giup|thue|mua|ban|muon|nho)\b`),
  },
  // a bank loan wanted for a home, a business
  {
    folded: /\b(?:(?:muon|can|thu tuc|lam sao|cach|de|dinh) )?(?<k>vay (?:von )?ngan hang)(?: [a-z]+){0,3} (?:de|thi|can|phai|mua|xay|sua|lam)\b/,
    accented: /vay/,
    unless: new RegExp(String.raw`\b(?:${scamCue}|app|ung dung|online|phi|dat coc|giai ngan|xac nhan|chung nhan|doc than|hon nhan|chung thuc|the chap)\b`),
  },
  // a carrier's SIM done again or bought, where
  {
    folded: /\b(?:lam lai|cap lai|lam|mua|doi|dang ky|khoi phuc) (?<k>sim)(?: [a-z0-9]+){0,4} (?:o dau|nha mang nao|cua hang nao|ra dau|can gi|can mang gi|mat bao nhieu)\b|\bra nha mang nao\b/,
    unless: unlessScam,
  },
  // the power or water company's own number
  {
    folded: /\b(?:so|sdt|so dien thoai|hotline|tong dai|so tong dai)(?: cua)?(?: tong dai| cham soc khach hang| cskh)? (?<k>dien luc|evn|cong ty dien|cong ty nuoc|nuoc sach)\b/,
    accented: /điện lực|điện|nước|evn/i,
    // (the real number asked against a fake one, "số tổng đài điện lực thật là số nào", is the scam entry's advice)
    unless: new RegExp(String.raw`\b(?:${scamCue}|that|gia|chinh thuc)\b`),
  },
  // the power or water company's contract, moved to a new owner or signed for a new home ("hợp đồng điện tử" is no power)
  {
    folded: /\b(?:(?:sang ten|chuyen ten|doi ten|chuyen|ky|lam|dang ky|ky moi) (?<k>hop dong (?:mua ban |cung cap |su dung )?(?:dien|nuoc|dien nuoc)(?! tu))|(?<k2>hop dong (?:mua ban |cung cap |su dung )?(?:dien|nuoc)(?! tu))(?: [a-z]+){0,3} (?:sang ten|chuyen ten|doi ten|cho chu moi|sang chu moi))\b/,
    accented: /điện|nước/,
    unless: unlessScam,
  },
  // a nationality acquired, renounced or regained, or held twice (the Department of Justice's, not a foreigner's stay)
  {
    folded: /\b(?:(?:xin |lam |thu tuc |ho so )?(?:nhap|thoi|tro lai|giu|mang|co) (?<k>quoc tich)|(?<k2>song tich|hai quoc tich|2 quoc tich))\b/,
    accented: /quốc tịch|song tịch/,
  },
  // a hospital's booking
  {
    folded: /\b(?<k>(?:dat lich|dang ky|hen lich) kham)(?: benh)?(?: [a-z]+){0,4} (?:vien|benh vien|phong kham)\b|\b(?<k2>(?:dat lich|dang ky) kham) (?:benh )?(?:online|truc tuyen|qua mang)\b/,
    accented: /khám/,
  },
  // a pension claimed at retirement age (the social insurance agency's)
  {
    folded: /\b(?:ho so|thu tuc|lam|nop|giay to|dang ky|xin) (?:de |xin |ve |cho )?(?<k>huong luong huu)\b/,
    accented: /hưu/,
    unless: /\b(?:tu nguyen|dong (?:(?:bao hiem|bhxh)(?! (?:xa hoi )?bat buoc)|them|tiep|bu|du)|muc dong|so nam dong|huu tri xa hoi)\b/,
  },
  // a donation for victims of a flood or a storm
  {
    folded: /\b(?<k>(?:ung ho|quyen gop|dong gop)) (?:tien )?(?:cho )?(?:dong bao|ba con|nguoi dan|vung|mien trung|mien bac|lu lut|bao lu|nan nhan|quy)\b|\b(?:tien|hang|do) (?<k2>ung ho|quyen gop) (?:dong bao|ba con|vung|mien|lu|bao)\b/,
    accented: /ủng hộ|quyên góp|đóng góp/,
  },
  // studying abroad itself, wanted or prepared
  {
    folded: /\b(?:muon|sap|chuan bi|dinh|se|tinh) (?:cho (?:con|chau|em) )?(?:di )?(?<k>du hoc)\b/,
    accented: /du học/,
    unless: new RegExp(String.raw`\b(?:${scamCue}|bi bat|tien chuoc|bat coc|chung minh tai chinh)\b`),
  },
  // a private contract's template
  {
    folded: /\b(?:mau|form|bieu mau) (?<k>hop dong (?:thue|cho thue|mua ban|dat coc|lao dong|muon))\b/,
    accented: /mẫu|form|biểu mẫu/,
    unless: /\b(?:chung thuc|cong chung)\b/,
  },
  // an employer's labour contract not signed, ended, or a dismissal ("không có hợp đồng lao động" alone is a worker's status,
  // voluntary insurance's)
  {
    folded: /\b(?:khong|chua|khong chiu|khong duoc) ky (?<k>hop dong lao dong)\b|\b(?<k2>hop dong lao dong)(?: [a-z]+){0,4} (?:bi phat|sai|cham dut|het han|bi duoi)\b|\bbi (?:cong ty |chu )?(?:sa thai|duoi viec|cho nghi viec)\b/,
    accented: /hợp đồng lao động|sa thải|đuổi việc/,
  },
  // compensation after a traffic accident (the story may run on: "bị tai nạn khi đang giao hàng, bên kia bỏ chạy, giờ bồi thường sao")
  {
    folded: /\b(?:tai nan|va cham|dam xe|tong xe|quet xe|dam vao)(?: [a-z0-9]+){0,20} (?<k>boi thuong|den bu)\b/,
    accented: /bồi thường|đền bù/,
    unless: new RegExp(String.raw`\b(?:${scamCue}|cap cuu|benh vien)\b`),
  },
];
