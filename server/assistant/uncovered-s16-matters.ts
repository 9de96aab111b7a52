/*
 * More matters no entry covers (session 16, out of coverage; read with uncovered-matters.ts, same shape). Each names an
 * uncovered matter through a word a covered entry shares, so the look-alike answered confidently:
 * - a pet kept, adopted or registered ("nhận nuôi chó mèo bị bỏ rơi", "đăng ký nuôi chó"): "nhận nuôi" found the
 *   adoption of a child. (A dog that bit someone and its rabies shot are uncovered-matters.ts's.)
 * - the price of land ("bảng giá đất năm nay", "giá đất khu này bao nhiêu một mét") or a land rent ("tiền thuê đất"): the
 *   city's price list and the tax office, not the land registration entries nor iHanoi.
 * - a pupil moving school ("con tôi muốn chuyển trường cấp 2"): the schools' and the education office's; a civil-status
 *   paper answered it from "con", "thủ tục", or as a follow-up of the previous entry.
 * - a permit to use the roadway ("xin giấy phép tổ chức đám cưới chiếm lòng đường"), as the pavement already is.
 * - savings withdrawn ("thủ tục rút tiền tiết kiệm của bố"; a book or an account is uncovered-matters.ts's): the bank's,
 *   not the scam victim's steps, unless the money was taken ("bị rút", "bị lừa").
 * - compensation demanded from someone ("nhà bên cạnh xây làm nứt tường nhà tôi, đòi bồi thường thế nào", "bên kia không
 *   chịu bồi thường"): a civil claim (the parties, the court), not the permit or the entry the damage's words find.
 * - which provider is good ("đi xuất khẩu lao động thì công ty nào uy tín", "văn phòng công chứng nào uy tín", "bệnh
 *   viện nào tốt"): the ward vouches for no business (recommendation-request.ts, which needs a request verb, only after
 *   an entry); asked with no request verb it was answered from the subject's words.
 * - a permit for a public event ("đăng ký tổ chức hội chợ", "xin phép tổ chức lễ hội, biểu diễn ca nhạc"): the culture
 *   office's, not the marriage entry that "tổ chức" and "đăng ký" found (a wedding party is left out: that entry speaks of it).
 * No entry or procedure says any of these phrases (checked when added).
 */
import type { Matter } from "./uncovered-matters";

export const s16Matters: Matter[] = [
  // (folded "cho" is also "for": after "nuôi" it is a dog only when no person follows, and the accented text must say
  // "chó", "mèo" or "thú cưng")
  {
    folded: /\b(?:(?:nhan nuoi|nuoi|dang ky nuoi|xin nuoi) (?:con |mot con |em |may con |[0-9]+ con )?(?<k>meo|thu cung|cho meo|cho(?= (?:meo|hoang|lac|bi bo roi|canh|cung|con(?! (?:toi|em|minh|chau|be|gai|trai|nguoi))|nho|o nha|trong nha|co can|co phai|phai|thi|duoc|o chung cu|o khu)\b|$))|(?<k2>thu cung))\b/,
    accented: /chó|mèo|thú cưng/,
  },
  { folded: /\b(?:(?:bang )?(?<k>gia dat)(?! (?:nhu|the|qua|vay)\b)|tien thue dat)\b/, accented: /giá đất|thuê đất/ },
  { folded: /\b(?<k>chuyen truong)\b/, accented: /chuyển trường/ },
  { folded: /\b(?:rut|lanh|nhan) (?:lai )?(?:tien )?(?:gui )?(?<k>tiet kiem)\b/, accented: /tiết kiệm/, unless: /\b(?:bi|lua|lua dao|hack|chiem doat|danh cap|trom|mat het|mat sach)\b/ },
  {
    folded: /\b(?:(?:doi|yeu cau|bat|muon|khong chiu|khong chi(?:u)? tra|tu choi)(?: (?:ho|ben kia|nguoi ta|chu nha|hang xom|cong ty|chu dau tu|chu xe|nha ben canh))? (?<k>boi thuong)|(?<k2>boi thuong) (?:thiet hai|vien phi|tien thuoc|cho (?:toi|em|minh|nha toi|gia dinh)))\b/,
    accented: /bồi thường/,
  },
  {
    folded: /\b(?<k>(?:cong ty|luat su|bac si|phong kham|benh vien|nha thau|van phong cong chung|phong cong chung|trung tam|nha mang|hang bao hiem|truong|cua hang|nha xe|khach san|tho (?:xay|sua|dien|nuoc))(?: [a-z0-9]+){0,3} nao (?:[a-z]+ ){0,2}(?:uy tin|gioi|tot(?! nghiep)|re|dang tin|chat luong))\b/,
  },
  {
    folded: /\b(?:xin phep|giay phep|cap phep|dang ky|thu tuc|bao cao|thong bao) (?:de |cho |duoc )?to chuc (?:[a-z]+ ){0,1}(?<k>hoi cho|su kien|le hoi|bieu dien|trien lam|ca nhac|van nghe|giai dau|hoi thao|dem nhac)\b/,
  },
  { folded: /\b(?:giay phep|xin phep|cap phep) (?:[a-z]+ ){0,4}(?<k>long duong)\b/, accented: /lòng đường/ },
];
