/**
 * Retrieval quality and speed, our engine against MiniSearch in its default configuration:
 *   npm run bench:retrieval
 * Questions: tests/fixtures/paraphrases.jsonl (+ ../shared/eval/dev-questions.jsonl when present),
 * only lines with expect "answer" and a topic. Both engines index the same published entries.
 *   ours (search)   SearchIndex.search(q) top-1 id == topic
 *   ours (decision) Assistant.ask(q) answers (kind "answer") with the topic as its top entry
 *   MiniSearch      new MiniSearch({ fields: [title, questions, keywords, body], storeFields: [id] }),
 *                   questions joined into one string, search(q) top-1 id == topic; no other options
 * Accuracy is split by whether the question carries Vietnamese diacritics. Latency per question:
 * median and p99 over RETRIEVAL_REPS (7) repetitions of the whole set; index build median of 7.
 */
import MiniSearch from "minisearch";
import { Assistant } from "../server/assistant/assistant";
import { SearchIndex } from "../server/assistant/search-index";
import { foldDiacritics } from "../server/assistant/vietnamese-text";
import { loadKnowledge, loadQuestions, median, NOW, quantile } from "./ask-latency";

const reps = Number(process.env.RETRIEVAL_REPS) > 0 ? Number(process.env.RETRIEVAL_REPS) : 7;

const { kb, ward } = await loadKnowledge();
const published = kb.entries.filter((e) => e.status === "published");
const all = loadQuestions().filter((q) => q.expect === "answer" && q.topic);
const questions = all.filter((q) => published.some((e) => e.id === q.topic));
const unknownTopics = all.length - questions.length;
const hasDiacritics = (q: string) => foldDiacritics(q.normalize("NFC")) !== q.normalize("NFC");

type Doc = { id: string; title: string; questions: string; keywords: string; body: string };
const docs: Doc[] = published.map((e) => ({ id: e.id, title: e.title, questions: e.questions.join(" "), keywords: e.keywords.join(" "), body: e.body }));

function buildMini(): MiniSearch<Doc> {
  const mini = new MiniSearch<Doc>({ fields: ["title", "questions", "keywords", "body"], storeFields: ["id"] });
  mini.addAll(docs);
  return mini;
}

type Engine = { name: string; build: () => unknown; top1: (q: string) => string | undefined };
let ours!: SearchIndex;
let assistant!: Assistant;
let mini!: MiniSearch<Doc>;
const engines: Engine[] = [
  { name: "ours: SearchIndex top-1", build: () => (ours = new SearchIndex(published)), top1: (q) => ours.search(q, { limit: 20 }).ranked[0]?.entry.id },
  {
    name: "ours: Assistant decision",
    build: () => (assistant = new Assistant(kb)),
    top1: (q) => {
      const r = assistant.ask(q, ward, NOW);
      return r.kind === "answer" ? r.entries[0]?.id : `(${r.kind})`;
    },
  },
  { name: "MiniSearch default top-1", build: () => (mini = buildMini()), top1: (q) => mini.search(q)[0]?.id as string | undefined },
];

const rows = engines.map((engine) => {
  const builds: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    engine.build();
    builds.push(performance.now() - t0);
  }
  for (const q of questions) engine.top1(q.q); // warm-up
  let ok = 0, okAcc = 0, okPlain = 0, nAcc = 0, nPlain = 0;
  for (const q of questions) {
    const hit = engine.top1(q.q) === q.topic;
    const accented = hasDiacritics(q.q);
    if (accented) nAcc++;
    else nPlain++;
    if (hit) {
      ok++;
      if (accented) okAcc++;
      else okPlain++;
    }
  }
  const p50s: number[] = [];
  const p99s: number[] = [];
  for (let r = 0; r < reps; r++) {
    const times = new Float64Array(questions.length);
    questions.forEach((q, i) => {
      const t0 = performance.now();
      engine.top1(q.q);
      times[i] = performance.now() - t0;
    });
    times.sort();
    p50s.push(quantile(times, 0.5));
    p99s.push(quantile(times, 0.99));
  }
  return { name: engine.name, acc: ok / questions.length, accAcc: okAcc / nAcc, accPlain: okPlain / nPlain, nAcc, nPlain, p50: median(p50s), p99: median(p99s), build: median(builds) };
});

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
console.log(`retrieval: ${questions.length} labelled questions (${rows[0]!.nAcc} with diacritics, ${rows[0]!.nPlain} without), ${published.length} published entries${unknownTopics ? `, ${unknownTopics} skipped (topic not a published entry)` : ""}`);
console.log(`${"engine".padEnd(26)}  top-1   accented  no-accent  p50 ms   p99 ms   build ms`);
for (const r of rows) {
  console.log(`${r.name.padEnd(26)} ${pct(r.acc)}  ${pct(r.accAcc)}   ${pct(r.accPlain)}   ${r.p50.toFixed(3).padStart(6)}   ${r.p99.toFixed(3).padStart(6)}   ${r.build.toFixed(1).padStart(7)}`);
}
console.log(`(latency: per question, median of ${reps} repetitions' p50/p99; the Assistant row is a decision — a clarify or handoff counts as a miss)`);
