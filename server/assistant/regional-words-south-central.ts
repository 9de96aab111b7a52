import type { Token } from "./text-analysis";

/*
 * Common Southern and Central words beside regional-words.ts and regional-words-more.ts (which call these),
 * read as the standard words the entries write (session 17: the second blind writer's voices; the list is
 * the common forms of the two dialects, not the words of its lines):
 * - "xài" is "dùng" ("xài điện thoại cục gạch", "xài app"); "giùm", "dùm" are "giúp" ("làm giùm", "coi dùm");
 *   "coi" before them (or "thử", "hộ") is "xem" ("coi giùm", "coi thử"; "trông coi", "mồ côi" keep their own).
 * - "thiệt" is "thật" ("có thiệt không", "lừa thiệt hông"; "thiệt hại", "thiệt thòi", "chịu thiệt" keep theirs).
 * - "mệ" (Huế) and "bả" are "bà" ("mệ tôi", "bả nói"; "bả chuột" is rat poison); "lẹ" is "nhanh" ("làm lẹ").
 * - "nhiêu" alone is "bao nhiêu" ("hết nhiêu tiền", "mất nhiêu"); "bữa" before a day word is "hôm" ("bữa nay",
 *   "bữa qua", "bữa trước"); "mí" before a count word is "mấy" ("mí ngày"); "chừng nào" is "khi nào".
 * - "nỏ" before a verb is "không" ("nỏ biết", "nỏ có"); "hỉ", "hén" are "nhỉ"/"nhé"; "rùi" is "rồi";
 *   "zô"/"zo" is "vào" (as "dzô"); "tê" after a place word is "kia" ("bên tê"; "tê tay" is numb).
 * - "tui" is "tôi" except as the bag ("túi" typed without accents: "tui xach", "cái tui").
 * Typed with accents only where the unaccented syllable is another common word ("thiet" is "thiết", "nhieu"
 * is "nhiều", "le" is "lệ", "rui" is "rủi", "no" is "nợ"/"nó", "te" is "tế").
 */
export const SOUTH_CENTRAL_CANDIDATES = ["xai", "gium", "dum", "coi", "thiet", "me", "ba", "le", "nhieu", "bua", "mi", "chung", "hi", "hen", "rui", "zo", "te"] as const;

type Reading = { folded: string; accented: string };
const read = (accented: string, folded: string): Reading => ({ folded, accented });

const USED = new Set(["dien", "dt", "app", "ung", "may", "zalo", "vneid", "the", "mang", "internet", "wifi", "smartphone", "iphone", "facebook", "vi", "sim"]);
const HELP = new Set(["gium", "dum", "giup", "thu", "ho"]);
const THIET_STANDARD_NEXT = new Set(["hai", "thoi", "mang", "than"]);
const BAI_POISON_NEXT = new Set(["chuot", "doc"]);
const DAY_WORDS = new Set(["nay", "qua", "truoc", "kia", "sau", "do", "hom", "no", "bua"]);
const COUNT_WORDS = new Set(["ngay", "gio", "thang", "tuan", "nam", "tieng", "buoi", "bua", "lan", "nguoi", "cai", "bo", "ban"]);
const NO_BEFORE = new Set(["biet", "co", "duoc", "hieu", "thay", "lam", "chiu", "phai", "can", "nho", "ro"]);
const PLACE_BEFORE_TE = new Set(["ben", "phia", "cai", "nha", "cho", "hom", "ngay", "buoi", "dang", "ngoai", "trong", "phuong", "xa", "thon", "xom"]);
const BAG_NEXT = new Set(["xach", "ni", "nilon", "nylon", "bong", "vai", "giay", "quan", "ao", "sach", "deo", "du", "dung", "tien"]);
const BAG_BEFORE = new Set(["cai", "chiec", "mot", "hai", "ba", "trong", "tung", "cac", "nhung", "mat", "roi"]);

export function southCentral(tokens: Token[], i: number): Reading | undefined {
  const t = tokens[i]!;
  const a = t.accented;
  const prev = tokens[i - 1]?.folded;
  const next = tokens[i + 1]?.folded;
  switch (t.folded) {
    case "xai":
      // unaccented only before a thing used ("xai dien thoai"): "ghi xai" is the elderly spelling of "ghi sai"
      return a === "xài" || (a === null && USED.has(next ?? "")) ? read("dùng", "dung") : undefined;
    case "gium":
      return a === null || a === "giùm" ? read("giúp", "giup") : undefined;
    case "dum":
      return a === "dùm" ? read("giúp", "giup") : undefined;
    case "coi":
      // ("mồ côi hộ nghèo": "côi" typed with its accent, or after "mồ", is the orphan)
      return (a === null || a === "coi") && prev !== "trong" && prev !== "mo" && HELP.has(next ?? "") ? read("xem", "xem") : undefined;
    case "thiet":
      return a === "thiệt" && !THIET_STANDARD_NEXT.has(next ?? "") && prev !== "chiu" && prev !== "thua" ? read("thật", "that") : undefined;
    case "me":
      return a === "mệ" ? read("bà", "ba") : undefined;
    case "ba":
      return a === "bả" && !BAI_POISON_NEXT.has(next ?? "") ? read("bà", "ba") : undefined;
    case "le":
      return a === "lẹ" ? read("nhanh", "nhanh") : undefined;
    case "nhieu":
      return a === "nhiêu" && prev !== "bao" && next !== "khe" ? read("bao nhiêu", "bao nhieu") : undefined;
    case "bua":
      return (a === null || a === "bữa" || a === "bửa") && DAY_WORDS.has(next ?? "") && next !== "bua" ? read("hôm", "hom") : undefined;
    case "mi":
      return a === "mí" && COUNT_WORDS.has(next ?? "") ? read("mấy", "may") : undefined;
    case "chung":
      return a === "chừng" && next === "nao" ? read("khi", "khi") : undefined;
    case "hi":
      return a === "hỉ" ? read("nhỉ", "nhi") : undefined;
    case "hen":
      return a === "hén" ? read("nhé", "nhe") : undefined;
    case "rui":
      return a === "rùi" ? read("rồi", "roi") : undefined;
    case "zo":
      return a === null || a === "zô" ? read("vào", "vao") : undefined;
    case "te":
      return a === "tê" && PLACE_BEFORE_TE.has(prev ?? "") ? read("kia", "kia") : undefined;
    case "no":
      return a === "nỏ" && NO_BEFORE.has(next ?? "") ? read("không", "khong") : undefined;
    case "tui":
      return a === null && !BAG_NEXT.has(next ?? "") && !BAG_BEFORE.has(prev ?? "") ? read("tôi", "toi") : undefined;
  }
  return undefined;
}
