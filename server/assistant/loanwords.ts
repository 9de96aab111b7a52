import type { Token } from "./text-analysis";
import { vietlishWords } from "./vietlish-words";
import { dayShorthand } from "./day-shorthand";
import { foldDiacritics } from "./vietnamese-text";

/*
 * English words residents mix into Vietnamese questions ("check hồ sơ online", "fee làm căn cước bao
 * nhiêu", "update thông tin trên vneid", "vneid bị lock", "hồ sơ bị reject", "deadline nộp"), read as
 * the Vietnamese words the entries use. Unread they were words no entry has, and a clear question fell
 * under the coverage line into a handoff. Only in a query's search words (analyze with a corrector):
 * the whole-message patterns keep the words as typed ("check" is a scam-check cue there, and an
 * English message is read by its own glossary, english.ts). Typed without accents only.
 */
const loanwords = new Map<string, string>([
  ["check", "kiem tra"],
  ["update", "cap nhat"],
  ["fee", "le phi"],
  ["deadline", "thoi han"],
  ["lock", "khoa"],
  ["locked", "khoa"],
  ["account", "tai khoan"],
  ["reject", "tu choi"],
  ["rejected", "tu choi"],
  ["cancel", "huy"],
  ["confirm", "xac nhan"],
  ["renew", "gia han"],
  ["expire", "het han"],
  ["expired", "het han"],
  ["register", "dang ky"],
  ["apply", "nop"],
  ["download", "tai ve"],
  ["upload", "tai len"],
  ["login", "dang nhap"],
  ["form", "to khai"],
  ["phone", "dien thoai"],
  ["address", "dia chi"],
  ["payment", "thanh toan"],
  ["free", "mien phi"],
  ...vietlishWords,
  ...dayShorthand,
]);

/** English words of a Vietnamese query read as the Vietnamese ones; the list given when nothing changed. */
export function readLoanwords(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const words = t.accented === null ? loanwords.get(t.folded) : undefined;
    if (words !== undefined) {
      out ??= tokens.slice(0, i);
      // an accented reading ("thuế" for "tax": unaccented "thue" is also "thuê", to rent) keeps its accents
      for (const word of words.split(" ")) out.push({ folded: foldDiacritics(word), accented: word === foldDiacritics(word) ? null : word });
      continue;
    }
    if (out !== null) out.push(t);
  }
  return out ?? tokens;
}
