import { homePlace, PLACES } from "./other-place";

/*
 * A procedure asked of an office in another province or city: "thủ tục đăng ký kết hôn ở phường
 * Tân Định quận 1 Sài Gòn", "UB phường ở Đà Nẵng làm căn cước có phải hẹn trước không", "công an
 * phường bên Hải Phòng có làm căn cước thứ Bảy không". The answer would give this ward's office,
 * hours and green lane, which are not that office's: the honest reply is the handoff (as for a
 * resident who says they live there, resident-elsewhere.ts, and another ward's office, other-place.ts).
 * Only an office word (phường, UB, UBND, ủy ban, công an) up to four words before the place; not
 * when Hà Nội or this ward is named too ("đăng ký ở UBND xã Nghệ An, giờ xin bản sao ở Hà Nội") nor
 * when the place is a home town or where a paper was once made ("quê", "từ năm", "hồi").
 */

const office = String.raw`(?:phuong|ub|ubnd|uy ban|cong an)`;
const officeThere = new RegExp(String.raw`\b${office}(?: (?!(?:ha noi|hn|day|nay|minh)\b)[a-z0-9]+){0,4}? (${PLACES.join("|")})\b`);
/** Hà Nội, this ward, a home town or a past registration: the place is not where the matter is done now */
const notThere = /\b(?:ha noi|hn|hanoi|o day|phuong nay|phuong minh|que|tu nam|hoi truoc|ngay xua|ngay truoc|truoc day|chuyen (?:den|ve|ra|len))\b/;

/** The other province or city whose office the message asks about, or undefined. */
export function officeElsewhere(folded: string): string | undefined {
  const m = officeThere.exec(folded);
  const place = m?.[1];
  if (!m || !place || notThere.test(folded)) return undefined;
  // "tạm trú ở phường, còn hộ khẩu ở Thái Bình": the office word is this ward's, the place a registration (other-place.ts)
  const end = m.index + m[0].length;
  return homePlace(folded, end - place.length, end) ? undefined : place;
}
