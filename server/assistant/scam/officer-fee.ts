/*
 * A fee stated next to an officer's private number: "liên hệ cán bộ thuế 0978… để được cài đặt, phí
 * 800.000đ", "LH cán bộ BHXH 0909… lệ phí hồ sơ 500k". Agencies publish their fees and take them at the
 * counter or through their own payment portals; a staffer's mobile with a price is how fake officials
 * collect (issue 11: "a fake ward official collecting a fee"). A shop's or a course's price next to its
 * own number is no officer's fee, and a fee paid "tại bộ phận một cửa" is paid in person (the caller
 * leaves in_person messages alone).
 */

/** "phí 800.000đ", "lệ phí: 500k", "chi phí hồ sơ 1,5 triệu" (folded) */
const feeAmount = /\b(le phi|chi phi|phi)( (dich vu|ho so|cai dat|xu ly|thu tuc|lam|cap))?\s*:?\s*\d[\d.,]*\s*(d|dong|vnd|k|nghin|ngan|trieu|tr)(?![a-z])/;
/** the reader is sent to a person presented as an agency's officer */
const officerContact = /\b(lien he|lh|goi( dien)?( cho)?|nhan tin( cho)?|gap) (\S+ ){0,2}(can bo|chuyen vien|nhan vien (thue|bhxh|phuong|xa|ubnd|dien luc|kho bac|ngan hang))\b/;

/** A fee with an amount asked through an officer's number (the caller has checked that a number is written). */
export function officerFee(folded: string): boolean {
  return feeAmount.test(folded) && officerContact.test(folded);
}
