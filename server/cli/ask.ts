/**
 * Ask the assistant from the command line, with no server running:
 *   npm run --silent ask -- [--json] [--ward SLUG] "câu hỏi"
 *   npm run --silent ask -- --json --batch questions.jsonl   (one {"q"|"text"} per line → one answer per line)
 * Lines sharing a "conversation" id are one resident's conversation, asked in file order: the
 * memory of each turn carries to the next, and the clock moves one minute per turn. Lines
 * without one are fresh conversations.
 * Knowledge comes from knowledge/; the ward from the database when --ward names one that exists
 * there, otherwise the demo ward profile checked in under knowledge/wards/.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Assistant, type AskResult } from "../assistant/assistant";
import { emptyMemory, type ConversationMemory } from "../assistant/ask-result";
import { parseEnv } from "../config/env";
import { readKnowledgeDir, readWardDefinition } from "../knowledge/knowledge-files";
import { systemClock } from "../lib/clock";
import type { Ward } from "../wards/ward-profile";

async function loadWard(slug: string | undefined, knowledgeDir: string): Promise<Ward> {
  const config = parseEnv(process.env);
  const dbFile = config.databaseUrl.startsWith("file:") ? config.databaseUrl.slice(5) : undefined;
  if (slug && (!dbFile || existsSync(dbFile))) {
    const { openNodeDatabase } = await import("../db/open-node-database");
    const { WardService } = await import("../wards/ward-service");
    const opened = await openNodeDatabase(config.databaseUrl, config.databaseAuthToken);
    try {
      return await new WardService(opened.db, systemClock, undefined).bySlug(slug);
    } catch (err) {
      if (slug !== "demo") throw err;
    } finally {
      opened.close();
    }
  }
  const def = readWardDefinition(join(knowledgeDir, "wards", "demo.yaml"));
  if (slug && slug !== def.slug) throw new Error(`ward "${slug}" not found`);
  return { id: 0, slug: def.slug, name: def.name, oaId: def.oa_id ?? null, appId: def.app_id ?? null, profile: def.profile };
}

function format(result: AskResult, json: boolean): string {
  if (json) return JSON.stringify({ kind: result.kind, reply: result.reply, entries: result.entries });
  const entries = result.entries.map((e) => `${e.id} (${e.score})`).join(", ");
  return `[${result.kind}] ${entries}\n${result.reply}\n— ${result.explanation}`;
}

async function main() {
  const { values, positionals } = parseArgs({
    options: { json: { type: "boolean", default: false }, ward: { type: "string" }, batch: { type: "string" } },
    allowPositionals: true,
  });
  const knowledgeDir = parseEnv(process.env).knowledgeDir;
  const { kb } = await readKnowledgeDir(knowledgeDir, { strict: true });
  const assistant = new Assistant(kb);
  const ward = await loadWard(values.ward, knowledgeDir);
  const now = systemClock.now();

  if (values.batch) {
    const lines = readFileSync(values.batch, "utf8").split("\n").filter((l) => l.trim());
    const out: string[] = [];
    const conversations = new Map<string, { memory: ConversationMemory; turns: number }>();
    for (const line of lines) {
      const item = JSON.parse(line) as { q?: string; text?: string; conversation?: string | number };
      const id = item.conversation === undefined ? undefined : String(item.conversation);
      const state = id === undefined ? { memory: emptyMemory(), turns: 0 } : (conversations.get(id) ?? { memory: emptyMemory(), turns: 0 });
      const result = assistant.ask(item.q ?? item.text ?? "", ward, now + state.turns * 60_000, state.memory);
      if (id !== undefined) conversations.set(id, { memory: result.memory, turns: state.turns + 1 });
      out.push(format(result, values.json));
    }
    process.stdout.write(out.join("\n") + "\n");
    return;
  }
  const question = positionals.join(" ");
  if (!question) {
    console.error('usage: npm run --silent ask -- [--json] [--ward SLUG] "câu hỏi" | --batch FILE');
    process.exit(2);
  }
  process.stdout.write(format(assistant.ask(question, ward, now), values.json) + "\n");
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
