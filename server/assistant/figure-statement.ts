import { shortStatement } from "./short-statement";

/*
 * A short statement of the resident's own figure, asking nothing: "một ngày em bán tầm 1 triệu thôi" after the household
 * business tax (tuning-s14), "nhà em có 5 người", "đất nhà tôi 45m2 thôi", "bà tôi năm nay 82 tuổi rồi". The resident
 * gives their case in a figure and expects the previous entry to be applied to it (its thresholds, conditions); the
 * words alone match no entry well (the amount is set aside as money), so the turn was handed off. The caller keeps it to
 * unsure matches outside scam talk (a loss told with an amount is the scam check's, which runs first).
 */

/** a figure with its unit: "1 triệu", "200k", "45m2", "82 tuổi", "5 người", "3 phòng" (folded) */
const figurePattern =
  /\b\d+(?:[.,]\d+)?\s*(?:trieu|tr|nghin|ngan|k|dong|d|m2|met vuong|met|m|tuoi|nguoi|khau|phong|thang|nam|lan|con|dua|chiec|cai|suat)\b/;

/** words that make it a question, or a request ("bao nhiêu", "thì sao", "được không", "giúp") */
const askingPattern =
  /\b(?:gi|nao|dau|sao|bao nhieu|bao lau|khi nao|bao gio|the nao|la gi|ai|lam sao|khong|ko|k|kg|hong|chua|ha|nhi|co phai|duoc|dc|can|phai|giup|xin|hoi|muon)$|\b(?:gi|nao|dau|sao|bao nhieu|bao lau|khi nao|bao gio|the nao|nhu the nao|lam sao|co phai|co duoc|co can|co bi|thi sao|cho hoi|giup|co phai)\b/;

/** The message states a figure of the resident's own case, asks nothing, in a few words. */
export function statesOwnFigure(text: string): boolean {
  const statement = shortStatement(text);
  if (!statement) return false;
  const { folded } = statement;
  return figurePattern.test(folded) && !askingPattern.test(folded);
}
