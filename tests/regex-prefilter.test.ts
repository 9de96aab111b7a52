/**
 * The regular-expression pre-test (server/lib/regex-prefilter.ts): the literals it derives, where it
 * gives up, and — property-style — that "skip" always means "would not have matched": on random
 * patterns and texts, and on every pattern the scam check pre-tests against the scam corpus and probes.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../server/assistant/scam/corpus-files";
import { foldForScam } from "../server/assistant/scam/normalize";
import { checkScam } from "../server/assistant/scam/check";
import { isAccountTakenOnly, isVictimReport, readVictim } from "../server/assistant/scam/victim";
import { matches, mayMatch, recordPatterns, requiredLiterals } from "../server/lib/regex-prefilter";

const root = join(import.meta.dirname, "..");
const sorted = (re: RegExp) => requiredLiterals(re)?.slice().sort() ?? null;

describe("requiredLiterals", () => {
  it("reads each branch's longest mandatory run", () => {
    expect(sorted(/(ma otp|canh bao)/)).toEqual(["canh bao", "ma otp"]);
    expect(sorted(/abc\s+(\S+\s+){0,3}defgh/)).toEqual(["defgh"]);
    expect(sorted(/\bnap (\S+ ){0,3}(the|tien)\b/)).toEqual(["nap "]);
    expect(sorted(/ab(cd)?ef/)).toEqual(["abcdef", "abef"]);
    expect(sorted(/x(abc|abd)y|zzzz/)).toEqual(["xabcy", "xabdy", "zzzz"]);
    expect(sorted(/(abc){2}/)).toEqual(["abcabc"]);
    expect(sorted(/(abc)+/)).toEqual(["abc"]);
    expect(sorted(/\.apk\b/)).toEqual([".apk"]);
  });

  it("skips what consumes nothing: anchors, word boundaries, lookahead and lookbehind", () => {
    expect(sorted(/^(?<!mien )phi\b(?! sai)/)).toEqual(["phi"]);
    expect(sorted(/(?<=xyz)abc/)).toEqual(["abc"]);
    expect(sorted(/(?=\d)(?<!a b)\d+ ?%\/ ?ngay/)).toEqual(["%/ ngay", "%/ngay"]);
  });

  it("keeps only the shorter of two literals one of which contains the other", () => {
    expect(sorted(/(trung thuong|thuong|thuong hieu)/)).toEqual(["thuong"]);
  });

  it("keeps up to 256 literals: a long alternation of phrases (a scam rule's) still gets its pre-test", () => {
    const phrases = Array.from({ length: 200 }, (_, i) => `phrase ${i} x`);
    const re = new RegExp(`(${phrases.join("|")})`);
    expect(requiredLiterals(re)?.length).toBe(200);
    expect(mayMatch(re, "nothing of the kind")).toBe(false);
    expect(matches(re, "a phrase 17 x here")).toBe(true);
  });

  it("gives up on what it does not fully understand or what would not pay", () => {
    for (const re of [
      /abc/i, // case folding
      /abc/m,
      /abc/y,
      /(abc)\1/,
      /(?<n>abc)\k<n>/,
      /\p{L}abc/u,
      /\u0041bc/,
      /ab{c/, // a { that is no quantifier
      /abc|\d+/, // a branch with no literal
      /(abc|def)?x/, // too short
      /[abc]+/,
      /.*/,
      new RegExp(Array.from({ length: 300 }, (_, i) => `w${i}x`).join("|")), // too many literals
    ]) expect(requiredLiterals(re), re.source).toBeNull();
  });

  it("reads escaped syntax characters as themselves", () => {
    expect(sorted(/c\.?o\.?d\.?e/)).toEqual(["c.o.d.e", "c.o.de", "c.od.e", "c.ode", "co.d.e", "co.de", "cod.e", "code"]);
    expect(sorted(/tai\(abc\)/)).toEqual(["tai(abc)"]);
    expect(sorted(/ab\-cd\/ef/)).toEqual(["ab-cd/ef"]);
  });

  it("reads a character above U+FFFF as one atom under the u flag, so its quantifier covers the whole pair", () => {
    for (const re of [/a😀?b/u, /xy😀*z/u, /a😀{0,2}b/u]) {
      for (const text of ["ab", "xyz", "a😀b", "xy😀😀z", "a😀😀b"]) {
        if (re.test(text)) expect(requiredLiterals(re)?.some((l) => text.includes(l)) ?? true, `${re} on ${text}`).toBe(true);
      }
    }
    expect(sorted(/a😀?b/u)).toEqual(["ab", "a😀b"]);
    // without u the quantifier takes the low surrogate only, as the engine reads it
    const plain = new RegExp("a\uD83D\uDE00?b");
    expect(plain.test("a\uD83Db")).toBe(true);
    expect(requiredLiterals(plain)?.some((l) => "a\uD83Db".includes(l)) ?? true).toBe(true);
  });
});

describe("matches", () => {
  it("is re.test when the literal is there, false without scanning otherwise", () => {
    expect(matches(/canh bao|luu y/, "xin luu y ngay")).toBe(true);
    expect(matches(/canh bao|luu y/, "xin chao")).toBe(false);
  });

  it("resets a global pattern's lastIndex on a skip, as a failed test() does", () => {
    const re = /abc/g;
    re.lastIndex = 2;
    expect(matches(re, "xyz")).toBe(false);
    expect(re.lastIndex).toBe(0);
  });
});

/** a small seeded generator (tests must be repeatable) */
function random(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

/** Random patterns over a tiny alphabet, so random texts often match. */
function randomPattern(next: (n: number) => number, depth = 0): string {
  const atom = (): string => {
    switch (next(depth > 2 ? 4 : 9)) {
      case 0:
      case 1:
      case 2:
        return "abc "[next(4)]!;
      case 3:
        return ["\\s", "\\S", ".", "[ab]", "[^c]", "\\b", "^", "$", "\\d", "\\.", "\\w"][next(11)]!;
      case 4:
        return `(${randomPattern(next, depth + 1)})`;
      case 5:
        return `(?:${randomPattern(next, depth + 1)})`;
      case 6:
        return `(${["?=", "?!", "?<=", "?<!"][next(4)]}${randomPattern(next, depth + 1)})`;
      default:
        return `(${randomPattern(next, depth + 1)}|${randomPattern(next, depth + 1)})`;
    }
  };
  let out = "";
  for (let k = 1 + next(5); k > 0; k--) out += atom() + ["", "", "", "?", "*", "+", "{2}", "{1,3}", "{0,2}", "+?"][next(10)]!;
  return next(4) ? out : `${out}|${randomPattern(next, depth + 1)}`;
}

describe("skip means no match (property checks)", () => {
  it("on random patterns and random texts", () => {
    const next = random(20261130);
    let gated = 0;
    let skipped = 0;
    for (let p = 0; p < 3000; p++) {
      let re: RegExp;
      try {
        re = new RegExp(randomPattern(next));
      } catch {
        continue; // a quantified assertion ("^?", "\\b{2}") is no pattern
      }
      // every literal length counts here (the tiny alphabet makes short ones): mayMatch's test with them
      const literals = requiredLiterals(re, 1);
      if (!literals) continue;
      gated++;
      for (let t = 0; t < 60; t++) {
        let text = "";
        for (let k = next(14); k > 0; k--) text += "abc .1ạ"[next(7)];
        // the automaton's answer is the includes test of the literals it kept (2 characters or more)
        const kept = requiredLiterals(re);
        expect(mayMatch(re, text), `${re.source} on ${JSON.stringify(text)}`).toBe(!kept || kept.some((l) => text.includes(l)));
        if (!literals.some((l) => text.includes(l))) {
          skipped++;
          expect(re.test(text), `${re.source} on ${JSON.stringify(text)}`).toBe(false);
        }
      }
    }
    // the check exercises the pre-test, not only its giving up
    expect(gated).toBeGreaterThan(300);
    expect(skipped).toBeGreaterThan(5_000);
  });

  it("on every pattern the scam check pre-tests, over the scam corpus and probes", { timeout: 180_000 }, () => {
    const patterns = new Set<RegExp>();
    recordPatterns(patterns);
    const texts = readCorpus(join(root, "knowledge/scam-corpus")).messages.map((m) => m.text);
    const probes = join(root, "tests/fixtures/scam");
    for (const f of readdirSync(probes).filter((n) => n.endsWith(".jsonl")))
      for (const line of readFileSync(join(probes, f), "utf8").split("\n").filter(Boolean)) texts.push((JSON.parse(line) as { text: string }).text);
    for (const t of texts) {
      checkScam(t);
      readVictim(t);
      isVictimReport(t);
      isAccountTakenOnly(t);
    }
    expect(patterns.size).toBeGreaterThan(80);
    expect([...patterns].filter((re) => requiredLiterals(re)).length).toBeGreaterThan(60);
    // the folded texts, and near misses: each with one character of its first literal occurrence cut
    const folded = texts.map(foldForScam);
    let skips = 0;
    for (const re of patterns) {
      const literals = requiredLiterals(re) ?? [];
      for (const text of folded) {
        const variants = [text];
        const l = literals.find((x) => text.includes(x));
        const at = l ? text.indexOf(l) : -1;
        if (l) variants.push(text.slice(0, at + (l.length >> 1)) + text.slice(at + (l.length >> 1) + 1));
        for (const v of variants) {
          if (mayMatch(re, v)) continue;
          skips++;
          re.lastIndex = 0;
          expect(re.test(v), `${re.source.slice(0, 60)} on folded corpus text`).toBe(false);
        }
      }
    }
    expect(skips).toBeGreaterThan(10_000);
  });
});
