import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { KnowledgeProblem } from "../../knowledge/knowledge-files";
import { findUnallowedNumbers } from "../../knowledge/knowledge-check";
import { readCorpus } from "./corpus-files";
import { readRegistryFile, registryJsonPath, serializeRegistry } from "./registry-files";
import { modelJsonPath, serializeModel, trainModelFromCorpus } from "./train";
import type { ScamModel } from "./model";

/*
 * kb:check's rules for the scam check's data: the official-domain registry (schema, no domain
 * or alias claimed twice, every hotline with its source and shown only if it is a plain number),
 * the JSON copies the check ships with (identical to what `npm run scam:train` writes), and the
 * corpus (every message with a known source and label).
 */
export function checkScamData(knowledgeDir: string, options: { retrain?: boolean } = {}): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const registryPath = join(knowledgeDir, "official-domains.yaml");
  try {
    const registry = readRegistryFile(registryPath);
    if (!existsSync(registryJsonPath) || readFileSync(registryJsonPath, "utf8") !== serializeRegistry(registry)) {
      problems.push({ file: registryJsonPath, message: "differs from knowledge/official-domains.yaml: run npm run scam:train" });
    }
    for (const brand of registry.brands) {
      for (const h of brand.hotlines) {
        // a hotline is shown to residents: it must read as a number and nothing else
        if (findUnallowedNumbers(`Tổng đài ${h.number}.`, []).length !== 1) problems.push({ file: registryPath, message: `hotline "${h.number}" of ${brand.id} is not a plain phone number` });
      }
    }
  } catch (err) {
    problems.push({ file: registryPath, message: (err as Error).message });
  }

  const corpusDir = join(knowledgeDir, "scam-corpus");
  if (existsSync(corpusDir)) {
    const corpus = readCorpus(corpusDir);
    for (const p of corpus.problems) problems.push({ file: corpusDir, message: p });
    if (existsSync(modelJsonPath)) {
      const model = JSON.parse(readFileSync(modelJsonPath, "utf8")) as ScamModel;
      if (model.version !== 1 || typeof model.threshold !== "number" || typeof model.bias !== "number") problems.push({ file: modelJsonPath, message: "not a scam model (version 1)" });
      else if (model.trainedOn.corpusHash !== corpus.hash) problems.push({ file: modelJsonPath, message: "trained on another version of the corpus: run npm run scam:train" });
      else if (options.retrain && serializeModel(trainModelFromCorpus(corpusDir).model) !== readFileSync(modelJsonPath, "utf8")) problems.push({ file: modelJsonPath, message: "differs from a fresh training run: run npm run scam:train" });
    }
  }
  return problems;
}
