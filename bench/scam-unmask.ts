/**
 * The corpus masks people's mobile numbers ("0909xxx456", "0912xxxxxx", "+8491xxxxxxx"): the check then
 * never sees a number to call in a message where production sees a real one. `unmaskNumbers` fills
 * every masked mobile number with digits by one fixed rule (the i-th masked digit of the text becomes
 * FILL[i mod 10]), so bench:scam can measure the same messages as they reach residents. The numbers
 * are invented for measuring only; they are never shown to anyone.
 */
const FILL = "5820417396";
/** a mobile number with some digits masked: 0 or +84, a few digits, then x (digits may follow) */
const maskedMobile = /(?<![\w+])(\+84|0)(\d{1,4})([xX*]{2,}\d*[xX*]*)(?![\w])/g;

export function hasMaskedNumber(text: string): boolean {
  maskedMobile.lastIndex = 0;
  return [...text.matchAll(maskedMobile)].some((m) => plausible(m));
}

function plausible(m: RegExpMatchArray): boolean {
  const digits = m[2]! + m[3]!;
  const len = (m[1] === "0" ? 1 : 0) + digits.length;
  // a mobile: 10 digits with the leading 0 (11 for the pre-2018 01xx numbers); +84 and 9 (10) more
  return m[1] === "0" ? (len === 10 || len === 11) && /^[1-9]/.test(m[2]!) : digits.length === 9 || digits.length === 10;
}

export function unmaskNumbers(text: string): string {
  let i = 0;
  return text.replace(maskedMobile, (...args) => {
    const m = args as unknown as RegExpMatchArray;
    if (!plausible(m)) return m[0]!;
    return m[1]! + m[2]! + m[3]!.replace(/[xX*]/g, () => FILL[i++ % FILL.length]!);
  });
}
