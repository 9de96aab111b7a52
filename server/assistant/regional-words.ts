import type { Token } from "./text-analysis";
import { REGIONAL } from "./pass-reach";
import { MORE_CANDIDATES, moAfterNoun, moreRegional } from "./regional-words-more";

/*
 * Regional words residents type (Central and Southern speech, and the Northern words for a mother)
 * read as the standard word they stand for: "làm căn cước ngoài ni được hông" is "ngoài này được
 * không", "ở mô" is "ở đâu", "làm răng" is "làm sao", "ở nớ" is "ở đó", "dzậy" is "vậy", "bầm/u/mạ/má
 * tôi" is "mẹ tôi", "tía tôi" is "bố tôi", "mần" is "làm", "vô" is "vào", "chừ" is "giờ". Unread, they
 * were content words no entry has: the coverage of a clear question fell under the line and it was
 * handed off, or a neighbour's "hồng"/"hỏng" took the unaccented "hong".
 *
 * Only as typed: the accents say which word it is ("nớ" is not "nợ", "mô" is not "mộ", "bầm" is not
 * "bấm"), and a syllable that is also a standard word elsewhere keeps that reading beside the words
 * that make it so ("mô tả", "răng sữa", "vô hiệu", "xi mạ", "tía tô", "bầm tím"). Unaccented, only the
 * syllables no standard word clashes with in a ward's questions ("ni", "dzay"), and "hong"/"mo"/"rang"
 * in the places only the regional word fits ("được hong" at the end, "ở mo", "làm rang").
 */

type Reading = { folded: string; accented: string };
const read = (accented: string, folded: string): Reading => ({ folded, accented });

const KHONG = read("không", "khong");
const DAU = read("đâu", "dau");
const SAO = read("sao", "sao");
const VAY = read("vậy", "vay");
const ME = read("mẹ", "me");

/** syllables (folded) that may be a regional word: everything else costs this one lookup */
const CANDIDATES = new Set(["hong", "ni", "no", "mo", "rang", "rua", "dzay", "dzi", "bam", "ma", "u", "man", "vo", "chu", "tia", "dzo", "dia", "ong", "nghen", ...MORE_CANDIDATES]);

/** the particles and pronouns that may follow a regional question word at the end of a clause */
const TAIL = new Set(["a", "ha", "ta", "vay", "dzay", "rua", "he", "hi", "nhi", "nhe", "nha", "nghen", "khong", "hong", "roi", "chu", "the", "em", "chau", "con", "anh", "chi", "ad", "ban"]);
/** the pronouns after a word for a parent ("bầm tôi", "u em") */
const PRONOUN = new Set(["toi", "tui", "em", "minh", "con", "chau", "no", "anh", "chi", "ban", "bac", "ong", "ba"]);
/** a place word before "mô"/"nớ"/"ni" ("ở mô", "phường nớ", "ngoài ni") */
const PLACE_BEFORE = new Set(["o", "di", "ve", "den", "toi", "cho", "noi", "phuong", "ben", "ngoai", "trong", "dang", "huong", "len", "xuong", "ra", "vo", "vao", "quan", "xa", "tinh"]);

/** what makes the standard reading: the next word (or the previous one) */
const MO_STANDARD_NEXT = new Set(["ta", "hinh", "phong", "to", "men", "dun", "hoi", "coi", "phan"]);
const RANG_STANDARD_BEFORE = new Set(["nho", "dau", "chua", "tram", "sau", "ham", "kham", "nieng", "moc", "boc", "danh", "cham", "trong", "cao", "rung", "gay", "sun"]);
const RANG_STANDARD_NEXT = new Set(["sua", "khon", "gia", "mieng", "ham", "cua", "nanh", "su", "implant", "moc", "bi", "sau"]);
const VO_STANDARD_NEXT = new Set(["hieu", "gia", "sinh", "danh", "thua", "toi", "cung", "ly", "ich", "han", "co", "tan", "dia", "y", "tu", "hinh", "tuyen", "song", "so", "dieu", "van", "cam", "chu", "dich", "tinh", "luong", "thuong", "vi", "vong", "nghia", "trach", "hai", "can", "ke", "kho"]);

function regional(tokens: Token[], i: number): Reading | undefined {
  const t = tokens[i]!;
  const prev = tokens[i - 1]?.folded;
  const next = tokens[i + 1]?.folded;
  const end = next === undefined || TAIL.has(next);
  const a = t.accented;
  switch (t.folded) {
    case "hong":
      // "được hông", "có … hổng"; unaccented only at the end after "được/có/chưa/phải" ("đèn hỏng" stays)
      if (a === "hông" || (a === "hổng" && prev !== "lo")) return KHONG;
      if (a === null && end && (prev === "duoc" || prev === "co" || prev === "chua" || prev === "phai" || prev === "khong")) return KHONG;
      return undefined;
    case "ni":
      // "ngoài ni", "bữa ni", "cái ni" ("ni lông" is the plastic)
      return next === "long" || next === "lon" ? undefined : read("này", "nay");
    case "no":
      return a === "nớ" ? read("đó", "do") : moreRegional(tokens, i, end);
    case "mo":
      if (a === "mô") return MO_STANDARD_NEXT.has(next ?? "") || prev === "vi" || prev === "quy" ? undefined : moAfterNoun(prev) ?? DAU;
      // unaccented "ở mo", "phường mo" at the end of a clause ("mở", "mộ" are written elsewhere)
      return a === null && end && PLACE_BEFORE.has(prev ?? "") && prev !== "di" ? moAfterNoun(prev) ?? DAU : undefined;
    case "rang":
      if (a === "răng") return RANG_STANDARD_BEFORE.has(prev ?? "") || RANG_STANDARD_NEXT.has(next ?? "") ? undefined : SAO;
      // unaccented: "làm rang", "thì rang", or a question opened by it ("rang ma …")
      return a === null && ((prev === "lam" || prev === "thi" || prev === "la") && end) ? SAO : undefined;
    case "rua":
      return a === "rứa" ? VAY : undefined;
    case "dzay":
    case "dzi":
      return VAY;
    case "bam":
      return a === "bầm" && next !== "dap" && next !== "tim" ? ME : undefined;
    case "ma":
      // "mạ tôi", "ba mạ" ("xi mạ", "mạ non" keep theirs); "má tôi", "ba má" (not "hai má")
      if (a === "mạ") return prev === "xi" || next === "non" || next === "kem" || next === "vang" ? undefined : ME;
      if (a === "má") return PRONOUN.has(next ?? "") || prev === "ba" || prev === "tia" || prev === "cha" ? ME : undefined;
      return undefined;
    case "u":
      // "u tôi", "u em" (the word for a mother), never the interjection alone
      return a === null && PRONOUN.has(next ?? "") && next !== "ba" && next !== "ong" ? ME : undefined;
    case "man":
      return a === "mần" ? read("làm", "lam") : undefined;
    case "vo":
      // "vô nhà", "nhập vô", "vô phường" ("vô hiệu", "vô sinh", "vô gia cư" keep theirs)
      return a === "vô" && !VO_STANDARD_NEXT.has(next ?? "") ? read("vào", "vao") : undefined;
    case "dzo":
      return read("vào", "vao");
    case "dia":
      return a === "dìa" ? read("về", "ve") : undefined;
    case "chu":
      // "bây chừ", "chừ làm" (the "chữ"/"chú" words keep theirs)
      return a === "chừ" ? read("giờ", "gio") : undefined;
    case "tia":
      return a === "tía" && next !== "to" && PRONOUN.has(next ?? "") ? read("bố", "bo") : undefined;
    case "ong":
      // "ổng" is "ông ấy"
      return a === "ổng" ? read("ông", "ong") : undefined;
    case "nghen":
      return read("nhé", "nhe");
  }
  return moreRegional(tokens, i, end);
}

/**
 * Regional words read as the standard ones; the list given when nothing changed. `reach`: per
 * token, the passes its syllable can start (pass-reach.ts), read instead of the candidates' Set.
 */
export function readRegionalWords(tokens: Token[], reach?: Uint8Array): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const standard = (reach === undefined ? CANDIDATES.has(t.folded) : (reach[i]! & REGIONAL) !== 0) ? regional(tokens, i) : undefined;
    if (standard) {
      out ??= tokens.slice(0, i);
      // a reading of two words ("nhiêu" is "bao nhiêu": regional-words-south-central.ts) is two tokens
      if (standard.folded.includes(" ")) {
        const accented = standard.accented.split(" ");
        standard.folded.split(" ").forEach((folded, k) => out!.push({ folded, accented: folded === accented[k] ? null : accented[k]! }));
      } else out.push({ folded: standard.folded, accented: standard.folded === standard.accented ? null : standard.accented });
      continue;
    }
    if (out !== null) out.push(t);
  }
  return out ?? tokens;
}

/** Whether this folded syllable may be a regional word (pass-reach.ts: texts without one skip the pass). */
export function mayBeRegional(folded: string): boolean {
  return CANDIDATES.has(folded);
}
