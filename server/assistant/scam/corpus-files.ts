import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";

/*
 * Node-only: the labelled scam corpus (knowledge/scam-corpus/). sources.yaml fixes each source's
 * split; every other file lists groups of messages sharing a source, label and family.
 */

export const labels = ["scam", "genuine", "question", "victim"] as const;
export type CorpusLabel = (typeof labels)[number];

const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(["police", "bank", "telecom", "utility", "gov", "press", "dataset", "composed"]),
  split: z.enum(["training", "validation"]),
  url: z.string().url().optional(),
  /** a public collection of SMS: where the file is (repository, commit, path) and its licence */
  dataset: z.object({ repo: z.string(), commit: z.string().regex(/^[0-9a-f]{40}$/), paths: z.array(z.string()).min(1), licence: z.string().min(5) }).optional(),
  describes: z.string().url().optional(),
  title: z.string().min(5),
});

const groupSchema = z.object({
  source: z.string(),
  label: z.enum(labels),
  family: z.string().regex(/^[a-z_]+$/),
  /** real: the text as received or printed (personal data masked, see transform); adapted: a
   *  real text with a placeholder filled; written: composed for this corpus */
  origin: z.enum(["real", "adapted", "written"]),
  shape: z.enum(["alone", "question_before", "question_after", "quoted", "line_breaks", "obfuscated", "reported"]).default("alone"),
  transform: z.string().optional(),
  /** a message, or a message with where it is in its source (a dataset's "path:line") */
  messages: z.array(z.union([z.string().min(3), z.object({ text: z.string().min(3), ref: z.string().min(3) })])).min(1),
});

export type CorpusSource = z.infer<typeof sourceSchema>;
export type CorpusMessage = {
  id: string;
  text: string;
  label: CorpusLabel;
  family: string;
  source: CorpusSource;
  split: "training" | "validation";
  origin: "real" | "adapted" | "written";
  ref?: string;
  shape: z.infer<typeof groupSchema>["shape"];
  transform?: string;
};

export function readCorpus(dir: string): { messages: CorpusMessage[]; sources: CorpusSource[]; problems: string[]; hash: string } {
  const problems: string[] = [];
  const hash = createHash("sha256");
  const sourcesRaw = readFileSync(join(dir, "sources.yaml"), "utf8");
  hash.update(sourcesRaw);
  const sourcesParsed = z.object({ sources: z.array(sourceSchema) }).safeParse(parse(sourcesRaw));
  if (!sourcesParsed.success) return { messages: [], sources: [], problems: [`sources.yaml: ${sourcesParsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`], hash: "" };
  const sources = sourcesParsed.data.sources;
  const byId = new Map<string, CorpusSource>();
  for (const s of sources) {
    if (byId.has(s.id)) problems.push(`sources.yaml: source ${s.id} listed twice`);
    if (s.kind === "composed" ? !s.describes : !s.url) problems.push(`sources.yaml: ${s.id} needs ${s.kind === "composed" ? "describes" : "url"}`);
    if ((s.kind === "dataset") !== !!s.dataset) problems.push(`sources.yaml: ${s.id}: a dataset source (and only one) names its dataset (repo, commit, paths, licence)`);
    byId.set(s.id, s);
  }
  const messages: CorpusMessage[] = [];
  const seen = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml") && f !== "sources.yaml").sort()) {
    const raw = readFileSync(join(dir, file), "utf8");
    hash.update(file).update(raw);
    const parsed = z.object({ groups: z.array(groupSchema) }).safeParse(parse(raw));
    if (!parsed.success) {
      problems.push(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      continue;
    }
    parsed.data.groups.forEach((g, gi) => {
      const source = byId.get(g.source);
      if (!source) return problems.push(`${file}: group ${gi + 1} names unknown source ${g.source}`);
      if ((g.origin === "adapted" || g.shape !== "alone") && !g.transform && g.shape !== "reported") problems.push(`${file}: group ${gi + 1} (${g.origin}, ${g.shape}) needs a transform note`);
      g.messages.forEach((item, mi) => {
        const text = typeof item === "string" ? item : item.text;
        const ref = typeof item === "string" ? undefined : item.ref;
        if (source.kind === "dataset" && !ref) problems.push(`${file}: group ${gi + 1} message ${mi + 1} from a dataset needs its ref (path:line)`);
        const id = `${file.replace(/\.yaml$/, "")}#${gi + 1}.${mi + 1}`;
        const key = text.normalize("NFC").trim();
        const other = seen.get(key);
        if (other) problems.push(`${file}: ${id} repeats ${other}`);
        seen.set(key, id);
        messages.push({ id, text, label: g.label, family: g.family, source, split: source.split, origin: g.origin, shape: g.shape, transform: g.transform, ref });
      });
    });
  }
  return { messages, sources, problems, hash: hash.digest("hex").slice(0, 16) };
}
