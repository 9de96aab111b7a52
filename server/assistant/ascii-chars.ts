/*
 * Character-class tests on short folded words, as loops over char codes instead of regular
 * expressions: the learned classifier asks one per word of every message, the link reader several
 * per host label (~25 regex runs a turn between them). Each is exactly its pattern's test:
 * [a-z] is 97–122 and \d (no u flag) 48–57; nothing else counts, accented letters included.
 */

function lower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function digit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** /[a-z0-9]/.test(s) */
export function hasLowerOrDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (lower(c) || digit(c)) return true;
  }
  return false;
}

/** /^[a-z0-9]+$/.test(s) */
export function onlyLowerOrDigits(s: string): boolean {
  if (!s.length) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!lower(c) && !digit(c)) return false;
  }
  return true;
}

/** /\d/.test(s) */
export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (digit(s.charCodeAt(i))) return true;
  return false;
}

/** /[a-z]/.test(s) */
export function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (lower(s.charCodeAt(i))) return true;
  return false;
}
