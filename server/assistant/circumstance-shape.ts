/*
 * Session 17 (issue 10): the shape of a later turn whose circumstance names another topic than the one asked.
 * Used by learned-turn-choice.ts: the learned switch away from the previous entry does not follow a
 * circumstance when the question after the connector alone leans to the previous entry.
 */

/**
 * "<circumstance> thì/mà/nhưng <question>": "nhà em thuê trọ, tạm trú ở phường này thì khai ở đâu". The
 * circumstance's topic words describe the resident; the question after the last "thì", "mà" or "nhưng"
 * (with diacritics, so "mã" and "thi" are not read as one; at least two words of circumstance before it) is
 * what is asked. Returns the connector and the question, or undefined when the message has no such shape.
 */
export function circumstanceShape(text: string): { connector: string; question: string } | undefined {
  const lower = text.normalize("NFC").toLowerCase();
  let found: { connector: string; question: string } | undefined;
  for (const m of lower.matchAll(/(?<=^|[\s,.;:!?])(thì|mà|nhưng)(?=[\s,]+)/gu)) {
    const before = lower.slice(0, m.index).split(/[\s,.;:!?]+/).filter(Boolean).length;
    const question = lower.slice(m.index + m[0].length).replace(/^[\s,]+/, "").trim();
    if (before >= 2 && /\p{L}/u.test(question)) found = { connector: m[1]!, question };
  }
  return found;
}
