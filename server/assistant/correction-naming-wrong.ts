/*
 * "không phải vssid, ý em là quên mật khẩu vneid": a correction that names the wrong thing before saying what was meant.
 * The correction pattern (assistant.ts) read "không phải" alone, so the rest still held the wrong thing's name ("vssid")
 * and was answered from it again. This part of the pattern takes up to three words named between "không phải" and
 * "ý <person> là"; only what follows "là" is read as the question. Without "ý … là" the words after "không phải" are
 * the message ("không phải đóng tiền à") and nothing changes.
 */

/** folded, lowercase; meant to sit inside the correction pattern's alternation */
export const correctionNamingWrong = String.raw`(?:khong|ko|k|hong|chua) (?:phai|dung)(?: la)? (?:[a-z0-9]+ ){0,2}[a-z0-9]+[\s,.;:!-]+(?:ma )?y (?:toi|tui|em|minh|chau|bac|con|anh|chi) (?:la|muon hoi|hoi)\b[\s,.:;-]*`;
