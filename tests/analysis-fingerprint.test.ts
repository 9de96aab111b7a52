import { describe, expect, it } from "vitest";
import { computeAnalysisFingerprint } from "../server/assistant/analysis-fingerprint";
import { ANALYSIS_FINGERPRINT } from "../server/assistant/analysis-fingerprint-value";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { SearchIndex } from "../server/assistant/search-index";
import { loadStoredIndex, serializeIndex } from "../server/knowledge/stored-index";

describe("the analysis fingerprint kept with the code", () => {
  it("is the one this code's analysis computes (else run `npm run index:fingerprint`)", () => {
    // loading a stored index compares its header with the kept value, without analysing: a lexicon or sense rule
    // changed without it would load indexes built by the previous analysis
    expect(ANALYSIS_FINGERPRINT).toBe(computeAnalysisFingerprint());
  });

  it("is what an index stores at publishing, and such an index loads", async () => {
    const { kb } = await readKnowledgeDir("knowledge", { strict: true });
    const published = kb.entries.filter((e) => e.status === "published");
    const bytes = serializeIndex(kb.version, new SearchIndex(published));
    const text = new TextDecoder().decode(bytes.subarray(0, 4096));
    expect(text).toContain(`"analysis":"${ANALYSIS_FINGERPRINT}"`);
    expect(loadStoredIndex(bytes, kb.version, published)).toBeInstanceOf(SearchIndex);
    // (an index whose header names another analysis is refused: tests/search-index-storage.test.ts)
  });
});
