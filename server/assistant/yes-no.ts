import type { FacetKey } from "../knowledge/entry-facets";
import type { KnowledgeBase, KnowledgeEntry } from "../knowledge/knowledge-schema";
import { fillPlaceholders } from "../knowledge/render-answer";
import type { Ward } from "../wards/ward-profile";
import { statedYesNo } from "./stated-yes-no";

/*
 * "Dạ có" / "Dạ không" first, but only where the data says so: the ward's working days (its
 * profile), whether a procedure can be done online (its record), whether there is a fee (the
 * fee text itself says "miễn"/"không thu" without conditions, or names an amount). Anything
 * else gets the facet without a yes or a no, rather than a guess. An entry may also state yes/no
 * facts in its own words (front-matter `yes_no`, see stated-yes-no.ts).
 *
 * The online and fee answers settle only the question they answer: "làm online được không"
 * (not "nộp online xong có phải mang bản giấy không"), "có mất phí không" (not "trả lệ phí bằng
 * MoMo được không"); "có được miễn phí không" turns the answer round, and for a person named
 * ("người trên 80 tuổi có được miễn phí không") the fee record does not say, so no yes or no.
 */

/** "làm online được không", "nộp trên VNeID được ko", "có thể làm trực tuyến không": whether it can be done online */
const onlineAsked = /\b(?:duoc|co the)\b/;
/** "có mất phí không", "có thu phí không", "có miễn phí không": whether there is a fee */
const feeAsked = /\b(?:mat phi|mat tien|ton phi|ton tien|co phi|thu phi|tinh phi|mien phi|co le phi|mat le phi|nop phi|dong phi|tra phi|tra tien|nop tien|dong tien|free)\b/;
const exemptionAsked = /\b(?:mien|free)\b/;
/** a person or a case named: the fee record's general rule may not be theirs */
// (a newborn too: "con em mới sinh được 2 tháng có được cấp thẻ miễn phí không" got "Dạ không, thủ tục này có lệ phí"
// from the household insurance fee, while the entry says children under six get the card free; session 26)
const personNamed = /\b(?:\d+ tuoi|tuoi|nguoi gia|cao tuoi|tre em|tre|khuyet tat|ho ngheo|can ngheo|nguoi co cong|thuong binh|liet si|sinh vien|hoc sinh|con toi|bo toi|me toi|ong toi|ba toi|con em|con minh|chau toi|moi sinh|moi de|so sinh|thang tuoi)\b/;

const dayPattern = /\b(thu (hai|ba|tu|nam|sau|bay)|thu ([2-7])|chu nhat|cuoi tuan|t([2-7])|cn)\b/;
const dayWords: Record<string, number> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };
const dayNames = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];
const workPattern = /\b(lam viec|mo cua|tiep dan|tiep cong dan|lam thu tuc|nhan ho so|lam|truc|hop)\b/;
const offPattern = /\b(nghi|dong cua)\b/;

function askedDays(folded: string): number[] | undefined {
  const m = dayPattern.exec(folded);
  if (!m) return undefined;
  if (m[2]) return [dayWords[m[2]]!];
  if (m[3] ?? m[4]) return [Number(m[3] ?? m[4]) - 1];
  if (m[0] === "chu nhat" || m[0] === "cn") return [0];
  return [6, 0]; // cuối tuần
}

/** "trưa có nghỉ không", "buổi trưa có làm việc không": from the profile's working periods (a gap around noon is the lunch break). */
const lunchAsked = /\b(?:buoi trua|nghi trua|trua)\b/;
function lunchBreakSentence(entry: KnowledgeEntry, folded: string, ward: Ward): string | undefined {
  if (!lunchAsked.test(folded) || !/\{\{\s*ward\.office_hours\s*\}\}/.test(entry.body + (entry.summary ?? ""))) return undefined;
  const off = offPattern.test(folded) || /\bnghi trua\b/.test(folded);
  if (!off && !workPattern.test(folded)) return undefined;
  const periods = ward.profile.working_hours.periods;
  for (let i = 0; i + 1 < periods.length; i++) {
    const [, end] = periods[i]!;
    const [start] = periods[i + 1]!;
    if (end <= "13:00" && start >= "11:00" && end < start) {
      const h = (t: string) => t.replace(/^0(?=\d)/, "").replace(":", "h");
      return `Dạ ${off ? "có" : "không"}, ${ward.name} nghỉ trưa từ ${h(end)} đến ${h(start)}.`;
    }
  }
  return undefined;
}

/** A first sentence answering a yes/no question from data, or undefined. */
export function yesNoSentence(entry: KnowledgeEntry, facet: FacetKey | undefined, folded: string, kb: KnowledgeBase, ward: Ward): string | undefined {
  const days = askedDays(folded);
  if (days && workPattern.test(folded) && /\{\{\s*ward\.office_hours\s*\}\}/.test(entry.body + (entry.summary ?? ""))) {
    const working = days.filter((d) => ward.profile.working_hours.days.includes(d));
    const name = days.length === 2 ? "cuối tuần" : dayNames[days[0]!]!;
    const open = working.length === days.length ? true : working.length === 0 ? false : undefined;
    if (open === undefined) return undefined;
    const yes = offPattern.test(folded) ? !open : open;
    return open
      ? `Dạ ${yes ? "có" : "không"}, ${ward.name} có làm việc vào ${name}.`
      : `Dạ ${yes ? "có" : "không"}, ${ward.name} không làm việc vào ${name}.`;
  }
  const lunch = lunchBreakSentence(entry, folded, ward);
  if (lunch) return lunch;
  const stated = statedYesNo(entry, folded);
  if (stated) return stated;
  const id = entry.procedures[0];
  const procedure = id ? (kb.procedures.get(id) as { submission?: unknown } | undefined) : undefined;
  if (facet === "online" && procedure && onlineAsked.test(folded)) {
    if (procedure.submission === "online_full" || procedure.submission === "online_partial") return "Dạ có.";
    if (procedure.submission === "in_person") return "Dạ không.";
  }
  if (facet === "fee" && id && procedure && feeAsked.test(folded)) {
    let fee: string;
    try {
      fee = fillPlaceholders(`{{procedure.${id}.fee}}`, kb, ward);
    } catch {
      return undefined;
    }
    const conditional = /\b(nếu|trừ|quá hạn|trường hợp|tùy|theo nghị quyết)\b/iu.test(fee);
    const exemption = exemptionAsked.test(folded);
    if (exemption && personNamed.test(folded)) return undefined;
    if (/^\s*(miễn|không (thu|mất))/iu.test(fee) && !conditional) return exemption ? "Dạ có, miễn phí." : "Dạ không.";
    if (/\d/.test(fee) && !/^\s*(miễn|không)/iu.test(fee)) return exemption ? "Dạ không, thủ tục này có lệ phí." : "Dạ có.";
  }
  return undefined;
}
