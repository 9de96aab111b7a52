/*
 * (session 27) A resident asking about an offer rather than the offer itself: "có người bảo cho mượn CCCD thì được trả
 * tiền…, vậy có sao không ạ", "nhóm Zalo mời đầu tư lãi 30% một tháng, có nên tham gia không". The points of
 * id-account-trade.ts and of the returns in isolation-and-payout.ts are meant for the offer as received; a question
 * about it keeps the check's older reading (answered from the knowledge base unless the rest of it is plainly a scam).
 * Folded text; the question is at the end, or it is one of the yes/no asks residents use.
 */
const endsAsking = /(\?|\b(khong|ko|k|chua|nhi|a|ha|vay|the)( (a|ha|vay|nhe|nha|ad|admin|ban|chau|em|anh|chi))?)\s*[.!?]*$/;
const asksWhether = /\b(co (sao|nen|phai|that|dang tin|an toan|bi (sao|gi|phat|xu ly))|dang tin (khong|ko|k)|an toan (khong|ko|k)|co duoc (khong|ko|k)|that (khong|ko|k)|lua dao (khong|ko|k|a|ha))\b/;

export function asksAboutIt(folded: string): boolean {
  return endsAsking.test(folded) || asksWhether.test(folded);
}
