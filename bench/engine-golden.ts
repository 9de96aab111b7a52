/**
 * Everything the answer engine decides, recorded, so a change to its speed can be shown not to
 * change a single answer:
 *
 *   npx tsx bench/engine-golden.ts --write /tmp/golden.jsonl     (before the change)
 *   npx tsx bench/engine-golden.ts --check /tmp/golden.jsonl     (after: exits 1 on any difference)
 *
 * Every line of every fixture set (tests/fixtures/blind/*.jsonl with conversations asked as one
 * resident's conversation — memory carried, the clock one minute a turn, as `npm run ask --batch`
 * does —, tests/fixtures/paraphrases.jsonl, validation-questions.jsonl, and
 * ../shared/eval/dev-questions.jsonl when present) goes through Assistant.ask() with the demo
 * ward: kind, entry ids and scores, reply, explanation and the memory are recorded; then the raw
 * ranking of SearchIndex.search() for the same text (top 10 at full precision, coverage, unknown
 * share, content terms). The labelled single questions are also asked of 2,000 generated entries
 * (bench/generated-knowledge.ts), where the index's scaling paths (long posting lists, spelling
 * correction over a large vocabulary) are exercised.
 *
 * GOLDEN_INDEX=serialized answers from an index that went through serialise → JSON text →
 * deserialise (server/knowledge/stored-index.ts, as a process loads it from the database)
 * instead of a freshly built one; the raw ranking is then that index's too. `--check` never prints the text of the eval-* sets (they are
 * blind: only run for figures), only the file, line and field that differ.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { emptyMemory, type ConversationMemory } from "../server/assistant/ask-result";
import { Assistant } from "../server/assistant/assistant";
import { SearchIndex } from "../server/assistant/search-index";
import type { KnowledgeBase } from "../server/knowledge/knowledge-schema";
import { loadStoredIndex, serializeIndex } from "../server/knowledge/stored-index";
import { loadKnowledge, NOW, questionFiles, ROOT } from "./ask-latency";
import { generatedKnowledge } from "./generated-knowledge";

type Line = { q?: string; text?: string; conversation?: string | number };

function fixtureFiles(): string[] {
  const blind = join(ROOT, "tests/fixtures/blind");
  const files = readdirSync(blind)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => join(blind, f));
  files.push(join(ROOT, "tests/fixtures/validation-questions.jsonl"));
  for (const f of questionFiles()) if (!files.includes(f)) files.push(f);
  return files;
}

function readLines(file: string): Line[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line);
}

function makeAssistant(kb: KnowledgeBase): { assistant: Assistant; index: SearchIndex } {
  const published = kb.entries.filter((e) => e.status === "published");
  const built = new SearchIndex(published);
  if (process.env.GOLDEN_INDEX !== "serialized") return { assistant: new Assistant(kb), index: built };
  // as stored in the database and loaded by a process that starts later: through JSON text
  const index = loadStoredIndex(serializeIndex(kb.version, built), kb.version, published);
  if (!index) throw new Error("the serialised index did not load");
  return { assistant: new Assistant(kb, { index }), index };
}

function record(kb: KnowledgeBase, label: string, files: string[], conversations: boolean, ward: Awaited<ReturnType<typeof loadKnowledge>>["ward"]): string[] {
  const { assistant, index } = makeAssistant(kb);
  const out: string[] = [];
  for (const file of files) {
    const memories = new Map<string, { memory: ConversationMemory; turns: number }>();
    readLines(file).forEach((item, i) => {
      const text = item.q ?? item.text ?? "";
      const id = conversations && item.conversation !== undefined ? String(item.conversation) : undefined;
      const state = id === undefined ? { memory: emptyMemory(), turns: 0 } : (memories.get(id) ?? { memory: emptyMemory(), turns: 0 });
      const r = assistant.ask(text, ward, NOW + state.turns * 60_000, state.memory);
      if (id !== undefined) memories.set(id, { memory: r.memory, turns: state.turns + 1 });
      const s = index.search(text, { limit: 10 });
      out.push(
        JSON.stringify({
          set: label,
          file: basename(file),
          line: i + 1,
          kind: r.kind,
          entries: r.entries.map((e) => [e.id, e.score]),
          reply: r.reply,
          explanation: r.explanation,
          memory: { entryId: r.memory.entryId, shown: r.memory.shown, choices: r.memory.choices.map((c) => [c.n, c.label]) },
          search: {
            ranked: s.ranked.map((x) => [x.entry.id, x.score, x.bm25, x.questionSimilarity, x.coverage, x.coreCoverage, x.pairCoverage, x.keyCoverage]),
            coverage: s.coverage,
            unknownShare: s.unknownShare,
            contentTerms: s.contentTerms,
          },
        }),
      );
    });
  }
  return out;
}

export async function goldenLines(): Promise<string[]> {
  const { kb, ward } = await loadKnowledge();
  const files = fixtureFiles();
  const lines = record(kb, "real", files, true, ward);
  const singles = files.filter((f) => !f.includes("conversations"));
  lines.push(...record(generatedKnowledge(kb, 2000), "x2000", singles, false, ward));
  return lines;
}

/** Numbers equal, or within `tolerance` (relative) when one is given. */
function sameValue(a: unknown, b: unknown, tolerance: number): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i], tolerance));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], tolerance));
  }
  return a === b;
}

async function main() {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== "--write" && mode !== "--check") || !file) {
    console.error("usage: npx tsx bench/engine-golden.ts --write|--check FILE");
    process.exit(2);
  }
  const t0 = performance.now();
  const lines = await goldenLines();
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (mode === "--write") {
    writeFileSync(file, lines.join("\n") + "\n");
    console.log(`${lines.length} lines written to ${file} (${seconds} s)`);
    return;
  }
  const expected = readFileSync(file, "utf8").split("\n").filter(Boolean);
  if (expected.length !== lines.length) console.log(`line count differs: expected ${expected.length}, got ${lines.length}`);
  let exact = 0;
  let withinNoise = 0;
  let differ = 0;
  const n = Math.min(expected.length, lines.length);
  for (let i = 0; i < n; i++) {
    if (expected[i] === lines[i]) {
      exact++;
      continue;
    }
    const a = JSON.parse(expected[i]!) as Record<string, unknown>;
    const b = JSON.parse(lines[i]!) as Record<string, unknown>;
    if (sameValue(a, b, 1e-12)) {
      withinNoise++;
      continue;
    }
    differ++;
    if (differ <= 20) {
      const fields = Object.keys(a).filter((k) => !sameValue(a[k], b[k], 1e-12));
      const blind = /^(eval|holdout)-/.test(String(a.file));
      console.log(`DIFF ${a.set} ${a.file}:${a.line} fields ${fields.join(",")}${blind ? "" : `\n  expected ${JSON.stringify(fields.map((k) => a[k]))}\n  got      ${JSON.stringify(fields.map((k) => b[k]))}`}`);
    }
  }
  console.log(`${n} lines compared (${seconds} s): ${exact} identical, ${withinNoise} equal within 1e-12 (float noise), ${differ} different`);
  process.exit(differ || expected.length !== lines.length ? 1 : 0);
}

await main();
