/*
 * Matter words: the names of matters residents bring to a ward that belong to another office, a court, a company or
 * the social insurance agency (session 27, out of coverage). Written from what a ward is asked, not from test lines:
 * divorce and inheritance, companies and taxes, pensions, maternity and survivors' benefits, social housing and
 * flats, power and water cuts and bills, visas and work permits, compensation and land recovery, labour disputes.
 * A word here is no verdict: whether a matter is covered is read from the entries themselves at run time
 * (uncovered-matter-word.ts), so an entry written later for one of them answers it without touching this list.
 *
 * Each is the accented phrase; its folded form is matched in the folded message, and when the message is written with
 * diacritics the accented phrase must be there too ("chứng cứ" is no "chung cư"). `context`: a folded phrase is also
 * an everyday one, so it needs a neighbour that makes it the matter ("mua chung cư", not "giữ chứng cứ").
 */
import { foldDiacritics, normalizeText } from "./vietnamese-text";

export interface MatterWord { accented: string; folded: string; context?: RegExp }

const word = (accented: string, context?: RegExp): MatterWord => ({ accented, folded: fold(accented), context });

/** lowercase, no diacritics, đ → d (the folded message's alphabet) */
export function fold(text: string): string {
  return foldDiacritics(normalizeText(text));
}

export const matterWords: MatterWord[] = [
  // family matters decided by a court
  word("ly hôn"),
  word("ly dị"),
  word("ly thân"),
  word("đơn ly hôn"),
  word("thừa kế"),
  word("di chúc"),
  word("chia tài sản"),
  word("quyền nuôi con"),
  word("cấp dưỡng"),
  word("khởi kiện"),
  word("tòa án"),
  word("kiện ra tòa"),
  word("luật sư"),
  word("bản án"),
  word("thi hành án"),
  // companies and taxes (the city's business registration office, the tax office)
  word("công ty", /\b(?:thanh lap|mo|dang ky|ten|doi ten|giai the|pha san|dong cua) cong ty\b|\bcong ty (?:tnhh|co phan|cua (?:toi|em|minh))\b/),
  word("doanh nghiệp"),
  word("công ty cổ phần"),
  word("trách nhiệm hữu hạn"),
  word("văn phòng đại diện"),
  word("thuế thu nhập"),
  word("quyết toán thuế"),
  word("hoàn thuế"),
  word("mã số thuế"),
  word("thuế tncn"),
  word("giảm trừ gia cảnh"),
  word("người phụ thuộc"),
  // (session 28) the land and property taxes, the registration fee of a vehicle or a house, VAT, tax debts: the tax
  // office's ("thuê đất", renting land, folds the same: "thuế đất" needs a tax's neighbour)
  // (the whole tax's name before its head, taken out of the message first: "đất phi nông nghiệp" left behind would name the
  // land-use change entry's subject)
  word("thuế sử dụng đất phi nông nghiệp"),
  word("thuế đất phi nông nghiệp"),
  word("thuế đất nông nghiệp"),
  word("thuế đất", /\b(?:nop|dong|tien|muc|mien|giam|no) thue dat\b|\bthue dat (?:phi nong nghiep|nong nghiep|hang nam)\b/),
  word("thuế nhà đất"),
  word("thuế sử dụng đất"),
  word("thuế trước bạ"),
  word("lệ phí trước bạ"),
  word("phí trước bạ"),
  word("thuế giá trị gia tăng"),
  word("thuế gtgt"),
  word("thuế vat"),
  word("nợ thuế"),
  word("chậm nộp thuế"),
  // social insurance benefits (the social insurance agency's, not voluntary insurance paid in)
  word("hưu trí"),
  word("lương hưu"),
  word("nghỉ hưu"),
  word("về hưu"),
  word("tử tuất"),
  word("thai sản"),
  word("ốm đau"),
  word("tai nạn lao động"),
  word("bệnh nghề nghiệp"),
  word("lương cơ sở"),
  word("lương tối thiểu"),
  word("nghỉ đẻ"),
  // (session 30) maternity leave by its other everyday name
  word("nghỉ sinh"),
  word("tuổi nghỉ hưu"),
  word("bảo hiểm xã hội một lần"),
  word("bhxh một lần"),
  // (session 30) the one-off withdrawal written with a digit
  word("bhxh 1 lần"),
  word("bảo hiểm xã hội 1 lần"),
  word("trợ cấp thôi việc"),
  // (session 29) sick pay by its everyday name (not "trợ cấp tuất", "tiền tuất": a martyr's family's is the people with
  // merit entry's; a survivors' benefit asked as a sum is in uncovered-amounts-plates-schools.ts)
  word("nghỉ ốm"),
  word("chế độ ốm"),
  // housing bought, sold or rented, and its builders
  word("nhà ở xã hội"),
  word("nhà xã hội"),
  word("chung cư", /\b(?:mua|ban|thue|nha|can ho|khu|du an|o|chu dau tu) chung cu\b|\bchung cu (?:o|tai|gia|nao|hay|mini|cao cap)\b/),
  word("chủ đầu tư"),
  word("bàn giao nhà"),
  word("phòng trọ", /\b(?:tim|kiem|co|thue|gia|nao) phong tro\b|\bphong tro (?:nao|gia|re|gan|o dau)\b/),
  word("hợp đồng thuê"),
  // (session 28) land and homes as a trade: projects, plots for sale, brokers (whether to buy is no ward's advice)
  word("đất dự án"),
  word("đất nền"),
  word("bất động sản"),
  word("môi giới"),
  // utilities' own service: cuts, bills disputed, meters
  word("mất điện"),
  word("cúp điện"),
  word("cắt điện"),
  word("mất nước"),
  word("cúp nước"),
  word("hóa đơn điện"),
  word("hóa đơn nước"),
  word("công tơ"),
  word("cắt nước"),
  word("đồng hồ điện"),
  word("đồng hồ nước"),
  word("điện lực"),
  word("chập điện"),
  // immigration (the immigration office's) and work permits
  word("visa"),
  word("thị thực"),
  word("giấy phép lao động"),
  word("thẻ tạm trú"),
  word("thẻ thường trú"),
  word("quốc tịch"),
  word("xuất khẩu lao động"),
  word("du học"),
  // land recovered by the state, compensation, administrative fines contested
  word("thu hồi đất"),
  word("đền bù"),
  word("bồi thường"),
  word("giải phóng mặt bằng"),
  word("tái định cư"),
  word("xử phạt hành chính"),
  word("quyết định xử phạt"),
  // an employer's side: contracts, dismissals, wages
  word("hợp đồng lao động"),
  word("sa thải"),
  word("nợ lương"),
  // banks' own products
  word("thế chấp"),
  word("lãi suất"),
  word("sổ tiết kiệm"),
  word("thẻ tín dụng"),
  word("đăng kiểm"),
  word("học bổng"),
  word("chuyển trường"),
];
