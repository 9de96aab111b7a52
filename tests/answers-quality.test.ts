/**
 * Guards the answer engine's quality on the blind evaluation sets (tests/fixtures/blind/, written
 * without reading the entries' sample questions): the figures `npm run bench:answers` reports may
 * not fall more than a margin below those recorded in bench/answers-baseline.json. The eval sets
 * are run for figures only; misses are studied on the tuning sets (see the blind README).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateAnswers, readLines, type AnswerFigures } from "../bench/answers-eval";
import { loadKnowledge, ROOT } from "../bench/ask-latency";

type Baseline = Record<string, Pick<AnswerFigures, "top1" | "top1Accented" | "top1Plain" | "confidentWrong" | "handoff" | "followup" | "lengthMedian" | "lengthP90">>;
/** residentsWarned: per set, the recorded share of answer/handoff lines that got a scam warning (optional: checked only where recorded) */
const baseline = JSON.parse(readFileSync(join(ROOT, "bench/answers-baseline.json"), "utf8")) as { margins: Record<string, number>; sets: Baseline; residentsWarned?: Record<string, number> };
const files: Record<string, string> = {
  "eval-questions": "tests/fixtures/blind/eval-questions.jsonl",
  "eval-conversations": "tests/fixtures/blind/eval-conversations.jsonl",
  "holdout-questions": "tests/fixtures/blind/holdout-questions.jsonl",
  "holdout-conversations": "tests/fixtures/blind/holdout-conversations.jsonl",
  "holdout2-questions": "tests/fixtures/blind/holdout2-questions.jsonl",
  "holdout2-conversations": "tests/fixtures/blind/holdout2-conversations.jsonl",
  "holdout3-questions": "tests/fixtures/blind/holdout3-questions.jsonl",
  "holdout3-conversations": "tests/fixtures/blind/holdout3-conversations.jsonl",
  "holdout17-questions": "tests/fixtures/blind/holdout17-questions.jsonl",
  "holdout17-conversations": "tests/fixtures/blind/holdout17-conversations.jsonl",
  "holdout18-questions": "tests/fixtures/blind/holdout18-questions.jsonl",
  "holdout18-conversations": "tests/fixtures/blind/holdout18-conversations.jsonl",
  "holdout19-questions": "tests/fixtures/blind/holdout19-questions.jsonl",
  "holdout19-conversations": "tests/fixtures/blind/holdout19-conversations.jsonl",
  "holdout20-questions": "tests/fixtures/blind/holdout20-questions.jsonl",
  "holdout20-conversations": "tests/fixtures/blind/holdout20-conversations.jsonl",
  "holdout21-questions": "tests/fixtures/blind/holdout21-questions.jsonl",
  "holdout21-conversations": "tests/fixtures/blind/holdout21-conversations.jsonl",
  "holdout22-questions": "tests/fixtures/blind/holdout22-questions.jsonl",
  "holdout22-conversations": "tests/fixtures/blind/holdout22-conversations.jsonl",
  "holdout23-questions": "tests/fixtures/blind/holdout23-questions.jsonl",
  "holdout23-conversations": "tests/fixtures/blind/holdout23-conversations.jsonl",
  "holdout24-questions": "tests/fixtures/blind/holdout24-questions.jsonl",
  "holdout24-conversations": "tests/fixtures/blind/holdout24-conversations.jsonl",
  "holdout25-questions": "tests/fixtures/blind/holdout25-questions.jsonl",
  "holdout25-conversations": "tests/fixtures/blind/holdout25-conversations.jsonl",
};

describe("answer quality on the blind evaluation sets", async () => {
  const { kb, ward } = await loadKnowledge();
  for (const [name, file] of Object.entries(files)) {
    it(`${name}: no regression beyond the margins`, () => {
      const figures = evaluateAnswers(kb, ward, readLines(join(ROOT, file)));
      const base = baseline.sets[name]!;
      const m = baseline.margins;
      const report = (key: string) => `${name} ${key}: ${JSON.stringify((figures as Record<string, unknown>)[key])} vs baseline ${JSON.stringify((base as Record<string, unknown>)[key])}`;
      expect(figures.top1, report("top1")).toBeGreaterThanOrEqual(base.top1 - m.rate!);
      expect(figures.top1Accented, report("top1Accented")).toBeGreaterThanOrEqual(base.top1Accented - m.rate!);
      expect(figures.top1Plain, report("top1Plain")).toBeGreaterThanOrEqual(base.top1Plain - m.rate!);
      expect(figures.confidentWrong, report("confidentWrong")).toBeLessThanOrEqual(base.confidentWrong + m.wrong!);
      if (!Number.isNaN(base.handoff)) expect(figures.handoff, report("handoff")).toBeGreaterThanOrEqual(base.handoff - m.handoff!);
      if (base.followup !== null && !Number.isNaN(base.followup)) expect(figures.followup, report("followup")).toBeGreaterThanOrEqual(base.followup - m.rate!);
      expect(figures.lengthMedian, report("lengthMedian")).toBeLessThanOrEqual(Math.min(450, base.lengthMedian + m.length!));
      expect(figures.lengthP90, report("lengthP90")).toBeLessThanOrEqual(Math.min(700, base.lengthP90 + m.length!));
      const warned = baseline.residentsWarned?.[name];
      if (warned !== undefined) expect(figures.residentsWarnedRate, `${name} residentsWarnedRate: ${figures.residentsWarnedRate} vs baseline ${warned}`).toBeLessThanOrEqual(warned + m.wrong!);
      // a whole set is asked here: on a loaded 2-core machine that can pass the default 30 s (a figure, not a time, is guarded)
    }, 180_000);
  }
});
