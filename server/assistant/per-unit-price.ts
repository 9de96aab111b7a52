/*
 * "bao nhiêu một trang", "mỗi bản hết bao nhiêu", "1 lần mất bao nhiêu" after a procedure: a price per page, copy or time
 * asks that procedure's fee, though "bao nhiêu" alone is no fee word and "trang" finds other entries (a web page). The
 * units are things paid for, the ones fees are counted in; "mỗi tháng được bao nhiêu" (an allowance's amount) is not among
 * them. "Một lần" is a payment only when paid ("lần nộp", "1 lần mất bao nhiêu", "bao nhiêu tiền một lần"): "một lần" is
 * also how an allowance or a payout is received ("trợ cấp một lần", "BHXH một lần"), so "được nhận một lần là bao nhiêu"
 * asks the amount received, never the fee — nor does any unit after a receiving word (nhận, được, lĩnh, hưởng, rút).
 */
const per = "(?:mot|1|moi)\\s+";
const paidUnit = `${per}(?:trang|ban|to|bo|lan\\s+(?:nop|dong|lam|cap|in|dang ky|chung thuc|sao))`;
const perUnitPattern = new RegExp(
  `\\bbao nhieu(?:\\s+tien)?\\s+${paidUnit}\\b|\\b${paidUnit}\\s+(?:thi\\s+)?(?:(?:het|mat|la|tinh)\\s+)?bao nhieu\\b|\\bbao nhieu\\s+tien\\s+${per}lan\\b|\\b${per}lan\\s+(?:thi\\s+)?(?:het|mat|tinh)\\s+(?:\\S+\\s+)?bao nhieu\\b`,
);
// a receiving word a few words before the unit: the amount received ("được nhận một lần", "rút bảo hiểm xã hội 1 lần")
const received = new RegExp(`\\b(?:nhan|duoc(?!\\s+(?:khong|ko|k)\\b)|linh|huong|rut|tro cap|chi tra)\\s+(?:\\S+\\s+){0,3}?${per}(?:trang|ban|to|bo|lan)\\b`);

/** Whether a message (folded) asks a price per page, copy or time paid for. */
export function asksPerUnitPrice(folded: string): boolean {
  return perUnitPattern.test(folded) && !received.test(folded);
}
