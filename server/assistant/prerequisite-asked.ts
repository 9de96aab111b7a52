/*
 * "có cần tích hợp bảo hiểm y tế trước không" after opening the health book on VNeID, "có phải làm khai sinh trước
 * không" after nhập hộ khẩu for a newborn, "phải đăng ký trước à": whether something must be done FIRST is a yes/no of
 * the procedure at hand (its documents and conditions say what it needs), even when the thing named is another
 * entry's subject — that entry answers how to do the thing, not whether this procedure waits for it.
 * Only a short question that ends on "trước" + a yes/no tail ("… trước không", "… trước à", "… trước đã chứ").
 * Folded text as typed (typedFolded).
 */
const prerequisite = /^(?:(?:the|vay|vay thi|the thi|con|ma|nhung|a|oi|ad)\s+){0,2}(?:(?:toi|em|minh|tui|chau|bac|me toi|bo toi)\s+)?(?:co\s+)?(?:can|phai|bat buoc|nen)\s+(?:\S+\s+){1,7}truoc(?:\s+(?:da|roi|tien|nhat))?\s+(?:khong|ko|k|hong|chua|a|ha|ak|ah|chu|hay sao|hay khong|hay ko)(?:\s+(?:a|ad|vay|nhi|ha|ban))*\s*[?.!]*$/;

/** "có cần tích hợp bảo hiểm y tế trước không": whether something must be done first (folded text as typed). */
export function asksPrerequisite(plain: string): boolean {
  return plain.length <= 100 && prerequisite.test(plain.trim());
}
