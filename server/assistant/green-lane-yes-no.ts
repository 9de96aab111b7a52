/*
 * "Khai sinh có nằm trong làn xanh không", "Is birth registration in the green lane?": whether
 * the procedure named is on the ward's green-lane list (its profile, green_lane), answered yes or
 * no first. The procedure is recognised by the engine's own search of the message without its
 * green-lane words; an entry with several procedures counts only when the message's words pick
 * one, or when they are all on the list or all off it. A sample list says so ("dữ liệu mẫu").
 * "Dạ không" only when the ward has confirmed its list complete (green_lane.complete, never with a
 * sample list); otherwise a procedure missing from it is only "chưa có trong danh mục … đã nhập",
 * with the staff to confirm.
 * Nothing is said when the ward has no list, or no procedure is recognised.
 */
import type { KnowledgeBase, KnowledgeEntry, Procedure } from "../knowledge/knowledge-schema";
import type { Ward } from "../wards/ward-profile";
import { foldedText } from "./text-analysis";

/** the green lane named (folded): the only messages this reads */
export const greenLaneNamed = /\b(?:lan xanh|luong xanh)\b/;
/** words of the green-lane question itself, not of the procedure (folded) */
const questionWords = /\b(?:co|nam|thuoc|trong|duoc|di|lam|theo|vao|danh muc|danh sach|lan xanh|luong xanh|uu tien|khong|ko|k|hong|a|ad|ak|vay|nhi|chua|thu tuc|viec|cua phuong|phuong)\b/g;

/** words of many procedure names (folded): they pick none of them */
const commonWords = new Set(["giay", "to", "van", "ban", "thu", "tuc", "cap", "lam", "dang", "ky", "xin", "cho", "va", "cua", "viec", "nguoi", "tren", "theo", "voi"]);

type Retrieve = (query: string) => { top?: { entry: KnowledgeEntry }; weak: boolean };
export type GreenLaneStatus = { procedures: Procedure[]; item: Ward["profile"]["green_lane"]["items"][number] | undefined; sample: boolean; complete: boolean };

/** The procedure named with the green lane, and its place on the ward's list; undefined when not settled. */
export function greenLaneStatus(rest: string, kb: KnowledgeBase, ward: Ward, retrieve: Retrieve): GreenLaneStatus | undefined {
  const { items, sample } = ward.profile.green_lane;
  // a sample list is never complete, whatever the flag says
  const complete = !sample && ward.profile.green_lane.complete === true;
  if (!items.length || rest.replace(/\s+/g, "").length < 3) return undefined;
  const r = retrieve(rest);
  const entry = r.top && !r.weak ? r.top.entry : undefined;
  if (!entry || entry.category === "lan-xanh") return undefined;
  let procedures = entry.procedures.map((id) => kb.procedures.get(id)).filter((p): p is Procedure => !!p);
  if (procedures.length > 1) {
    // "chứng thực bản sao" of an entry for copies and signatures: the procedure whose name (its
    // bracketed aside left out) holds most of the message's distinctive words; common words
    // (giấy tờ, thủ tục, đăng ký…) decide nothing, and a tie leaves them all
    const words = foldedText(rest).split(/\s+/).filter((w) => w && !commonWords.has(w));
    const score = (p: Procedure) => {
      const name = ` ${foldedText(p.name.replace(/\([^)]*\)/g, " "))} `;
      return words.filter((w) => name.includes(` ${w} `)).length;
    };
    const best = Math.max(...procedures.map(score));
    if (best > 0) procedures = procedures.filter((p) => score(p) === best);
  }
  if (!procedures.length) return undefined;
  const found = procedures.map((p) => items.find((i) => i.procedure === p.id));
  if (found.some((f) => !!f !== !!found[0])) return undefined;
  return { procedures, item: found[0], sample, complete };
}

function names(status: GreenLaneStatus): string {
  return status.procedures.map((p) => `"${p.name}"`).join(", ");
}

/** "Dạ có, thủ tục … thuộc danh mục làn xanh của <phường>: giải quyết trong …" for a Vietnamese message, or undefined. */
export function greenLaneYesNo(folded: string, kb: KnowledgeBase, ward: Ward, retrieve: Retrieve): string | undefined {
  if (!greenLaneNamed.test(folded)) return undefined;
  const status = greenLaneStatus(folded.replace(questionWords, " ").replace(/\s+/g, " ").trim(), kb, ward, retrieve);
  if (!status) return undefined;
  const note = status.sample ? " (dữ liệu mẫu: phường cần xác nhận danh mục)" : "";
  const item = status.item;
  return item
    ? `Dạ có, thủ tục ${names(status)} thuộc danh mục làn xanh của ${ward.name}: giải quyết trong ${item.time}${item.note ? `, ${item.note.charAt(0).toLocaleLowerCase("vi")}${item.note.slice(1)}` : ""}${note}.`
    : status.complete
      ? `Dạ không, thủ tục ${names(status)} không thuộc danh mục làn xanh của ${ward.name}; hồ sơ được giải quyết theo thời hạn quy định của thủ tục.`
      : // no "Dạ không": the list the ward has entered may be a sample or not yet complete
        `Thủ tục ${names(status)} chưa có trong danh mục làn xanh mà ${ward.name} đã nhập vào hệ thống${note}; ông/bà vui lòng hỏi cán bộ Bộ phận Một cửa để được xác nhận.`;
}

/** The same in English (procedure names and times stay in Vietnamese, as the ward publishes them). */
export function greenLaneYesNoEn(text: string, glossed: string, kb: KnowledgeBase, ward: Ward, retrieve: Retrieve): string | undefined {
  const lower = text.toLowerCase();
  if (!/\bgreen[- ]lanes?\b|\bfast[- ]track/.test(lower)) return undefined;
  const rest = glossed.replace(questionWords, " ").replace(/\s+/g, " ").trim();
  const status = greenLaneStatus(rest, kb, ward, retrieve);
  if (!status) return undefined;
  const note = status.sample ? " (sample data: the ward still has to confirm its list)" : "";
  const item = status.item;
  return item
    ? `Yes, ${names(status)} is on the green lane list of ${ward.name}: settled within ${item.time}${item.note ? ` (${item.note})` : ""}${note}.`
    : status.complete
      ? `No, ${names(status)} is not on the green lane list of ${ward.name}; it is handled within the procedure's usual time limit.`
      : // no "No": the list the ward has entered may be a sample or not yet complete
        `${names(status)} is not on the green lane list ${ward.name} has entered so far${note}; the staff of the one-stop office can confirm whether it gets the green lane.`;
}
