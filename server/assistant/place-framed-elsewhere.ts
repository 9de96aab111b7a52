import { PLACES, workPlace } from "./other-place";

/*
 * "ở Đà Nẵng thì làm căn cước ở phường nào", "tại Hải Phòng, đăng ký khai sinh cho con nộp ở đâu", "làm lý lịch tư pháp ở
 * Bắc Ninh thì đến chỗ nào": the message frames its question with another province or city, or asks where the matter is
 * done there (session 15, tuning12). No office word comes before the place (office-elsewhere.ts) and the resident does not
 * say they live there (resident-elsewhere.ts), yet the answer would give this ward's office and hours. The honest reply is
 * the handoff. Only the place said first ("ở/tại <place>" opening the message) or right before a where-question; not when
 * Hà Nội or this ward is named too, nor when the place is a home town, a past registration or where someone comes from.
 */

const places = PLACES.join("|");
/**
 * (session 20) a district, town or city of that province said first, its name of up to three words ("ở quận Hải An, Hải
 * Phòng thì …", "o quan hai chau da nang thi …", "tại thành phố Vinh, Nghệ An …")
 */
const unit = String.raw`(?:(?:quan|huyen|thi xa|thi tran|thanh pho|tp) (?:[a-z]+ ){1,3}?,? ?)?`;
/** "ở Đà Nẵng thì …", "tại TP HCM, …", "nếu ở Cần Thơ thì …": the place opens the message */
const opening = new RegExp(String.raw`^(?:(?:chao|alo|da|ad|ad oi|cho (?:toi|em|minh) hoi|xin hoi|con|vay|neu|the|neu (?:toi|em|minh)|(?:toi|em|minh) muon hoi)[ ,]+)*(?:o|tai|ben) ${unit}(?:thanh pho |tp |tinh )?(${places})\b(?! (?:ra|ve|len|toi|den|sang)\b)`);
/** "… ở Bắc Ninh thì đến chỗ nào", "… tại Đà Nẵng nộp ở đâu": a where-question asked at the place */
const whereThere = new RegExp(String.raw`\b(?:o|tai) ${unit}(?:thanh pho |tp |tinh )?(${places})(?: thi| nay| do)? (?:(?:nop|lam|den|di|dang ky|xin)(?: [a-z]+)? )?(?:o dau|phuong nao|cho nao|noi nao|co quan nao|den dau|di dau)\b`);
/**
 * (session 22) a ward of that province named anywhere ("cho hỏi phường Hải Châu ở Đà Nẵng đăng ký tạm trú thế nào",
 * "phường Ninh Kiều thành phố Cần Thơ đăng ký kết hôn cần gì"): its own office does the matter; not a ward one comes from or
 * is registered in ("chuyển từ phường …", "hộ khẩu ở phường … Thái Bình": the matter is then asked here). Not "xã": folded,
 * it is also "xa" (far: "đi làm xa ở Bình Dương"), and a commune is mostly a home town ("ở xã ngoài Hà Nam").
 */
const wardThere = new RegExp(String.raw`(?<!\btu )\b(?:phuong|thi tran) (?:[a-z]+ ){1,3}?(?:o |tai |thuoc |, ?)?${unit}(?:thanh pho |tp |tinh )?(${places})\b(?! (?:ra|ve|len|toi|den|sang)\b)`);
/** a ward the resident comes from, was born or is registered in */
const homeWard = /\b(?:ho khau|thuong tru|que|sinh ra|khai sinh o|chuyen tu|tu phuong|tu xa)\b/;

/** Hà Nội, this ward, a home town, a past registration, a move: the place is not where the matter is done now */
const notThere = /\b(?:ha noi|hn|hanoi|o day|phuong nay|phuong minh|que|tu nam|hoi truoc|ngay xua|ngay truoc|truoc day|chuyen (?:den|ve|ra|len)|(?:ra|len|ve|den) (?:ha noi|hn|day))\b/;

/** The other province or city the message frames its question with, or undefined. */
export function placeFramedElsewhere(folded: string): string | undefined {
  const m = opening.exec(folded) ?? whereThere.exec(folded) ?? (homeWard.test(folded) ? null : wardThere.exec(folded));
  const place = m?.[1];
  if (!m || !place || notThere.test(folded)) return undefined;
  // (session 30) not where someone works: "bố mẹ sống riêng ở phường, tôi đi làm ở Bắc Ninh" folds to "… o phuong toi di lam o
  // bac ninh", read as a ward named "Tôi Đi Làm" of Bắc Ninh (other-place.ts workPlace)
  return workPlace(folded, m.index + m[0].lastIndexOf(place)) ? undefined : place;
}
