import { describe, expect, it } from "vitest";
import { hasDigit, hasLower, hasLowerOrDigit, onlyLowerOrDigits } from "../server/assistant/ascii-chars";

// every single character up to U+024F and beyond the BMP's start, words as folded text has them, edge strings
const singles = Array.from({ length: 0x250 }, (_, c) => String.fromCharCode(c)).concat(["đ", "ạ", "ư", "Ａ", "０", "٣", "😀"]);
const words = ["", " ", "a", "Z", "0", "9", "_", "-", "vietc0mbank", "b1dv", "agrribank", "xin chao", "căn cước", "CCCD", "abc.def", "abc\n", "\nabc", "a\u0300", "500k", "24h", "...", "١٢٣"];
const samples = [...singles, ...words, ...singles.flatMap((c) => [`${c}a`, `a${c}`, `${c}1`, `1${c}`, `${c}${c}`])];

describe("ascii-chars: each helper is exactly its pattern's test", () => {
  const cases: Array<[string, (s: string) => boolean, RegExp]> = [
    ["hasLowerOrDigit", hasLowerOrDigit, /[a-z0-9]/],
    ["onlyLowerOrDigits", onlyLowerOrDigits, /^[a-z0-9]+$/],
    ["hasDigit", hasDigit, /\d/],
    ["hasLower", hasLower, /[a-z]/],
  ];
  for (const [name, fn, re] of cases) {
    it(`${name} ≡ ${re}`, () => {
      const differ = samples.filter((s) => fn(s) !== re.test(s));
      expect(differ).toEqual([]);
    });
  }

  it("reads the cases the callers rely on", () => {
    expect(onlyLowerOrDigits("vietc0mbank")).toBe(true);
    expect(onlyLowerOrDigits("viet-combank")).toBe(false);
    expect(onlyLowerOrDigits("")).toBe(false);
    expect(hasDigit("b1dv") && hasLower("b1dv")).toBe(true);
    expect(hasLowerOrDigit("?")).toBe(false);
    expect(hasLowerOrDigit("đ")).toBe(false);
  });
});
