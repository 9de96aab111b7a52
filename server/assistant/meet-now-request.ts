/*
 * "tôi muốn gặp ngay chủ tịch phường hôm nay", "toi muon gap truc tiep chu tich phuong ngay bay gio" (session 18,
 * out-of-coverage lines of tuning11 and tuning-s17): the resident demands to see a leader or an officer now. That is a
 * request for a person, not a question about the reception schedule ("muốn gặp chủ tịch phường thì lịch tiếp dân ngày
 * nào" stays the schedule entry's): the reception entry answered it with its schedule. A request (tôi muốn / cần, cho
 * tôi, xin, em muốn …) to "gặp" someone with a cue of "now" (ngay, bây giờ, hôm nay, lập tức) is handed off like the
 * "Gặp cán bộ" choice; a question about when or how (lịch, ngày nào, khi nào, thế nào, được không, ở đâu …) is not.
 */
const meetNow =
  /\b(?:cho|xin|muon|can|nho)\s(?:(?:toi|em|minh|bac|chau|tui|con|duoc|gap)\s)*(?:gap|lam viec voi)\s(?:(?:truc tiep|ngay)\s)?(?:ong\s|ba\s|anh\s|chi\s)?(?:chu tich|pho chu tich|lanh dao|can bo|cong an|truong cong an|bi thu)\b/;
const nowCue = /\b(?:ngay bay gio|bay gio|hom nay|ngay lap tuc|lap tuc|gap ngay|truc tiep ngay)\b|\bngay\s*$/;
/** a question about when, where or how (the schedule's), or whether one can */
const howAsked = /\b(?:lich|ngay nao|khi nao|bao gio|thu may|may gio|the nao|lam sao|nhu the nao|o dau|dang ky|duoc khong|duoc ko|dc ko|dc khong|co duoc|co khong|co ko|khong a|ko a)\b|\?/;

/** Whether the message (folded) demands to meet a leader or an officer now. */
export function asksToMeetNow(folded: string): boolean {
  return meetNow.test(folded) && nowCue.test(folded) && !howAsked.test(folded);
}
