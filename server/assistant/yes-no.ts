import type { FacetKey } from "../knowledge/entry-facets";
import type { KnowledgeBase, KnowledgeEntry } from "../knowledge/knowledge-schema";
import { fillPlaceholders } from "../knowledge/render-answer";
import type { Ward } from "../wards/ward-profile";

/*
 * "Dạ có" / "Dạ không" first, but only where the data says so: the ward's working days (its
 * profile), whether a procedure can be done online (its record), whether there is a fee (the
 * fee text itself says "miễn"/"không thu" without conditions, or names an amount). Anything
 * else gets the facet without a yes or a no, rather than a guess.
 */

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
  const id = entry.procedures[0];
  const procedure = id ? (kb.procedures.get(id) as { submission?: unknown } | undefined) : undefined;
  if (facet === "online" && procedure) {
    if (procedure.submission === "online_full" || procedure.submission === "online_partial") return "Dạ có.";
    if (procedure.submission === "in_person") return "Dạ không.";
  }
  if (facet === "fee" && id && procedure) {
    let fee: string;
    try {
      fee = fillPlaceholders(`{{procedure.${id}.fee}}`, kb, ward);
    } catch {
      return undefined;
    }
    const conditional = /\b(nếu|trừ|quá hạn|trường hợp|tùy|theo nghị quyết)\b/iu.test(fee);
    if (/^\s*(miễn|không (thu|mất))/iu.test(fee) && !conditional) return "Dạ không.";
    if (/\d/.test(fee) && !/^\s*(miễn|không)/iu.test(fee)) return "Dạ có.";
  }
  return undefined;
}
