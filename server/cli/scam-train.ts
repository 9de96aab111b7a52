/**
 * npm run scam:train — builds what the scam check ships with, from files in the repository:
 *  1. knowledge/official-domains.yaml → server/assistant/scam/data/official-domains.json
 *  2. the training split of knowledge/scam-corpus/ → server/assistant/scam/data/model.json
 *     (a linear model over the check's signals and hashed character n-grams; see
 *     server/assistant/scam/model.ts). The validation split is never read here.
 * kb:check fails when either JSON differs from what this script would write.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "../config/env";
import { readRegistryFile, registryJsonPath, serializeRegistry } from "../assistant/scam/registry-files";
import { modelJsonPath, serializeModel, trainModelFromCorpus } from "../assistant/scam/train";

const knowledgeDir = parseEnv(process.env).knowledgeDir;
const registry = readRegistryFile(join(knowledgeDir, "official-domains.yaml"));
writeFileSync(registryJsonPath, serializeRegistry(registry));
console.log(`official domains: ${registry.brands.length} brands → ${registryJsonPath}`);

const { model, report } = trainModelFromCorpus(join(knowledgeDir, "scam-corpus"));
writeFileSync(modelJsonPath, serializeModel(model));
console.log(report);
console.log(`model → ${modelJsonPath}`);
