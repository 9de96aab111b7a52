import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { everydayWords } from "./place-lookalike";
import { foldDiacritics } from "./vietnamese-text";

/*
 * "UBND phường ở Đà Nẵng số điện thoại", "giờ làm việc phường Bến Nghé": a question about another
 * city's or another ward's office. The ward-office entries answer with this ward's address, phone
 * and hours, which would be wrong there: the honest reply is that the assistant knows this ward only
 * (handoff). Procedures themselves are national, so only the ward-office entries are concerned.
 */

/** provinces and cities other than Hà Nội (34 after the 2025 merger, plus names still in daily use), folded */
export const PLACES = [
  "da nang", "hai phong", "ho chi minh", "tp hcm", "tphcm", "hcm", "sai gon", "can tho", "thanh pho hue", "tp hue",
  "lai chau", "dien bien", "son la", "lang son", "quang ninh", "thanh hoa", "nghe an", "ha tinh", "cao bang",
  "tuyen quang", "lao cai", "thai nguyen", "phu tho", "bac ninh", "hung yen", "ninh binh", "quang tri", "quang ngai",
  "gia lai", "khanh hoa", "lam dong", "dak lak", "dong nai", "tay ninh", "vinh long", "dong thap", "ca mau", "an giang",
  "binh duong", "vung tau", "nha trang", "da lat", "ha long", "nam dinh", "thai binh", "hai duong", "vinh phuc",
  "bac giang", "ha nam", "quang binh", "quang nam", "binh dinh", "phu yen", "kien giang", "long an", "ben tre",
];
const placePattern = new RegExp(`(?:^|[^a-z])(${PLACES.join("|")})(?![a-z])`, "g");
/**
 * (session 22) A place named as where the resident comes from or is registered, not where the matter is asked: "hộ khẩu ở
 * Thái Bình", "thường trú tại Nghệ An", "quê Nam Định", "từ Sài Gòn chuyển ra", "Đà Nẵng chuyển về": the matter is then
 * asked here (folded; the text before the place, the text after it).
 */
const homeBefore = /\b(?:ho khau|thuong tru|que|que quan|sinh|tu)(?: (?:o|tai|van o|con o|van la))?\s*$/;
const homeAfter = /^\s*(?:chuyen (?:ra|ve|len|den|sang)|(?:ra|ve|len|den) (?:ha noi|hn|day|phuong))\b/;

/** (session 30) where someone works: "bố mẹ sống ở phường, tôi đi làm ở Bắc Ninh" (the matter is asked here; folded) */
const workBefore = /\b(?:di lam|lam viec|lam an|cong tac|lam cong nhan)(?: xa)? (?:o|tai)\s*$/;

/** Whether the place at [start, end) of the folded text is a home, a registration or a workplace, not where the matter is asked. */
export function homePlace(folded: string, start: number, end: number): boolean {
  return homeBefore.test(folded.slice(Math.max(0, start - 24), start)) || homeAfter.test(folded.slice(end, end + 24)) || workPlace(folded, start);
}

/** Whether the place starting at `start` of the folded text is where someone works ("đi làm ở", "làm việc tại"). */
export function workPlace(folded: string, start: number): boolean {
  return workBefore.test(folded.slice(Math.max(0, start - 24), start));
}
/**
 * "phường Bến Nghé", "Xã Sóc Sơn": the word found in a lowercased copy (any case), the name after it
 * in the text as written, capitalised as residents write a place. Bare "xa" is left out: it is
 * also "far" ("ở xa Trung tâm").
 */
const wardWord = /(?:phường|xã|phuong)\s+/gu;
const capitalisedName = /^(?:\p{Lu}\p{L}*\s*){1,3}/u;

/** The capitalised name after the first "phường"/"xã" that has one. */
function wardNameAfterWord(text: string): string | undefined {
  const lower = text.toLowerCase();
  // Vietnamese letters lowercase one code unit to one: positions in the copy are positions in the text
  if (lower.length !== text.length) return undefined;
  for (const m of lower.matchAll(wardWord)) {
    const name = capitalisedName.exec(text.slice(m.index + m[0].length))?.[0];
    if (name) return name;
  }
  return undefined;
}

const fold = (s: string) => foldDiacritics(s).toLowerCase().replace(/\s+/g, " ").trim();

/** The other province, city or ward the message names, if any (not this ward, not Hà Nội). */
export function otherPlaceNamed(text: string, wardName: string): string | undefined {
  const folded = fold(text).replace(/[.,;:!?()]/g, " ");
  for (const m of folded.matchAll(placePattern)) {
    const start = m.index + m[0].length - m[1]!.length;
    // (not "hai phòng" typed with its accents: two rooms, place-lookalike.ts)
    if (!homePlace(folded, start, start + m[1]!.length) && !everydayWords(m[1], text)) return m[1];
  }
  const own = fold(wardName).replace(/^(phuong|xa)\s+/, "");
  const ward = wardNameAfterWord(text);
  if (!ward) return undefined;
  const name = fold(ward).replace(/\b(ha noi|hn)\b.*$/, "").trim();
  // "phường Demo", "UBND phường Ủy ban …": this ward, or not a name
  if (!name || own.startsWith(name) || name.startsWith(own) || /^(uy ban|ubnd|minh|toi|nay|moi|cu|cho|co|oi|la|lam|o|thi|ta|em|anh|chi|ban|ad)\b/.test(name)) return undefined;
  return name;
}

/** Entries that answer with this ward's office facts (address, hotline, hours). */
export function answersWithWardOffice(entry: KnowledgeEntry): boolean {
  return entry.category === "phuong" && /\{\{ward\.(address|hotline|office_hours)\}\}/.test(entry.body);
}
