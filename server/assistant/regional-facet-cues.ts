import type { FacetKey } from "../knowledge/entry-facets";

/*
 * The part asked, in words the cues of facet-cues.ts miss: regional and spoken forms, and dictation.
 * - fee: "nhiêu tiền" (Southern "bao nhiêu" clipped), "tốn nhiều tiền không", "hết nhiêu", "mất nhiều tiền không" —
 *   folded "nhieu" is both "nhiêu" and "nhiều", so only where money or a verb of spending stands next to it
 *   ("bị lừa mất nhiều tiền rồi" tells a loss, not a price: "mất nhiều tiền" only before a question word);
 * - online: "bằng điện thoại", "qua app", "trên app", "bằng app" (done from the phone);
 * - documents: "kèm theo gì", "kèm những gì", "phải kèm gì" (papers attached to a request); Central "chi" for "gì" after
 *   a paper ("cần nộp giấy chi", "mang chi theo"), not "chị" elsewhere (session 24, tuning sets);
 * - fee (session 24): "có mất đồng nào không", "tốn xu nào không" (any money at all); "mỗi tháng đóng nhiêu" (Southern
 *   "bao nhiêu" clipped after the verb of paying, as after "hết/tốn/mất").
 * Appended after facet-cues.ts's own cues: a part those name outright wins; the phrase is taken out of the topic words.
 */
export const regionalCues: Array<{ facet: FacetKey; strong: RegExp }> = [
  { facet: "fee", strong: /\b(?:^nhieu tien|ton nhieu(?: tien)?|het nhieu tien|(?:het|ton|mat|dong) nhieu(?= (?:khong|ko|k|hong|vay|a|ha|ad)\b| ?$)|(?:mat|ton|het) (?:dong|xu) nao|mat nhieu tien (?=khong|ko|k|hong)|nhieu tien (?:1|mot) (?:ban|trang|lan|to))\b/ },
  { facet: "online", strong: /\b(?:bang dien thoai|bang dt|qua app|tren app|bang app)\b/ },
  { facet: "documents", strong: /\b(?:kem theo (?:gi|nhung gi|giay gi|cai gi)|kem (?:nhung )?gi|phai kem|giay (?:to )?chi|mang chi(?: theo)?)\b/ },
];
