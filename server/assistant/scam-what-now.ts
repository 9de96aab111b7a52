/*
 * "giờ tôi phải làm gì trước", "gio toi lam gi", "vậy giờ tôi phải làm gì", "gio phai lam gi ngay", "giờ phải làm gì với
 * cái điện thoại" right after a scam warning (a relative "in hospital", a fake police call, a fake app): what to do now
 * about THIS scam, named by nothing but the asking words. The warned entry's steps answer it (call the relative back,
 * do not transfer, lock the bank account), not the reporting entry that the bare words "làm gì … lừa đảo" reach when
 * searched (session 18: tuning11, 15, s13, s14, s16, s17 each had such a line answered by the reporting entry).
 *
 * A message that says more than that is not this: money already sent ("chuyển rồi, giờ làm gì": the victim's steps,
 * other rules), a thing of its own to check or report. Every word other than the asking words, persons, "now",
 * "first" and pointers at the story makes it a question of its own. A call nobody answers ("tôi gọi chồng không
 * được, giờ làm sao") is part of the story and set aside first (checking-without-object.ts does the same).
 */

/** what to do (folded, as typed) */
const whatToDo = /\b(?:lam (?:gi|sao|the nao|nhu nao|kieu gi|ra sao)|xu ly (?:sao|the nao|nhu nao|kieu gi|ra sao)|xu tri (?:sao|the nao))\b/;

/** words such a question may have besides the asking words (folded, as typed) */
const allowed = new Set(
  (
    "vay the thi gio bay gio luc nay ma con a oi ad ok oke u vang da roi nhung ha nhi ak ah day chu " +
    "truoc tien truoc het ngay lien luon tiep theo tiep sau do " +
    "de co duoc dc phai nen can khong ko k hong chua " +
    "toi em minh chau bac tui ong ba co chi anh chu gia dinh nha " +
    "lam gi sao the nao nhu kieu ra xu ly tri " +
    "voi cai chiec dien thoai may no ho nguoi do ay kia nay"
  ).split(" "),
);

/** a call to someone that nobody answers (folded, as typed): part of the story */
const unreachable =
  /\b(?:goi|goi lai|goi dien|goi cho)(?:\s+(?:cho|lai|thu|me|bo|ba|ong|anh|chi|em|con|chong|vo|chau|no))*\s+(?:thi\s+|ma\s+|nhung\s+|cung\s+)?(?:khong|ko|k|hong)\s+(?:nghe may|nghe|bat may|lien lac duoc|duoc)\b|\b(?:khong|ko|k|hong)\s+lien lac duoc\b/g;

/**
 * Whether `plain` (the message folded as typed, typedFolded) asks only what to do now about the scam just told:
 * "làm gì / làm sao / xử lý thế nào" and only persons, time words and pointers at the story around it.
 */
export function asksWhatToDoNow(plain: string): boolean {
  if (!whatToDo.test(plain)) return false;
  const words = plain.replace(unreachable, " ").replace(/[?.!,]/g, " ").split(/\s+/).filter(Boolean);
  return words.length <= 12 && words.every((w) => allowed.has(w));
}
