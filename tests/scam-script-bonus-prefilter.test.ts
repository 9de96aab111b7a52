/*
 * The script-class bonuses (notice scripts, probe classes, money offers, job and mule offers, isolation and
 * payout) test their patterns through the literal pre-test (`matches`) rather than `.test`: a message without
 * any of a pattern's required literals skips its scan. That may never change a bonus. Every pattern they
 * pre-test is recorded here and checked on every scam corpus row (training and validation) and every answer
 * fixture question (residents' own questions, where almost every pattern is skipped): wherever the pre-test
 * says "cannot match", the pattern itself must not match.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../server/assistant/scam/corpus-files";
import { readSignals } from "../server/assistant/scam/signals";
import { noticeScriptBonus } from "../server/assistant/scam/notice-scripts";
import { probeClassBonus } from "../server/assistant/scam/probe-classes";
import { moneyOfferBonus } from "../server/assistant/scam/money-offer-classes";
import { jobOfferBonus } from "../server/assistant/scam/job-offer-classes";
import { isolationAndPayoutBonus } from "../server/assistant/scam/isolation-and-payout";
import { mayMatch, recordPatterns, requiredLiterals } from "../server/lib/regex-prefilter";

const root = join(import.meta.dirname, "..");

function texts(): string[] {
  const corpus = readCorpus(join(root, "knowledge/scam-corpus")).messages.map((m) => m.text);
  const questions = readFileSync(join(root, "tests/fixtures/paraphrases.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { q: string }).q);
  return [...corpus, ...questions];
}

describe("script-class bonuses through the literal pre-test", () => {
  it("skip a pattern only where it cannot match (scam corpus and answer fixtures)", { timeout: 120_000 }, () => {
    const all = texts();
    const signals = all.map((t) => readSignals(t));
    // recorded from here on: the patterns the bonuses pre-test (readSignals' own were seen above)
    const patterns = new Set<RegExp>();
    recordPatterns(patterns);
    // offChannel and no advice: every rule of every bonus is reached
    const bonuses = [noticeScriptBonus, probeClassBonus, moneyOfferBonus, jobOfferBonus, isolationAndPayoutBonus];
    for (const s of signals) for (const bonus of bonuses) bonus(s, true, false);
    recordPatterns(new Set());
    // the routed patterns are seen (more than half of the ~50 the five bonuses test) and most have literals
    expect(patterns.size).toBeGreaterThan(30);
    expect([...patterns].filter((re) => requiredLiterals(re)).length).toBeGreaterThan(25);
    let skips = 0;
    for (const re of patterns) {
      for (const s of signals) {
        if (mayMatch(re, s.folded)) continue;
        skips++;
        re.lastIndex = 0;
        expect(re.test(s.folded), `${re.source.slice(0, 60)} on "${s.folded.slice(0, 60)}"`).toBe(false);
      }
    }
    // the pre-test does skip: most patterns on most texts
    expect(skips).toBeGreaterThan(patterns.size * all.length * 0.5);
  });

  it("give the same bonus as the patterns tested directly on a text with and without the literals", () => {
    // a delivery notice with a link (the notice-script rule fires) and a resident's question (nothing fires)
    const notice = readSignals("Buu dien: Don hang cua ban giao khong thanh cong do sai dia chi. Vui long cap nhat tai link sau: http://vnpost-giaohang.top");
    const question = readSignals("Cho em hoi lam can cuoc cho con duoi 14 tuoi can giay to gi a?");
    expect(noticeScriptBonus(notice, true, false)).toBeGreaterThan(0);
    expect(noticeScriptBonus(question, true, false)).toBe(0);
  });
});
