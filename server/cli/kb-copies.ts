/**
 * npm run kb:copies — writes the JSON copies of knowledge/ files that code running on Workers
 * (no filesystem) imports: knowledge/allowed-numbers.yaml → server/knowledge/data/allowed-numbers.json.
 * kb:check fails when a copy differs from its source. (The scam check's copies are written by
 * npm run scam:train.)
 */
import { writeFileSync } from "node:fs";
import { parseEnv } from "../config/env";
import { allowedNumbersJsonPath, readAllowedNumbers, serializeAllowedNumbers } from "../knowledge/knowledge-files";

const numbers = readAllowedNumbers(parseEnv(process.env).knowledgeDir);
writeFileSync(allowedNumbersJsonPath, serializeAllowedNumbers(numbers));
console.log(`allowed numbers: ${numbers.length} → ${allowedNumbersJsonPath}`);
