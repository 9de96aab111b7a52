/*
 * Everyday life events residents tell instead of naming the procedure they need (read by situation-entry.ts on a
 * first message, like its own situations). Each is the event in general words any resident would use, not one
 * message's wording; each steps aside when the message names another subject (its `other` words), and the entry
 * must already be among the message's three best candidates (retrieval sees it as relevant, the event only settles
 * the doubt between look-alike entries or lifts a weak match).
 *
 *   - a land certificate damaged or lost ("sổ đỏ bị mối ăn", "ướt nhòe hết chữ", "mất sổ đỏ khi chuyển nhà"): having
 *     it re-issued, unless the dossier is looked up, the land is sold or inherited;
 *   - a neighbour building onto one's land or path ("nhà bên cạnh xây tường lấn sang đất tôi"): mediation at the ward,
 *     unless a pavement or public land (a report) is meant;
 *   - building onto or repairing one's house ("cơi nới thêm tầng", "sửa lại bếp, thay mái"): the construction permit,
 *     unless a neighbour, a nuisance, a loan or a dossier's progress is the matter;
 *   - selling or opening a small shop ("bán bún riêu vỉa hè, muốn đăng ký cho đàng hoàng"): household business
 *     registration; with turnover or tax named ("doanh thu 400 triệu", "phải tự khai thuế"): the household tax entry;
 *   - a relative who just died ("chồng tôi mất ở bệnh viện", "ông cụ nhà tôi mới mất tuần trước"): the death
 *     registration, unless the death is years old, or a pension, an allowance, land or a scam is the matter;
 *   - tenants who left ("sinh viên trả phòng về quê rồi"): striking their residence off; tenants who came: their
 *     temporary residence (not foreign or overnight guests: those are their own entries);
 *   - moving in with one's spouse's family after marrying ("con trai cưới vợ quê Thanh Hóa, muốn nhập về nhà tôi"):
 *     permanent residence;
 *   - a long stay in hospital away from home ("đi điều trị ung thư ở viện trung ương 6 tháng"): declaring the absence;
 *   - a baby born at home or abroad ("con sinh ở nước ngoài giờ về nước"): the birth registration, unless the
 *     registration is late (a year, an age) or another paper is named.
 */
import type { Situation } from "./situation-entry";
import { FACE_BEFORE } from "./word-senses";

// "mat" as died, not the "mặt" of "có mặt" (present), "vắng mặt", "tiền mặt", "gặp mặt": "em có mặt sáng nay ở phường" is
// no death (word-senses.ts reads the same compounds; an accented "cô mất" reaches here already read as "qua doi")
const diedMat = String.raw`(?<!\b(?:${[...FACE_BEFORE].join("|")}) )mat`;
const relative = String.raw`(?:chong|vo|bo|me|cha|ba|ong|cu|ong cu|ba cu|ong noi|ba noi|ong ngoai|ba ngoai|anh|chi|em|con|chau|bac|chu|co|di|cau|mo|thim|nguoi nha|nguoi than|hang xom)`;
const shop = String.raw`(?:rau|hang|hang an|hang rong|com|pho|bun|bun rieu|banh|banh mi|xoi|chao|nuoc|tra da|cafe|ca phe|tap hoa|quan ao|do an|hoa qua|trai cay|thit|hoa tuoi|giay dep|my pham|online|tren mang|ve so|do uong|an vat|che)`;
const business = String.raw`(?:(?:ban|buon ban|kinh doanh)\s+(?:\S+\s+){0,2}?${shop}|(?:mo|muon mo|dinh mo|sap mo|chuan bi mo)\s+(?:\S+\s+){0,1}?(?:quan|tiem|cua hang|cua hieu|sap|shop|quay|xuong)|(?:tiem|quan|cua hang)\s+(?:tap hoa|sua xe|toc|cat toc|nail|com|pho|bun|nuoc|banh|an|rua xe|giat)|buon ban|kinh doanh nho)`;
const taxAsked = String.raw`(?:thue khoan|dong thue|nop thue|khai thue|tu khai|thue gi|thue the nao|thue bao nhieu|doanh thu|hoa don|so sach|ma so thue)`;

export const everydaySituations: Situation[] = [
  {
    name: "sổ đỏ hư hỏng, bị mất",
    told: new RegExp(
      String.raw`\b(?:so do|xo do|so hong|giay chung nhan quyen su dung dat|so dat)\b(?:\s+\S+){0,6}?\s+(?:bi\s+)?(?:mat(?!\s+(?:bao|may|\d|nhieu|khoang|tam|chung|het|phi|tien|thoi gian|ca|it|lien lac|song|tich|hut|cong))|that lac|rach|bi hong|hong het|hu hong|bi hu|bi moi|moi an|moi xong|moi can|chuot can|bi uot|uot|nhoe|mo chu|mo het|o vang|bi o|bi chay|chay mat|chay het|nat|mun|bac mau|phai mau|bay mau|roi mat|cu nat)\b` +
        String.raw`|\b(?:mat|danh mat|lam mat|danh roi|that lac)\s+(?:cai\s+|cuon\s+|quyen\s+)?(?:so do|xo do|so hong|so dat)\b`,
    ),
    other: /\b(?:tra cuu|tien do|den dau|buoc nao|xem ho so|nop ho so|sang ten|mua|ban|thua ke|di san|mang ten|dung ten|tach|chia|the chap|vay|cam|lua|gia|qua doi|chung thuc|cong chung|photo|ban sao|goi|nhan tin|tin nhan|so dien thoai|tai khoan)\b/,
    title: /^cap doi cap lai\b/,
  },
  {
    name: "hàng xóm lấn đất",
    told: /\b(?:hang xom|nha ben canh|nha canh|nha ben|nha sat vach|nha doi dien|nha phia sau|nha sau|ben canh|lang gieng)\b(?:\s+\S+){0,8}?\s+(?:lan|lan chiem|lan sang|lan ranh|xay lan|xay de|xay sang|xay tran|doi dat|doi phan|nhan vo)\b/,
    other: /\b(?:via he|long duong|duong di chung cua khu|dat cong|cong cong|karaoke|on|rac|nuoc thai|ngap|chay|nut|lua|phan anh)\b/,
    title: /^hoa giai tranh chap dat dai\b/,
  },
  {
    name: "cơi nới, sửa nhà",
    told: /\b(?:coi noi|noi them|xay them|nang tang|len tang|do them tang|xay lai nha|sua lai nha|sua nha|sua chua nha|sua sang nha|xay nha|xay moi|pha di xay|dap di xay|lam them gac|lam gac|thay mai|lop lai mai|lop mai|nang nen|mo rong nha|xay tum|xay ban cong|sua lai cai bep|sua bep|lam them phong|xay them phong)\b/,
    other: /\b(?:hang xom|ben canh|nha canh|lan sang|lan chiem|lan dat|tieng on|on ao|gay on|bui|o nhiem|phan anh|vay|ngan hang|tra cuu|tien do|den dau|buoc nao|ho ngheo|ho tro|tho|lua|hop dong|de xay|dat vuon|dat o|chuyen muc dich|chuyen dat|bien so|so nha|phe thai|chia|cat cho|tach)\b/,
    title: /^xin giay phep xay dung\b/,
  },
  {
    name: "buôn bán nhỏ, hỏi thuế",
    // (the tax words looked for first, once: most messages have none)
    told: new RegExp(String.raw`^(?=.*\b${taxAsked}\b).*?\b${business}\b`),
    other: /\b(?:lua|bi lua|viec nhe|cong tac vien|bhxh|luong huu|tien dien|tien nuoc|trung|co phai dang ky|phai dang ky|dang ky ho kinh doanh|dang ky kinh doanh|giay phep kinh doanh|ruou|bia|thuoc la)\b/,
    title: /^thue ho kinh doanh\b/,
  },
  {
    name: "buôn bán nhỏ, muốn đăng ký",
    told: new RegExp(String.raw`\b${business}\b(?:\s+\S+){0,10}?\s+(?:muon|can|phai|co phai|dinh|sap)?\s*(?:dang ky|lam giay to|lam giay phep|cho dang hoang|cho hop phap|hop phap hoa)\b`),
    other: new RegExp(String.raw`\b(?:${taxAsked}|thue|lua|bi lua|viec nhe|cong tac vien|tuyen|bhxh|bao hiem|luong huu|ve gia|can cuoc|cccd|tam tru|vneid|qr|chuyen khoan|vi dien tu|phan anh|lan chiem|karaoke|on ao|rac|ruou|bia|thuoc la|an toan thuc pham|xe may)\b`),
    title: /^dang ky ho kinh doanh\b/,
    // (told with the wish to register, the event alone says it: "bán bún vỉa hè 10 năm, giờ muốn đăng ký cho đàng hoàng")
    alone: true,
  },
  {
    name: "người thân vừa mất",
    told: new RegExp(
      String.raw`\b${relative}\b(?:\s+\S+){0,5}?\s+(?:moi|vua|da|vua moi)\s+(?:\S+\s+){0,1}?(?:qua doi|tu tran|tat tho|ta the|khuat|(?:mat|chet)(?=\s*(?:$|[?.!]|roi\b|tuan\b|hom\b|ngay\b|thang\b|nam\b|o\b|tai\b|sang\b|toi\b|dem\b|chieu\b|luc\b|khi\b|thi\b|gio\b|can\b|phai\b|lam\b|ma\b|con\b|nha\b|duoc\b|\d)))\b` +
        String.raw`|\b${relative}\b(?:\s+\S+){0,3}?\s+(?:${diedMat}|qua doi|tu tran|chet|ta the)\s+(?:o|tai|trong)\s+(?:benh vien|vien|nha|que)\b` +
        String.raw`|\b${relative}\b(?:\s+\S+){0,3}?\s+(?:${diedMat}|qua doi|tu tran|ta the)\s+(?:hom|ngay|tuan|sang|toi|dem|chieu)\b`,
    ),
    other: /\b(?:tu nam|nam (?:19|20)\d\d|(?:\d+|vai|may|hai|ba|muoi) nam (?:nay|roi|truoc)|chua lam|khong lam|ko lam|lua|chuyen tien|chuyen khoan|so do|dat|nha dat|thua ke|di san|di chuc|luong huu|tro cap|mai tang|tu tuat|bhxh|bao hiem|thuong tru|ho khau|tam tru|giam ho|mo coi|nuoi|ho ngheo|khai sinh|ket hon|ten bo|ten cha|bo sung|nhan cha|tiet kiem|ngan hang|rut|tien|no nan|tra no|khoan no|vay|xe|sim|zalo|facebook|the atm)\b/,
    title: /^dang ky khai tu\b/,
  },
  {
    name: "người thuê trọ đã đi",
    told: /\b(?:tro|thue tro|phong tro|cho thue|thue nha|thue phong|sinh vien|nguoi thue|khach thue)\b(?:\s+\S+){0,10}?\s+(?:tra phong|tra nha|chuyen di|chuyen ra|ve que|don di|ra truong|khong o nua|khong thue nua|het hop dong|bo di|di roi)\b/,
    other: /\b(?:nuoc ngoai|tay|han quoc|trung quoc|homestay|qua dem|khach du lich|luu tru|tien coc|coc|no tien|lua|tranh chap|kien|ct07|xac nhan)\b/,
    title: /^xoa dang ky thuong tru\b/,
    // (telling the tenancy names the temporary residence entry: "phòng trọ", "cho thuê")
    namedTop: true,
  },
  {
    name: "về ở nhà chồng, nhà vợ",
    told: /\b(?:cuoi vo|lay vo|lay chong|ve lam dau|ket hon)\b(?:\s+\S+){0,12}?\s+(?:nhap khau|nhap ho khau|nhap ve|ve o|ve song|chuyen ve|don ve|o cung|o chung|ve nha)\b/,
    other: /\b(?:dang ky ket hon|giay ket hon|doc than|xac nhan hon nhan|tam tru|tach ho|ly hon|khai sinh|trich luc|ban sao)\b/,
    title: /^dang ky thuong tru\b/,
  },
  {
    name: "nằm viện dài ngày xa nhà",
    told: /\b(?:chua benh|chua tri|dieu tri|nam vien|chua ung thu|chay than|xa tri|hoa tri)\b(?:\s+\S+){0,8}?\s+(?:(?:\d+|vai|may|hai|ba|bon|sau|nua|mot)\s+(?:thang|nam)|dai ngay|lau ngay|dai han)\b/,
    other: /\b(?:bhyt|bao hiem|tro cap|lua|cap cuu|chuyen tien|tien|vien phi|chi phi|khuyet tat|ho ngheo|nghi viec|om dau)\b/,
    title: /\btam vang\b/,
    // (a stay of months in a hospital away from home says it alone: "điều trị ung thư ở viện trung ương 6 tháng")
    alone: true,
  },
  {
    name: "đi làm ăn xa dài ngày",
    told: /\b(?:di|sap di|se di|chuan bi di|dinh di)\s+(?:xuat khau lao dong|xkld|lao dong|lam viec|lam an|lam|lam thue|lam cong nhan)\b(?:\s+\S+){0,6}?\s+(?:khoang\s+|tam\s+|chung\s+)?(?:\d+|mot|hai|ba|bon|nam|vai|may|nua)\s+(?:nam|thang)\b/,
    other: /\b(?:ly lich|li lich|tu phap|cong ty|moi gioi|tien coc|hop dong|visa|ho chieu|hoc|du hoc|bhxh|bao hiem|luong huu|thue|lua|viec nhe|tuyen|khai sinh|khai tu|ket hon|can cuoc|cccd|chung minh|tach ho|thuong tru|tam tru|ly hon|nhan con|(?:nam|thang) (?:moi )?ve|moi ve|da ve|ve roi|ve nuoc|ve que|tro ve)\b/,
    title: /\btam vang\b/,
    alone: true,
  },
  {
    name: "con sinh ở nhà, ở nước ngoài",
    told: /(?:(?<!khai )\bsinh(?!\s+(?:vien|hoat|song|nhat|trac|ly|thai))|\b(?:con|be|chau|vo|chi|em)\s+(?:\S+\s+){0,2}?de)\s+(?:\S+\s+){0,1}?(?:o nha|tai nha|o nuoc ngoai|ben (?:han|nhat|my|uc|duc|dai loan|trung quoc|nga|phap|anh)|o (?:han|nhat|my|uc|duc|dai loan|trung quoc|nga|phap|anh)|o que|o que ngoai|o que noi)\b/,
    other: /\b(?:tu nam|nam (?:19|20)\d\d|\d+ tuoi|tuoi roi|qua han|chua lam|chua co giay|lam muon|dang ky muon|khai muon|bi muon|tre|bhyt|bao hiem|tro cap|thai san|tam tru|thuong tru|nhap khau|quoc tich|ket hon|nhan con|cha|ten bo|trich luc|ban sao)\b/,
    title: /^dang ky khai sinh\b/,
  },
];

// (after the life events above, upcoming or done: a wedding, a house sold and left, a room newly rented)
everydaySituations.push(
  {
    name: "sắp cưới",
    told: /\b(?:sap|chuan bi|dinh|sap sua|muon)\s+(?:\S+\s+){0,1}?(?:cuoi|lay chong|lay vo|cuoi vo|cuoi chong|to chuc dam cuoi|lam dam cuoi)\b|\b(?:vo|chong) sap cuoi\b/,
    other: /\b(?:doc than|xac nhan tinh trang|tinh trang hon nhan|tam tru|thuong tru|nhap khau|ho khau|ve o|nha chong|nha vo|tiec|nha hang|loa|on|ho chieu|visa|lua|vay|thue|ly hon)\b/,
    title: /^dang ky ket hon\b/,
  },
  {
    name: "bán nhà chuyển đi",
    told: /\b(?:ban nha|ban can ho|ban mat nha|ban het nha|nha (?:toi |em |minh )?(?:da )?ban (?:roi|di|xong))\b(?:\s+\S+){0,8}?\s+(?:chuyen|don|ve|sang)\s+(?:han\s+)?(?:di|ve|sang|den|o|que|noi khac)\b/,
    other: /\b(?:sang ten|hop dong|cong chung|chung thuc|so do|thue|phi|lua|coc|gia ban|bao nhieu tien|mua)\b/,
    title: /^xoa dang ky thuong tru\b/,
    alone: true,
  },
  {
    name: "mới chuyển đến ở trọ",
    told: /\b(?:moi|vua|vua moi|sap)\s+(?:chuyen|don|thue|den|ra)\s+(?:\S+\s+){0,2}?(?:tro|o tro|phong tro|nha tro|thue nha|thue phong)\b|\b(?:moi|vua|vua moi)\s+(?:chuyen|don)\s+(?:tro|phong|nha)\s+(?:sang|ve|den)\b/,
    other: /\b(?:nuoc ngoai|tay|homestay|qua dem|luu tru|coc|tien coc|lua|xac nhan|ct07|thuong tru|nhap khau|xe|dien|nuoc|internet|wifi|rac|can cuoc|cccd|vneid|khai sinh|ket hon|hoc|nhap hoc|chuyen truong)\b/,
    title: /^dang ky tam tru\b/,
    alone: true,
  },
  {
    // "chủ trọ không chịu đăng ký cho tụi em", "chủ nhà không cho mượn sổ đỏ", "tôi có dãy trọ, khai giùm được không":
    // the landlord and the tenants' temporary residence (the landlord's papers are a side word, "sổ đỏ" no land matter)
    name: "chủ trọ và người ở trọ",
    told: /\b(?:chu nha|chu tro|chu phong|chu can ho|chu nha tro)\b(?:\s+\S+){0,3}?\s+(?:khong|ko|k|chang|nhat dinh khong)\s+(?:\S+\s+){0,2}?(?:muon|cho muon|dang ky|khai|dua|cung cap|ky|xac nhan)\b|\b(?:day tro|phong tro|nha tro|cho thue tro|cho thue phong)\b(?:\s+\S+){0,10}?\s+(?:khai|dang ky)\s+(?:tam tru\s+)?(?:giup|gium|ho|thay|cho ca)\b/,
    other: /\b(?:nuoc ngoai|tay|homestay|qua dem|luu tru|coc|tien coc|lua|dien|nuoc|xac nhan cu tru|ct07|thuong tru|nhap khau|duoi|tang gia|tranh chap|kien)\b/,
    title: /^dang ky tam tru\b/,
    alone: true,
    namedTop: true,
  },
  {
    // "bán hàng rong không có hợp đồng lao động, muốn về già có lương", "làm giúp việc theo giờ, không có bảo hiểm gì": work
    // without a contract's insurance is the voluntary social insurance (an old person with no pension is the allowance)
    name: "làm tự do, không có bảo hiểm",
    told: /\b(?:tu do|ban hang|hang rong|lam thue|giup viec|xe om|phu ho|lam nong|nong dan|buon ban|tieu thuong|grab|shipper|lam mua vu|lam ruong|lam tu do|cong nhat)\b(?:\s+\S+){0,8}?\s+(?:khong|ko|k|chua|chang)\s+(?:co\s+)?(?:hop dong|bao hiem|bhxh|luong huu|che do)\b|\b(?:ve gia|sau nay|luc gia|khi gia|ve huu)\s+(?:\S+\s+){0,2}?(?:co luong|co luong huu|co tien luong)\b/,
    other: /\b(?:bhyt|y te|kham|the|tro cap|tien gia|ho ngheo|(?:[6-9]\d|1\d\d) tuoi|lua|viec nhe|thue|dang ky kinh doanh|ho kinh doanh|that nghiep)\b/,
    title: /\bbao hiem xa hoi tu nguyen\b/,
    // (wanting a pension in old age says it alone, whatever the work's words pulled up)
    alone: true,
  },
);

// (a seller paid by transfer: "khách chuyển khoản xong đưa màn hình báo thành công mà tài khoản chưa thấy tiền", "người mua
// gửi ảnh chụp ủy nhiệm chi, sao biết thật hay giả": whether a shown payment is real is the cashless payment entry's, whose
// special part says to trust only one's own bank app; its words spread over the scam entries, and no entry led: tuning12,
// tuning13, tuning15, tuning-s16, tuning-s17, tuning10)
everydaySituations.push({
  name: "khách đưa ảnh đã chuyển khoản",
  told: /^(?=.*\b(?:chuyen khoan|chuyen tien|thanh toan|tra tien|da chuyen|ck)\b)(?=.*\b(?:man hinh|anh chup|chup anh|hinh chup|chup hinh|bill|bien lai|uy nhiem chi)\b).*\b(?:chua (?:thay|nhan|bao|co|ve|len)|(?:ko|khong|k|chang|chua he) (?:thay|nhan duoc|co) tien|tien (?:chua|khong|ko) (?:ve|vao|bao|len)|that hay gia|that gia|that hay khong|gia hay that|anh gia|bill gia|lam gia|gia mao|anh chup gia|khong phai anh)\b/,
  other: /\b(?:chuyen nham|nham|link|otp|ma xac nhan|vay|muon tien|dau tu|nhiem vu|trung thuong|phat nguoi|san|rut tien|nap|coc|hop dong|mua nha|ban nha)\b/,
  title: /^thanh toan khong dung tien mat\b/,
  alone: true,
});

/** cue words of these events in the analysed message (situation-entry.ts mayTellSituation) */
export const everydayCues = /\b(?:so|xo|hang xom|ben canh|nha|canh|coi noi|xay|sua|lop|thay|ban|buon|kinh doanh|mo|tiem|quan|mat|qua doi|tu tran|chet|ta the|tro|thue|cuoi|lay|ket hon|chua|dieu tri|nam vien|sinh|de|di|lam|moi|vua|chuyen|don|chu|gia|huu|khong|ko|k|chua|chang)\b/;
