import { isFunctionWord, type Token } from "./text-analysis";
import { toneOf } from "./vietnamese-text";

/*
 * Function words (lexicon.ts) are kept folded, so a word typed WITH its accents was read as the
 * function word it folds to: "khai tử" lost "tử" (as "từ"), "báo cáo" lost "báo" (as "bao"),
 * "thẻ", "đăng ký", "căn cước", "bản sao", "tài khoản", "nhà" were all weighed as particles. A
 * writer who typed accents said which word it is: a syllable whose typed marks contradict every
 * spelling of the function word(s) it folds to is a content word. Unaccented syllables ("khai tu",
 * "bao cao") keep today's reading. Hỏi and ngã count as one tone (toneKey); a mark left out
 * ("duợc" for "được") contradicts nothing, only a mark typed that the function word lacks.
 */
const spellings: Record<string, string> = {
  toi: "tôi", minh: "mình", chi: "chị chỉ", ban: "bạn", ba: "bà ba", bac: "bác", co: "có cô", chu: "chú chứ",
  con: "con còn", chau: "cháu", ong: "ông", a: "à ạ á a", oi: "ơi", nhe: "nhé", nha: "nha nhà", ne: "nè", vay: "vậy",
  the: "thế", thi: "thì", la: "là", va: "và", voi: "với", cua: "của", cho: "cho", de: "để", o: "ở", tai: "tại",
  ve: "về", gi: "gì", nao: "nào", sao: "sao", lam: "làm", khong: "không", duoc: "được", can: "cần", muon: "muốn",
  phai: "phải", nhu: "như", nay: "này nay", do: "đó do", dau: "đâu", bao: "bao", nhieu: "nhiêu", lau: "lâu",
  hoi: "hỏi", xin: "xin", giup: "giúp", huong: "hướng", dan: "dẫn", mot: "một", cac: "các", nhung: "những nhưng",
  roi: "rồi", dang: "đang", se: "sẽ", da: "đã dạ", ma: "mà", neu: "nếu", khi: "khi", nua: "nữa", them: "thêm",
  di: "đi", den: "đến", tu: "từ", trong: "trong", ra: "ra", vao: "vào", len: "lên", xuong: "xuống", biet: "biết",
  ai: "ai", day: "đây đấy", kia: "kia", vui: "vui", long: "lòng", cam: "cảm", on: "ơn", u: "ừ ư", chao: "chào",
  nhi: "nhỉ", ui: "ui", alo: "alô", anh: "anh",
};

const CONTENT =
  "tử tù tủ báo tải chợ chỗ đẻ đề vé vệ vẽ đau dầu đầu dấu mã mả đá thị hội tội tối ảnh chữ đồ đỏ độ cấm ồn ổn rơi rời mượn muộn dạy đèn đền xưởng trồng trọng ống cổ cờ ánh";

/*
 * Which typed readings count: reading every tone-marked syllable as a content word lost lines on tuning2,
 * validation and paraphrases ("chủ", "nhà", "đăng", "căn" are in too many entries to tell anything apart), and
 * "thẻ", "bản", "bán", "tài" lost a tuning3 line. These readings name a subject of their own; nothing is lost.
 * ("ảnh" was listed but never applied while "anh" had no spelling above: "chụp ảnh", "phản ánh" were read as the pronoun.)
 */
const contentReadings = new Set(CONTENT.split(" "));

/** each function word's spellings by their tones (hỏi = ngã), and its verdicts on typed syllables so far */
const tones = new Map<string, { wanted: string[]; verdicts: Map<string, boolean> }>();
for (const [folded, list] of Object.entries(spellings)) tones.set(folded, { wanted: list.split(" ").map(toneOf), verdicts: new Map() });

/** verdicts kept, over all function words (all are forgotten past 2,000) */
let verdictCount = 0;

/** Whether a typed, accented syllable is another word than the function word it folds to ("tử" is not "từ"). */
export function accentSaysContent(folded: string, accented: string | null): boolean {
  if (accented === null) return false;
  const word = tones.get(folded);
  if (!word) return false;
  // (kept per function word: no "folded|accented" key string per call, ~46 calls per message)
  let verdict = word.verdicts.get(accented);
  if (verdict === undefined) {
    // a typed tone that none of the spellings has (a tone left out contradicts nothing)
    const typed = toneOf(accented);
    verdict = contentReadings.has(accented) && typed !== "" && word.wanted.every((w) => w !== typed);
    if (verdictCount > 2000) {
      for (const other of tones.values()) other.verdicts.clear();
      verdictCount = 0;
    }
    word.verdicts.set(accented, verdict);
    verdictCount++;
  }
  return verdict;
}

/** isFunctionWord for a query's token: its typed accents may say it is a content word. */
export function isFunctionToken(token: Token): boolean {
  return isFunctionWord(token.folded) && !accentSaysContent(token.folded, token.accented);
}
