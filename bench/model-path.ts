/**
 * The optional language model's own overhead: the same questions answered by AnswerService
 * without a model and with one (a local OpenAI-compatible server that answers at once, so the
 * difference is our work: prompts, HTTP through the openai package, JSON, the guard, bookkeeping),
 * plus how many answers fell back to retrieval when the server fails one call in five.
 *   npx tsx bench/model-path.ts        (also part of `npm run bench`)
 * Knobs: MODEL_RUNS (5), MODEL_QUESTIONS (60).
 */
import { AnswerService } from "../server/llm/answer-service";
import { createOpenAiModel } from "../server/llm/language-model";
import { openNodeDatabase } from "../server/db/open-node-database";
import { KnowledgeRepository } from "../server/knowledge/knowledge-repository";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { systemClock } from "../server/lib/clock";
import { silentLogger } from "../server/lib/logger";
import { WardService } from "../server/wards/ward-service";
import { FakeOpenAi, promptKind } from "../tests/support/fake-openai-server";
import { defaultProfile, makeTempDir } from "../tests/support/factories";
import { loadQuestions } from "./ask-latency";

const envInt = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

export type ModelPathResult = {
  questions: number;
  plainP50Ms: number;
  modelP50Ms: number;
  addedP50Ms: number;
  addedP99Ms: number;
  modelCallsPerQuestion: number;
  fallbacksWithFailures: number;
  guardRejections: number;
};

export async function runModelPath(options: { log?: (s: string) => void } = {}): Promise<ModelPathResult> {
  const log = options.log ?? (() => {});
  const runs = envInt("MODEL_RUNS", 5);
  const questions = loadQuestions()
    .filter((q) => q.expect === "answer")
    .slice(0, envInt("MODEL_QUESTIONS", 60))
    .map((q) => q.q);
  const fake = await new FakeOpenAi().start();
  const tmp = makeTempDir("model-bench");
  const opened = await openNodeDatabase(`file:${tmp.dir}/bench.db`);
  try {
    const knowledge = new KnowledgeRepository(opened.db, systemClock);
    await knowledge.replaceAll((await readKnowledgeDir("knowledge", { strict: true })).kb);
    const wards = new WardService(opened.db, systemClock, undefined);
    const model = createOpenAiModel({ apiKey: "sk-bench", baseUrl: fake.url, model: "bench-model", timeoutMs: 2000 });
    let failEvery = 0;
    let calls = 0;
    // The fake words every answer with the first sentence of the entry it was given, so the guard passes.
    fake.respond = (request) => {
      calls++;
      if (failEvery && calls % failEvery === 0) return { status: 500 };
      if (promptKind(request) === "rewrite") return { content: JSON.stringify({ queries: [] }) };
      const data = JSON.parse(request.messages.find((m) => m.role === "user")!.content) as { documents: Array<{ id: string; text: string }> };
      const doc = data.documents[0]!;
      return { content: JSON.stringify({ reply: doc.text.split("\n")[0]!.slice(0, 300), entries: [doc.id] }) };
    };
    const plain = new AnswerService(opened.db, systemClock, knowledge, undefined, 0, silentLogger);
    let wardCount = 0;
    const freshWard = () => wards.create({ slug: `bench-${++wardCount}`, name: `Phường Bench ${wardCount}`, profile: defaultProfile });
    const time = async (service: AnswerService, ward: Awaited<ReturnType<typeof freshWard>>) => {
      const out: number[] = [];
      for (const q of questions) {
        const t = performance.now();
        await service.answer(q, ward);
        out.push(performance.now() - t);
      }
      return out;
    };
    const plainP50: number[] = [];
    const modelP50: number[] = [];
    const added: number[] = [];
    for (let run = 0; run < runs; run++) {
      // a new service and ward each run: no cache, fresh budget
      const ward = await freshWard();
      const withModel = new AnswerService(opened.db, systemClock, knowledge, model, 10_000_000, silentLogger);
      const a = await time(plain, ward);
      calls = 0;
      const b = await time(withModel, ward);
      plainP50.push(median(a));
      modelP50.push(median(b));
      b.forEach((ms, i) => added.push(ms - a[i]!));
      log(`  model path run ${run + 1}/${runs}: without model p50 ${median(a).toFixed(2)} ms, with model p50 ${median(b).toFixed(2)} ms, ${calls} model calls`);
    }
    // failures: one call in five answers 500; each failure must fall back to the retrieval answer
    const ward = await freshWard();
    const flaky = new AnswerService(opened.db, systemClock, knowledge, model, 10_000_000, silentLogger);
    calls = 0;
    failEvery = 5;
    await time(flaky, ward);
    const usage = await flaky.usage(ward.id);
    const modelCalls = calls;
    return {
      questions: questions.length,
      plainP50Ms: median(plainP50),
      modelP50Ms: median(modelP50),
      addedP50Ms: median(added),
      addedP99Ms: percentile(added, 99),
      modelCallsPerQuestion: modelCalls / questions.length,
      fallbacksWithFailures: usage.fallbacks,
      guardRejections: usage.guardRejections,
    };
  } finally {
    opened.close();
    await fake.stop();
    tmp.remove();
  }
}

export function formatModelPath(r: ModelPathResult): string {
  return [
    `model path (${r.questions} questions; a local OpenAI-compatible server answering at once):`,
    `  answer p50 without model ${r.plainP50Ms.toFixed(2)} ms, with model ${r.modelP50Ms.toFixed(2)} ms`,
    `  our added latency: p50 ${r.addedP50Ms.toFixed(2)} ms, p99 ${r.addedP99Ms.toFixed(2)} ms (the real model's own time comes on top)`,
    `  with one model call in five failing (HTTP 500): ${r.fallbacksWithFailures} fallbacks to the retrieval answer, ${r.guardRejections} guard refusals`,
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatModelPath(await runModelPath({ log: (s) => console.log(s) })));
}
