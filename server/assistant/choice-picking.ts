import type { OfferedChoice } from "./ask-result";
import { foldDiacritics, normalizeText } from "./vietnamese-text";
import { boundedMemo } from "../lib/bounded-memo";

/*
 * A resident answers numbered choices the way people do in a chat: "2", "số 2", "2 ạ",
 * "chọn số hai", the line itself as a tapped button sends it ("2. Lệ phí"), or the label
 * typed out ("le phi", "xem đầy đủ").
 */

const numberWords: Record<string, number> = { khong: 0, mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, sau: 6, bay: 7 };
const politeTail = "(?:\\s*(?:a|ah|ak|nhe|nha|nhé|ạ|nhá|ad|ban|oi|thanks|cam on))*";
const numberOnly = new RegExp(`^(?:(?:so|chon|chon so|muc|cau|y|phuong an|xem|xem so|lua chon)\\s*)?(\\d{1,2})\\s*[.)]?${politeTail}\\s*[.!]*$`);
const numberWord = new RegExp(`^(?:so|chon so|chon|muc)\\s+(khong|mot|hai|ba|bon|tu|nam|sau|bay)${politeTail}\\s*[.!]*$`);
const tappedLine = /^(\d{1,2})\.\s+(.+)$/;

const fold = (text: string) => foldDiacritics(normalizeText(text)).replace(/[^\p{L}\p{N}.)!]+/gu, " ").trim();
/** a label folded, remembered (labels are few and asked of on every turn with choices; folding one here also pushed the turn's message out of normalizeText's memo) */
const foldedLabel = boundedMemo(fold);

/** The number the message picks, when it is only a pick ("2", "số 2", "2. Lệ phí"). */
export function pickedNumber(text: string): number | undefined {
  const folded = fold(text);
  const bare = numberOnly.exec(folded);
  if (bare) return Number(bare[1]);
  const word = numberWord.exec(folded);
  if (word) return numberWords[word[1]!];
  const line = tappedLine.exec(text.trim());
  if (line) return Number(line[1]);
  return undefined;
}

/** The offered choice the message picks, by number or by its label. */
export function pickChoice(text: string, offered: OfferedChoice[]): OfferedChoice | undefined {
  if (!offered.length) return undefined;
  const n = pickedNumber(text);
  if (n !== undefined) return offered.find((c) => c.n === n);
  const whole = fold(text).replace(/[.)!]/g, " ").replace(/\s+(?:a|nhe|nha|thi sao)$/, "").replace(/\s+/g, " ").trim();
  const folded = whole.replace(/^(?:xem|cho xem|cho toi xem|con|the con|vay con)\s+/, "");
  if (!folded) return undefined;
  const severalWords = folded.includes(" ");
  const byLabel = offered.filter((c) => {
    const label = foldedLabel(c.label);
    return label === folded || label === whole || (severalWords && label.startsWith(folded));
  });
  return byLabel.length === 1 ? byLabel[0] : undefined;
}
