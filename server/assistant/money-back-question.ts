import { LOSS_ENTRY } from "./checking-not-loss";

/*
 * "báo công an có lấy lại được tiền không", "có đòi lại được không", "tiền đó còn lấy về được không" right after a
 * victim's steps (the loss entry, shown or given as the victim's warning): whether the money comes back is asked of
 * that entry (it says what the bank and the police can do), not where to report ("báo công an" there is the means,
 * not the question) nor the scam entry about "recovering money" services. Folded text as typed.
 */
const moneyBack = /\b(?:lay lai|doi lai|thu hoi|lay ve|doi ve|nhan lai|hoan lai|lay duoc tien|ve lai)\b(?: \S+){0,4} (?:khong|ko|k|hong|chua|ko a|khong a|khong ad|ko ad)(?: (?:a|ad|vay|nhi|ha|ah))*\s*[?.!]*$/;

/**
 * (session 22) someone offering to get it back ("có bên trên fb nhận lấy lại tiền, có nên thuê không"): asks about that
 * service (the recovery-scam entry), not whether the money comes back
 */
const recoveryOffer = /\b(?:nhan|ben|dich vu|thue|nho|hua)\b(?: \S+){0,3} (?:lay lai|doi lai|thu hoi|lay ve|doi ve)\b|\bco nen\b/;

/** The victim entry, when the message asks whether the lost money can be had back after a victim's turn. */
export function moneyBackAsked(plain: string, remembered: { entryId?: string; scamVictim?: string }): string | undefined {
  if (remembered.scamVictim !== LOSS_ENTRY && remembered.entryId !== LOSS_ENTRY) return undefined;
  return plain.length <= 120 && moneyBack.test(plain.trim()) && !recoveryOffer.test(plain) ? LOSS_ENTRY : undefined;
}
