/**
 * Every match of a global pattern, like [...text.matchAll(pattern)] but on the pattern itself:
 * matchAll() clones its pattern on every call, and for the check's large patterns (the URL
 * pattern's TLD list, the registry's aliases) that clone costs more than the search. The matches
 * are collected before returning, so a caller may run the same pattern again inside its loop.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    // an empty match would otherwise be found again at the same place (matchAll steps past it)
    if (!m[0].length) pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  return c >= 0xd800 && c <= 0xdbff ? index + 2 : index + 1;
}
