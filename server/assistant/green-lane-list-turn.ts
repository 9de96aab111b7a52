import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedTitle, onlyEntry } from "./folded-title";
import { greenLaneNamed } from "./green-lane-yes-no";

/*
 * (session 23) "thế xác nhận tình trạng hôn nhân có đi làn xanh được không" after "Làn xanh là gì": whether a procedure
 * the message names is in the green lane is a question of the list, the sibling titled "Danh mục …", not more of the
 * green-lane entry before (which has the words "đi làn xanh" and kept the turn). The procedure is recognised as
 * green-lane-yes-no.ts recognises it: the engine's own search of the message without the green-lane words finds, not
 * weakly, an entry of procedures outside the green lane ("nộp online" names none). The list entry is the previous
 * entry's only sibling whose title is a list; its reply then says yes or no from the ward's list when it has one.
 */

const listTitle = /\b(?:danh muc|danh sach)\b/;
/** words of the green-lane question itself, not of the procedure (folded; as green-lane-yes-no.ts reads them) */
const questionWords = /\b(?:the|thi|co|nam|thuoc|trong|duoc|di|lam|theo|vao|danh muc|danh sach|lan xanh|luong xanh|uu tien|khong|ko|k|hong|a|ad|ak|vay|nhi|chua|thu tuc|viec|cua phuong|phuong)\b/g;
/** the way of filing, not a procedure: "nộp online có được làn xanh không" is the how-to entry's */
const filingWay = /\b(?:nop|online|truc tuyen|truc tiep|qua mang|ho so day du)\b/;

export function greenLaneListTurn(o: {
  folded: string;
  yesno: boolean;
  previous: KnowledgeEntry;
  entries: () => ReadonlyArray<KnowledgeEntry>;
  retrieve: (query: string) => { top?: { entry: KnowledgeEntry }; weak: boolean };
}): KnowledgeEntry | undefined {
  if (!o.yesno || !greenLaneNamed.test(o.folded) || filingWay.test(o.folded) || listTitle.test(foldedTitle(o.previous))) return undefined;
  const list = onlyEntry(o.entries(), (e) => e.id !== o.previous.id && e.category === o.previous.category && listTitle.test(foldedTitle(e)));
  if (!list) return undefined;
  const rest = o.folded.replace(questionWords, " ").replace(/\s+/g, " ").trim();
  if (rest.replace(/\s+/g, "").length < 3) return undefined;
  const r = o.retrieve(rest);
  const named = r.top && !r.weak ? r.top.entry : undefined;
  return named && named.category !== o.previous.category && named.procedures.length > 0 ? list : undefined;
}
