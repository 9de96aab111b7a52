/**
 * computeAnalysisFingerprint() of this code (analysis-fingerprint.ts), kept here so that loading a stored search index
 * compares two strings instead of analysing the probes at every cold start. Written by `npm run index:fingerprint`;
 * tests/analysis-fingerprint.test.ts fails while it is not the computed value.
 */
export const ANALYSIS_FINGERPRINT = "4b8bfc22e28f916c";
