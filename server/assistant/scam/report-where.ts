/*
 * (session 12) "Tôi bị gọi điện lừa mấy lần, muốn báo số điện thoại đó thì báo ở đâu", "bị nhắn tin lừa
 * suốt, tố giác số đó thế nào": the resident was called or texted by scammers and asks where to report the
 * number. Being called is no loss ("bị gọi điện lừa" is not "bị lừa mất"), and the question is the
 * reporting entry's, not the victim's immediate steps (victim.ts), unless money or a code is said gone.
 */

/** contacted by scammers: "bị gọi điện lừa", "bị nhắn tin lừa đảo", "bị spam lừa" */
export const contactedOnly = /\bbi (goi dien|goi|nhan tin|nhan|spam|lam phien|khung bo dien thoai)( lien tuc| suot| hoai)? lua( dao)?\b/g;

/** asks where or how to report a number, a message or an account */
const whereToReport =
  /\b(bao|to giac|trinh bao|phan anh|khieu nai|report)\b (\S+ ){0,3}(so|sdt|so dien thoai|so dt|so may|tin nhan|nick|tai khoan|zalo|facebook)\b.{0,60}\b(o dau|cho ai|voi ai|the nao|nhu the nao|sao|cach nao|dau)\b/;

/** The folded message asks where to report a scammer's number or message; `lost` tells whether it also tells of a loss. */
export function asksWhereToReport(folded: string, lost: (rest: string) => boolean): boolean {
  return whereToReport.test(folded) && !lost(folded.replace(contactedOnly, " bi lam phien "));
}
