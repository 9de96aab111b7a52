/*
 * The shape of a follow-up that names a person and a condition of theirs and asks nothing new:
 * "mẹ tôi không có smartphone thì sao", "bà tôi không dùng điện thoại thông minh", "người nhà tôi
 * không đọc được chữ thì sao", "ông bà ở quê không có căn cước gắn chip thì …". Its words (smartphone, chữ, đi lại) often make a good match for
 * another entry on their own (help with phones, classes), yet the resident asks about the special
 * cases of the topic already under way. Works on folded, analysed text.
 */

/** Words a person is named with ("mẹ tôi", "ông bà nội", "con tôi 5 tuổi", "người nhà tôi"). */
const personWords = new Set(
  "toi em minh chau bac co chu di cau me bo ba ong con vo chong anh chi nguoi nha gia cu be noi ngoai tuoi cua ay do hai sap nam thang".split(" "),
);
/** …of which one must name who (a pronoun or a kin word), not only an age. */
const whoWords = new Set("toi em minh chau bac me bo ba ong con vo chong anh chi nguoi cu be".split(" "));

/** The resident speaking of themself. */
const selfWords = new Set(["toi", "em", "minh", "tui", "chau"]);

/** How the message may open before the person ("thế", "còn", "nhưng mà"). */
const openers = new Set(["the", "vay", "con", "nhung", "ma", "neu", "con neu", "the con"]);

/** The negation that starts the condition ("không có", "chưa biết", "không tự đi được"). */
const negations = new Set(["khong", "chua", "hong", "chang", "cha"]);

/** A condition clause that asks something is a question, not a condition ("không biết làm ở đâu"). */
const askingPattern = /\b(?:gi|nao|dau|sao|bao nhieu|bao lau|khi nao|bao gio|the nao|nhu the nao|la gi|ai|o dau|lam sao)\b/;

export type PersonCondition = {
  /** the condition ("co smartphone", "doc duoc chu") */
  condition: string;
  /** what follows "thì" or a comma ("sao", "co lam ho duoc khong"): must be checked for a topic of its own */
  tail: string;
};

/**
 * A person followed by a negated condition, and at most a tail after "thì" or a comma; undefined
 * for any other shape. The caller decides whether the tail names a topic of its own.
 */
export function personCondition(folded: string): PersonCondition | undefined {
  const words = folded.replace(/[?!.,;:]+/g, (p) => ` ${p[0] === "," || p[0] === ";" ? "," : ""} `).split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length && openers.has(words[i]!)) i++;
  const start = i;
  while (i < words.length && (personWords.has(words[i]!) || /^\d+$/.test(words[i]!)) && !negations.has(words[i]!)) i++;
  const subject = words.slice(start, i);
  if (!subject.length || subject.length > 5 || !subject.some((w) => whoWords.has(w))) return undefined;
  // "ông bà ở quê không có căn cước gắn chip": where the person is, a word or two after "ở", before the condition
  if (words[i] === "o") {
    const at = words.slice(i + 2, i + 4).findIndex((w) => negations.has(w));
    if (at >= 0 && !words.slice(i + 1, i + 2 + at).some((w) => w === "," || w === "thi")) i += 2 + at;
  }
  if (!negations.has(words[i] ?? "")) return undefined;
  const rest = words.slice(i + 1);
  const cut = rest.findIndex((w) => w === "thi" || w === ",");
  const condition = (cut < 0 ? rest : rest.slice(0, cut)).join(" ");
  const tail = cut < 0 ? "" : rest.slice(cut + 1).filter((w) => w !== ",").join(" ");
  if (!condition || askingPattern.test(condition)) return undefined;
  // the resident's own trouble told as a statement ("tôi không nhận được tin nhắn kích hoạt VNeID") is a
  // matter of its own; about someone else ("bà tôi không dùng điện thoại thông minh") or with "thì sao", a condition
  if (cut < 0 && subject.every((w) => selfWords.has(w))) return undefined;
  return { condition, tail };
}
