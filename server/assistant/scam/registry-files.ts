import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { registryProblems, registrySchema, type Registry } from "./registry-schema";

/** Node-only: reading and writing the registry files (the check itself imports the JSON). */

export const registryJsonPath = join(dirname(fileURLToPath(import.meta.url)), "data", "official-domains.json");

export function readRegistryFile(path: string): Registry {
  const parsed = registrySchema.safeParse(parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const problems = registryProblems(parsed.data);
  if (problems.length) throw new Error(`${path}: ${problems.join("; ")}`);
  return parsed.data;
}

export function serializeRegistry(registry: Registry): string {
  return `${JSON.stringify(registry, null, 1)}\n`;
}
