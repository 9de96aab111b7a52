import { SearchIndex } from "../assistant/search-index";
import type { KnowledgeEntry } from "./knowledge-schema";

/**
 * The search index stored beside the knowledge version it was built from (row `search_index`
 * of kb_meta: `value` holds the version, `data` the index as bytes, see SearchIndex.toBytes):
 * built once when knowledge is published, loaded by every process or Worker isolate that starts
 * later instead of analysing every entry again (issue 15, cold start).
 */
export const INDEX_KEY = "search_index";

export function serializeIndex(version: string, index: SearchIndex): Uint8Array {
  return index.toBytes({ version });
}

/**
 * The stored index when it belongs to `version` and this code's format and was built over
 * exactly `published` (in order); undefined otherwise (also when the bytes are damaged), and the
 * caller builds one.
 */
export function loadStoredIndex(bytes: Uint8Array | null | undefined, version: string, published: KnowledgeEntry[]): SearchIndex | undefined {
  if (!bytes || bytes.length === 0) return undefined;
  try {
    return SearchIndex.fromBytes(published, bytes, (header) => header.version === version);
  } catch {
    return undefined;
  }
}
