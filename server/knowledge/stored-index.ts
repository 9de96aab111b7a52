import { INDEX_FORMAT, SearchIndex, type SerializedIndex } from "../assistant/search-index";

/**
 * The search index stored beside the knowledge version it was built from (row `search_index`
 * of kb_meta): built once when knowledge is published, loaded by every process or Worker
 * isolate that starts later instead of analysing every entry again (issue 15, cold start).
 */
export const INDEX_KEY = "search_index";

type Stored = { version: string; index: SerializedIndex };

export function serializeIndex(version: string, index: SearchIndex): string {
  return JSON.stringify({ version, index: index.toSerialized() } satisfies Stored);
}

/**
 * The stored index when it belongs to `version` and this code's format and was built over
 * exactly `published` (in order); undefined otherwise, and the caller builds one.
 */
export function loadStoredIndex(text: string | undefined, version: string, published: Parameters<typeof SearchIndex.fromSerialized>[0]): SearchIndex | undefined {
  if (!text) return undefined;
  let stored: Stored;
  try {
    stored = JSON.parse(text) as Stored;
  } catch {
    return undefined;
  }
  if (stored?.version !== version || stored.index?.format !== INDEX_FORMAT) return undefined;
  return SearchIndex.fromSerialized(published, stored.index);
}
