/*
 * "ông đang hưởng trợ cấp xã hội thì sao" after free health insurance for the elderly, "mẹ tôi là hộ nghèo thì có được
 * không", "bà thuộc diện người có công thì sao": the state of the person the conversation is about, told as a
 * condition of the matter at hand — its special cases — even when the state names another entry's subject (the
 * allowance, the poor-household list): the resident asks what that state changes here, not how to get it.
 * Only a person, a state verb (đang hưởng, đang nhận, là, thuộc diện …), a few words, and a bare "thì sao" tail.
 * Folded text as typed (typedFolded).
 */
const person = String.raw`(?:(?:ong|ba|me|bo|cha|chong|vo|con|chau|anh|chi|em|bac|co|chu|di|cau)(?:\s+(?:toi|em|minh|tui|noi|ngoai|ay|no|nha toi|cua toi))?|toi|em|minh|tui|nguoi do|nguoi nha|ca nha|nha toi|nguoi uy quyen|nguoi [a-z]+ ay)`;
const state = String.raw`(?:(?:dang|da|van|cung)\s+)?(?:huong|nhan|la|thuoc dien|thuoc|co so|co the|dang ky|nam trong)`;
const tail = String.raw`(?:thi sao|thi the nao|thi ra sao|thi co duoc khong|thi duoc khong|thi co duoc ko|thi duoc ko|thi co sao khong)`;
const pattern = new RegExp(`^(?:(?:the|vay|con|ma|nhung|nhung ma|neu)\\s+){0,2}${person}\\s+${state}(?:\\s+\\S+){1,6}\\s+${tail}(?:\\s+(?:a|ad|vay|nhi|ha|ban|a ad))*\\s*[?.!]*$`);

/** "ông đang hưởng trợ cấp xã hội thì sao": the person's state as a condition (folded text as typed). */
export function personStateCondition(plain: string): boolean {
  return plain.length <= 100 && pattern.test(plain.trim());
}
