/*
 * Short questions right after a scam warning that lean on it (folded text as typed, no spelling help):
 *
 * - "báo tin nhắn này ở đâu", "báo cáo số đó ở đâu", "tố giác bọn nó cho ai": where to report THIS scam. The
 *   reporting words and the question have only words that point at the scam between them (the message, the number,
 *   the link, "này", "đó"…); part-asked.ts's reportingQuestion wants them side by side. ("mà nhà tôi mất điện
 *   thật, báo ai" tells of something else first: not this.)
 * - "có nên chuyển không", "nên làm theo không", "có đáng tin không": whether to do what the scam asks — the
 *   warned entry's yes/no, not whichever scam entry has "chuyển" in its sample questions.
 * - "muốn nhận trợ cấp thật thì làm sao", "làm căn cước thật ở đâu": the genuine thing the scam imitated; read
 *   without "thật", as a question of its own.
 */
import { LastTwo } from "./vietnamese-text";

/** lowercase, accents and đ folded, one character for one (not through vietnamese-text's caches of the turn's texts) */
export function foldedAsTyped(text: string): string {
  // (remembered in its own last two: one turn folds its message here many times)
  return lastAsTyped.get(text) ?? lastAsTyped.set(text, text.normalize("NFC").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d"));
}

const lastAsTyped = new LastTwo();

/** the message folded as typed: no synonyms ("so do" stays "số đó", not "sổ đỏ"), punctuation but ?.! dropped */
export function typedFolded(text: string): string {
  return lastTyped.get(text) ?? lastTyped.set(text, foldedAsTyped(text).replace(/[^\p{L}\p{N}\s?.!]+/gu, " ").replace(/\s+/g, " ").trim());
}

const lastTyped = new LastTwo();

const lead = String.raw`^(?:(?:the|vay|vay thi|the thi|gio|vay gio|the gio|con|ma|a|oi|ad oi|ad|ok)\s+){0,2}`;
/** words that point at the scam told, between the reporting verb and the question */
const pointer = String.raw`(?:cai|thang|con|nhung|cac|may|mot|tin nhan|tin|sms|cuoc goi|so dien thoai|so dt|sdt|so|link|duong link|trang|web|website|tai khoan|stk|nick|zalo|fb|facebook|vu|chuyen|viec|ke|nguoi|bon|bon no|ho|no|do|nay|kia|ay|lua dao|lua|gia mao|cong an|ca|len|cho|voi)`;
const reportingVerb = String.raw`(?:bao cao|to giac|trinh bao|to cao|phan anh|bao)`;
const asked = String.raw`(?:o dau|cho ai|voi ai|ai|dau|the nao|nhu nao|kieu gi|sao|bang cach nao|cho nao|o cho nao)`;
const reportsPattern = new RegExp(`${lead}(?:(?:toi|em|minh|chau|bac|tui)\\s+)?(?:muon\\s+|phai\\s+|can\\s+)?${reportingVerb}(?:\\s+${pointer}){1,4}\\s+${asked}(?:\\s+(?:a|ad|vay|day|nhi|ha|duoc|dc|khong|ko))*\\s*[?.!]*$`);

/** "báo tin nhắn này ở đâu": where to report the scam just told (folded text as typed). */
export function reportsTheScam(plain: string): boolean {
  return reportsPattern.test(plain.trim());
}

/** what a scam asks the resident to do */
const act = String.raw`(?:chuyen|chuyen khoan|chuyen tien|ck|tra|tra tien|nop|nop tien|dong|coc|dat coc|gui|gui tien|bam|bam vao|cai|cai dat|lam theo|lam|nghe theo|tin|tin theo|dua|cho|nhan|mua|dau tu|tham gia|vao)`;
const shouldPattern = new RegExp(
  `${lead}(?:(?:co|thi co|vay co)\\s+)?(?:nen|duoc)\\s+${act}(?:\\s+(?:khong|ko|k|hong|ha|a|ad|nhi|khong a|ko a|khong ad|ko ad|di|luon|ngay))*\\s*[?.!]*$|` +
    `${lead}(?:(?:co|vay co)\\s+)?(?:dang tin|tin duoc|uy tin)(?:\\s+(?:khong|ko|k|hong|ha|a|ad|nhi|khong a|ko a|khong ad|ko ad))*\\s*[?.!]*$`,
);

/** "có nên chuyển không", "đáng tin không ad": whether to do what the warned scam asks (folded text as typed). */
export function asksWhetherToAct(plain: string): boolean {
  return shouldPattern.test(plain.trim());
}

/** "… trợ cấp thật thì …": "thật" after a noun phrase, not "có thật không", "thật hay giả", "thật sự là lừa". */
const genuinePattern = /\b(?!co\b|la\b|phai\b|qua\b|that\b)([a-z]+) that(?! (?:khong|ko|k|hong|hay|chu|a|ha|sao|su|la|vay|nhi|ak|ah)\b)\b/;
const questionShape = /\b(?:lam sao|lam the nao|the nao|o dau|bao nhieu|lam gi|can gi|can giay to gi|thu tuc|nhu nao|ra sao)\b/;

/**
 * "vậy người cao tuổi muốn nhận trợ cấp thật thì phải làm sao" (folded `plain`): the genuine thing asked after
 * a warning; returns the message without "thật" (`text` as typed), else undefined.
 */
export function asksForGenuine(plain: string, text: string): string | undefined {
  if (!genuinePattern.test(plain) || !questionShape.test(plain)) return undefined;
  const without = text.replace(/(\p{L}+)\s+thật(?!\p{L})/u, "$1").replace(/(\p{L}+)\s+that(?!\p{L})/u, "$1");
  return without !== text ? without : undefined;
}
