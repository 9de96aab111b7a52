/*
 * "nếu quá thời gian mà chưa có kết quả thì sao" after "Thủ tục làn xanh giải quyết trong bao lâu", "hẹn trả từ tuần
 * trước mà vẫn chưa có thì làm gì" after looking a file up: a file past the date it was promised for, the result still
 * not there, is the entry "Hồ sơ bị trễ hẹn, quá hạn thì làm gì" — not more of the time entry (carried: its text says
 * how long it takes) nor a choice between it and the look-up entry. Tuning writers label such later turns the overdue
 * entry (every one; 2 of the non-follow-ups were missed).
 *
 * Both halves: the date passed (quá hạn, quá hẹn, trễ hẹn, quá thời gian, quá ngày hẹn, hẹn trả … mà) and the result
 * still awaited (chưa có, chưa xong, chưa trả, chưa thấy, chưa nhận). A registration made late ("đăng ký quá hạn",
 * "khai sinh quá hạn") awaits nothing and is not this; nor is anything after a scam entry.
 */
import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedTitle, onlyEntryTitled } from "./folded-title";

const overdue = /\b(?:qua han|qua hen|tre hen|qua thoi gian|qua ngay hen|het hen|hen tra\b(?:\s+\S+){0,5}?\s+ma)\b/;
const awaited = /\b(?:chua|van chua|khong thay|chang thay)\s+(?:co(?! tien)|xong|tra|thay|nhan|giai quyet|lay duoc)\b/;
/** (the title as foldedTitle reads it: "trễ hẹn" is read "quá hạn") */
const overdueTitle = /^ho so bi (?:tre hen|qua han)\b/;

/** The overdue file entry this later turn asks for (`plain`: folded as typed), or undefined. */
export function overdueFileTurn(plain: string, previous: KnowledgeEntry, entries: () => readonly KnowledgeEntry[]): KnowledgeEntry | undefined {
  if (previous.category === "lua-dao" || overdueTitle.test(foldedTitle(previous)) || plain.length > 160 || !overdue.test(plain) || !awaited.test(plain)) return undefined;
  return onlyEntryTitled(entries(), overdueTitle);
}
