/*
 * "bao nhiêu một trang", "mỗi bản hết bao nhiêu", "1 lần mất bao nhiêu" after a procedure: a price per page, copy or time
 * asks that procedure's fee, though "bao nhiêu" alone is no fee word and "trang" finds other entries (a web page). The
 * units are the ones fees are counted in; "mỗi tháng được bao nhiêu" (an allowance's amount) is not among them.
 */
const unit = "(?:mot|1|moi)\\s+(?:trang|ban|to|lan|bo)";
const perUnitPattern = new RegExp(`\\bbao nhieu(?:\\s+tien)?\\s+${unit}\\b|\\b${unit}\\s+(?:thi\\s+)?(?:(?:het|mat|la|tinh)\\s+)?bao nhieu\\b`);

/** Whether a message (folded) asks a price per page, copy or time. */
export function asksPerUnitPrice(folded: string): boolean {
  return perUnitPattern.test(folded);
}
