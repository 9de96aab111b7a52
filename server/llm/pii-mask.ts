/**
 * Personal data masked before any text leaves for a language model (Law 91/2025/QH15: no more
 * personal data than the purpose needs; the model needs the question, not the person): e-mail
 * addresses, phone numbers (+84/84/0 forms, with spaces, dots or dashes) and ID numbers
 * (12-digit căn cước/CCCD, 9-digit CMND) become placeholders. Ward facts (the ward's own
 * hotline) are not resident data and are not passed through here.
 */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const PHONE_INTL = /(?<![\d+])(?:\+|00)?84[\s.-]?\d(?:[\s.-]?\d){7,9}(?!\d)/g;
const ID_12 = /(?<!\d)\d{12}(?!\d)/g;
const PHONE_LOCAL = /(?<!\d)0\d{2,3}(?:[\s.-]?\d){6,8}(?!\d)/g;
const ID_9 = /(?<!\d)\d{9}(?!\d)/g;

export function maskPersonalData(text: string): string {
  return text
    .replace(EMAIL, "[email]")
    .replace(PHONE_INTL, "[số điện thoại]")
    .replace(ID_12, "[số giấy tờ]")
    .replace(PHONE_LOCAL, "[số điện thoại]")
    .replace(ID_9, "[số giấy tờ]");
}
