/*
 * The heading over the part asked ("Lệ phí (Làm, cấp đổi, cấp lại thẻ căn cước):"). The resident
 * has just named the topic, so the heading names it by the title's head only: what comes before
 * an aside in brackets, a dash or a semicolon ("Ứng dụng VssID - tra cứu BHXH, BHYT, …" →
 * "Ứng dụng VssID"). The whole title stays in "Xem đầy đủ".
 */

/** separators after which a title only adds detail */
const ASIDE = /\s+\(|\s+[-–]\s+|;\s+/;

/** The title's head: the title up to its first aside (the whole title when nothing is left before it). */
export function titleHead(title: string): string {
  const at = title.search(ASIDE);
  return at >= 8 ? title.slice(0, at).trim() : title;
}

export function partHeading(label: string, title: string): string {
  return `${label} (${titleHead(title)}):`;
}
