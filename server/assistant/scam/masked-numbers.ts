import { execAll } from "./exec-all";

/*
 * Mobile numbers written with digits hidden: "0978xxxxxx", "0909xxx456", "LH 0912xxx", "0125x.xxx.xxx".
 *
 * Residents forward a scam with the number masked or cut ("để khỏi lộ số"), press and police pages print
 * the scammers' numbers that way, and the corpus masks every mobile number it holds. Such a number still
 * tells the reader to call or text someone: for the private-contact reading (phone-contact.ts) it is a
 * number like any other. It is never a wave key nor a number to match against a registry (its digits
 * are unknown), so it stays out of `phones`.
 */

/** 0 + a mobile prefix (today's 03/05/07/08/09, or the pre-2018 11-digit 012x/016x/018x/019x) or +84, then
 *  digits and at least two "x", with single dots, spaces or hyphens between groups. */
const maskedMobile = /(?<![\p{L}\d])(?:\+84[\s.]?|0)(?:[35789]|1[2689])(?:[\s.-]?[\dxX]){5,9}(?![\p{L}\d])/gu;

/** How many masked mobile numbers the text holds. */
export function maskedMobileCount(text: string): number {
  if (!/[xX]{2}|[xX][\s.-][xX]/.test(text)) return 0;
  let n = 0;
  for (const m of execAll(maskedMobile, text)) {
    const chars = m[0].replace(/^\+84/, "0").replace(/[\s.-]/g, "");
    const hidden = (chars.match(/x/gi) ?? []).length;
    // at least two hidden digits, and the visible ones start the number (a mask never hides the prefix)
    if (hidden >= 2 && /^0\d{2}/.test(chars) && chars.length >= 7 && chars.length <= 11) n++;
  }
  return n;
}
