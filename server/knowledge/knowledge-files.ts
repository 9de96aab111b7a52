import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { sha256Hex } from "../lib/crypto";
import { wardDefinitionSchema, type WardDefinition } from "../wards/ward-profile";
import { entryFrontMatterSchema, procedureSchema, type KnowledgeBase, type KnowledgeEntry, type Procedure } from "./knowledge-schema";

/** A problem found while reading knowledge/, with the file it is in. */
export type KnowledgeProblem = { file: string; message: string };

export class KnowledgeLoadError extends Error {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(`knowledge/ has ${problems.length} problem(s):\n` + problems.map((p) => `  ${p.file}: ${p.message}`).join("\n"));
  }
}

function walk(dir: string, ext: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(walk(path, ext));
    else if (name.endsWith(ext)) out.push(path);
  }
  return out;
}

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function parseEntryFile(text: string): { data: unknown; body: string } {
  const match = frontMatterPattern.exec(text.normalize("NFC"));
  if (!match) throw new Error("missing front matter (--- ... ---)");
  return { data: parseYaml(match[1]!), body: match[2]!.trim() };
}

/**
 * Reads every entry and procedure under `dir`. Collects all problems instead of stopping at the
 * first, so kb:check can report them together; throws KnowledgeLoadError when `strict`.
 */
export async function readKnowledgeDir(
  dir: string,
  options: { strict?: boolean } = {},
): Promise<{ kb: KnowledgeBase; problems: KnowledgeProblem[]; files: Map<string, string> }> {
  const problems: KnowledgeProblem[] = [];
  const entries: KnowledgeEntry[] = [];
  const procedures = new Map<string, Procedure>();
  const files = new Map<string, string>();
  const hashInput: string[] = [];

  for (const file of walk(join(dir, "procedures"), ".yaml")) {
    const rel = relative(dir, file);
    try {
      const text = readFileSync(file, "utf8").normalize("NFC");
      hashInput.push(text);
      const parsed = procedureSchema.safeParse(parseYaml(text));
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push({ file: rel, message: `${issue.path.join(".")}: ${issue.message}` });
        continue;
      }
      if (procedures.has(parsed.data.id)) problems.push({ file: rel, message: `duplicate procedure id ${parsed.data.id}` });
      procedures.set(parsed.data.id, parsed.data);
      files.set(`procedure:${parsed.data.id}`, rel);
    } catch (err) {
      problems.push({ file: rel, message: (err as Error).message });
    }
  }

  for (const file of walk(join(dir, "entries"), ".md")) {
    const rel = relative(dir, file);
    try {
      const text = readFileSync(file, "utf8");
      hashInput.push(text);
      const { data, body } = parseEntryFile(text);
      const parsed = entryFrontMatterSchema.safeParse(data);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push({ file: rel, message: `${issue.path.join(".")}: ${issue.message}` });
        continue;
      }
      if (!body) problems.push({ file: rel, message: "empty answer text" });
      if (files.has(`entry:${parsed.data.id}`)) problems.push({ file: rel, message: `duplicate entry id ${parsed.data.id}` });
      files.set(`entry:${parsed.data.id}`, rel);
      entries.push({ ...parsed.data, body });
    } catch (err) {
      problems.push({ file: rel, message: (err as Error).message });
    }
  }

  if (options.strict && problems.length) throw new KnowledgeLoadError(problems);
  const version = (await sha256Hex(hashInput.join("\u0000"))).slice(0, 16);
  return { kb: { entries, procedures, version }, problems, files };
}

export function readWardDefinition(path: string): WardDefinition {
  return wardDefinitionSchema.parse(parseYaml(readFileSync(path, "utf8").normalize("NFC")));
}

export function readAllowedNumbers(dir: string): string[] {
  const data = parseYaml(readFileSync(join(dir, "allowed-numbers.yaml"), "utf8")) as { numbers: { number: string }[] };
  return data.numbers.map((n) => n.number);
}

/** The copy of allowed-numbers.yaml the console's editor reads (Workers have no filesystem). */
export const allowedNumbersJsonPath = join(dirname(fileURLToPath(import.meta.url)), "data", "allowed-numbers.json");

export function serializeAllowedNumbers(numbers: string[]): string {
  return `${JSON.stringify({ source: "knowledge/allowed-numbers.yaml (copy written by npm run kb:copies)", numbers }, null, 1)}\n`;
}
