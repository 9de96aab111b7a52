/**
 * npm run kb:check — validates knowledge/ (schema, ids, required topics, official sources,
 * placeholders against every ward profile, Zalo's length limit, numbers and amounts in prose).
 * Exits 1 and lists every problem when something is wrong.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "../config/env";
import { checkKnowledge } from "../knowledge/knowledge-check";
import { allowedNumbersJsonPath, readAllowedNumbers, readKnowledgeDir, readWardDefinition, serializeAllowedNumbers } from "../knowledge/knowledge-files";
import { factKeys } from "../knowledge/procedure-facts";
import { checkScamData } from "../assistant/scam/scam-data-check";
import type { Ward } from "../wards/ward-profile";

/*
 * Required topics come from two lists: the original brief (kb-topics.json) and the coverage topics
 * of issue 14 (kb-topics-coverage.json). Each is read from ../shared when present, otherwise from
 * its copy under knowledge/.
 */
const topicLists = [
  { shared: "../shared/kb-topics.json", copy: "required-topics.json" },
  { shared: "../shared/kb-topics-coverage.json", copy: "required-topics-coverage.json" },
];

export function requiredTopicFiles(dir: string): string[] {
  return topicLists.map((l) => (existsSync(l.shared) ? l.shared : join(dir, l.copy)));
}

function readTopics(file: string): Array<{ id: string; category: string }> {
  return (JSON.parse(readFileSync(file, "utf8")) as { topics: Array<{ id: string; category: string }> }).topics;
}

export async function runKnowledgeCheck(dir: string, topicsPaths?: string[]) {
  const { kb, problems, files } = await readKnowledgeDir(dir);
  const wards: Ward[] = readdirSync(join(dir, "wards"))
    .filter((f) => f.endsWith(".yaml"))
    .map((f, i) => {
      const def = readWardDefinition(join(dir, "wards", f));
      return { id: i + 1, slug: def.slug, name: def.name, oaId: def.oa_id ?? null, appId: def.app_id ?? null, profile: def.profile };
    });
  // A ward that puts every procedure in its green lane: the longest answers any ward can get.
  const base = wards[0];
  const placeholderOnlyWards: Ward[] = [];
  if (base) {
    placeholderOnlyWards.push({
      ...base,
      id: 9999,
      slug: "every-procedure-green",
      profile: { ...base.profile, green_lane: { sample: true, items: [...kb.procedures.keys()].map((p) => ({ procedure: p, time: "trong 02 ngày làm việc" })) } },
    });
  }
  const topicsFiles = topicsPaths?.length ? topicsPaths : requiredTopicFiles(dir);
  const requiredTopics = topicsFiles.flatMap(readTopics);
  const allowedNumbers = readAllowedNumbers(dir);
  const copies = existsSync(allowedNumbersJsonPath) && readFileSync(allowedNumbersJsonPath, "utf8") === serializeAllowedNumbers(allowedNumbers) ? [] : [{ file: allowedNumbersJsonPath, message: "differs from knowledge/allowed-numbers.yaml: run npm run kb:copies" }];
  const all = [...problems, ...checkKnowledge({ kb, files, wards, placeholderOnlyWards, requiredTopics, allowedNumbers }), ...checkScamData(dir), ...copies];
  return { kb, problems: all, topicsFiles, wards: [...wards, ...placeholderOnlyWards] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = parseEnv(process.env).knowledgeDir;
  const { kb, problems, topicsFiles, wards } = await runKnowledgeCheck(dir, process.argv.slice(2));
  const published = kb.entries.filter((e) => e.status === "published").length;
  const unverified = kb.entries.filter((e) => !e.verified).length;
  const facts = [...kb.procedures.values()].flatMap((p) => factKeys.map((k) => p[k]));
  const codes = [...kb.procedures.values()].filter((p) => p.code).length;
  for (const p of problems) console.error(`✗ ${p.file}: ${p.message}`);
  console.log(
    `${kb.entries.length} entries (${published} published, ${unverified} awaiting ward confirmation), ${kb.procedures.size} procedures ` +
      `(${codes} with a catalogue code; facts ${facts.filter((f) => f.verified).length} verified, ${facts.filter((f) => !f.verified).length} unverified), ` +
      `checked against ${wards.length} ward profiles and ${topicsFiles.join(", ")}: ${problems.length ? `${problems.length} problem(s)` : "OK"}`,
  );
  process.exit(problems.length ? 1 : 0);
}
