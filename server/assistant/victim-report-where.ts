import { LOSS_ENTRY } from "./checking-not-loss";

/*
 * "thế báo công an ở đâu", "trình báo ở đâu", "bà ấy đi báo ở đâu" right after a victim's steps (the loss entry shown, or
 * given as the victim's warning): the resident asks where to do step 5 of those steps ("Trình báo công an"), and the loss
 * entry has that place ("Nơi làm": the ward police, 113, a report on VNeID). Until session 22 such a turn went to the
 * reporting entry ("Báo cáo, tố giác lừa đảo, tin nhắn rác ở đâu"), whose subject is reporting scam numbers and messages
 * (156, 5656): the tuning writers from tuning13 on all read it as the loss entry's place (11 turns), the older ones split.
 * A thing pointed at to report ("số đó", "tin nhắn này", "cái app", "tài khoản"), a hotline, or "chặn" (blocking a
 * number) is the reporting entry's still. Folded text as typed (typedFolded).
 */

/**
 * a reporting word, then (a few words later) a place or a person asked: "báo (công an) ở đâu", "đi báo chỗ nào",
 * "trình báo ở công an phường được không", "báo công an phường có được không" ("bao lâu", "bao nhiêu" are no report)
 */
const verb = String.raw`(?:trinh bao|to giac|to cao|bao cao|bao(?! (?:lau|nhieu|nhiu|gio|h)\b))`;
const whereReported = new RegExp(
  String.raw`\b${verb}\b(?: \S+){0,4} (?:o dau|dau|cho nao|noi nao|o cho nao|cho ai|voi ai|ai)\b|` +
    String.raw`\b${verb}\b(?: o| tai| len| voi)? (?:cong an|ca)\b(?: \S+){0,3} (?:co )?(?:duoc|dc) (?:khong|ko|k)\b`,
);
/** what the reporting entry is about: a number, a message, a link, an app, an account, a hotline, blocking */
const reportedThing = /\b(?:so|sdt|dien thoai|tin nhan|tin|sms|cuoc goi|link|trang|web|website|app|ung dung|tai khoan|stk|nick|zalo|facebook|fb|nhom|group|156|5656|tong dai|chan|113)\b/;

/** The loss entry, when the message asks where to report after the victim's steps and points at no thing to report. */
export function victimReportWhere(plain: string, remembered: { entryId?: string; scamVictim?: string }): string | undefined {
  if (remembered.scamVictim !== LOSS_ENTRY && remembered.entryId !== LOSS_ENTRY) return undefined;
  const t = plain.trim();
  return t.length <= 80 && whereReported.test(t) && !reportedThing.test(t) ? LOSS_ENTRY : undefined;
}
