/*
 * "so do" typed without accents is read as "sổ đỏ" (the land certificate, lexicon.ts synonyms), but after a tree, a
 * pole or a wall that leans it is "sợ đổ" (afraid it falls): "cây nghiêng, mưa bão so do vao nha" was answered or
 * handed off as a land question. A land certificate is not followed by "vào nhà/người", "xuống", "trúng", so "so do"
 * followed by a direction of falling, with a word of leaning or storm in the message, is written "sợ đổ" before
 * anything reads the message (typed accents are left: the writer said which word it is).
 */
const LEANING = /\b(?:nghieng|lung lay|sap|gay|nut|rung|mua bao|bao|gio to|gio lon|muc|xieu veo|cay|cot dien|tuong)\b/i;
const SO_DO_FALLING = /\b([Ss]o do)(?= (?:vao|xuong|trung|len|ra) )/g;

/** The message with an unaccented "so do" of something falling written "sợ đổ"; the same string otherwise. */
export function readFearOfFalling(text: string): string {
  if (!/so do (?:vao|xuong|trung|len|ra) /i.test(text + " ") || !LEANING.test(text)) return text;
  return (text + " ").replace(SO_DO_FALLING, (_, w: string) => (w[0] === "S" ? "Sợ đổ" : "sợ đổ")).slice(0, -1);
}
