/*
 * A thing and a negated condition of it, nothing else asked: "điện thoại không có nfc thì sao",
 * "nhà không có sổ đỏ thì sao" (folded). Like a person's condition ("mẹ tôi không có smartphone
 * thì sao"), it is a case of the previous entry, not a new subject that happens to share the thing's words.
 */
const shape = /^(?:(?:the|vay|con|neu|the neu|vay neu|con neu|the con)\s+)?(?:\S+\s+){1,3}(?:khong|ko|k|chua)\s+(?:co|dung|ho tro)\s+(?:\S+\s+){1,3}thi (?:sao|lam sao|the nao)(?:\s+(?:a|ha|nhi|vay|ad))?$/;

export function negatedThing(folded: string): boolean {
  return shape.test(folded.replace(/[?!.]+/g, " ").replace(/\s+/g, " ").trim());
}
