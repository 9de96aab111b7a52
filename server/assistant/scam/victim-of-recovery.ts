import { foldForScam } from "./normalize";

/*
 * A victim scammed a second time by a "money recovery" service (session 17, issue 10 §4): "tôi bị lừa xong lại nộp
 * tiền cho bên hỗ trợ thu hồi, giờ họ cũng chặn luôn", "mẹ tôi đã nộp 5 triệu cho bên nhận thu hồi tiền lừa đảo, giờ
 * họ đòi thêm phí giải ngân". The victim's immediate steps still come first, with a person; the entry that leads them
 * is the recovery scam's ("lấy lại tiền bị lừa – coi chừng bị lừa lần hai"), not the general "bị lừa rồi" one, so the
 * entry offered and followed up is about what happened. An offer retold before paying anything is no victim at all
 * (victim.ts, `offer`), so only money paid to such a service is read here.
 */
const recoveryService =
  /\b(?:ben|dich vu|nguoi|luat su|trung tam|cong ty|nhom|to chuc|hacker|chuyen gia|trang)\b(?: \S+){0,3} (?:ho tro |nhan |chuyen )?(?:thu hoi|lay lai tien|hack lai tien|rut lai tien)\b|\bphi (?:giai ngan|thu hoi)\b/;
const paid = /\b(?:nop|chuyen|ck|dong|tra|dua|gui|mat)\b/;

/** The recovery scam's entry id when a victim (text as written) tells of paying a "money recovery" service. */
export function recoveryVictimEntry(text: string): string | undefined {
  const folded = foldForScam(text).replace(/["“”'‘’]/g, "");
  return recoveryService.test(folded) && paid.test(folded) ? "ld-lay-lai-tien" : undefined;
}
