/*
 * Tables of residents' feedback reports (the mini app). Every table has ward_id.
 * Kept apart from schema.ts so the feature's tables live with the feature.
 */
export {};
