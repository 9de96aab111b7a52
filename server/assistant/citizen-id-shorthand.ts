import type { Token } from "./text-analysis";

/*
 * "cc" is residents' shorthand for "căn cước" (the citizen ID card) after a verb of the procedure
 * or a need: "làm cc lần đầu", "đổi cc", "mất cc", "chỉ cần cc", "cc cho con 6 tuổi". It stays as it
 * is elsewhere: a web address ending ".cc" in a forwarded scam ("tcb-diemthuong.cc") is not an ID card.
 */

/** the word before "cc" that makes it the ID card */
const BEFORE = new Set(["lam", "doi", "cap", "mat", "can", "xin", "cat", "the", "chup", "gan", "giu", "nop", "mang", "bang", "co", "chua", "lai", "muon"]);
/** the words after "cc" that make it the ID card */
const AFTER = new Set(["gan", "cho", "lan", "moi", "cu", "bi", "het", "cua"]);

/** "cc" read as "căn cước" where the neighbours say so; the list given when nothing changed. */
export function readCitizenIdShorthand(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.folded === "cc" && t.accented === null && (BEFORE.has(tokens[i - 1]?.folded ?? "") || AFTER.has(tokens[i + 1]?.folded ?? ""))) {
      (out ??= tokens.slice(0, i)).push({ folded: "can", accented: null }, { folded: "cuoc", accented: null });
      continue;
    }
    if (out !== null) out.push(t);
  }
  return out ?? tokens;
}
