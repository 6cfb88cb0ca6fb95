/**
 * Limits of the analyst queries: defaults and hard maxima for depth and result size, the query
 * timeout and the search limits. The SDL defaults in schema/60-analysis.graphql and the fixed
 * bounds of the variable-length patterns in cypher/queries/ must agree with these; a unit test
 * checks both. Documented in docs/analyst-queries.md.
 */
export const LIMITS = {
  /** Every analysis query runs in a read transaction that the database aborts after this. */
  queryTimeoutMs: 10_000,
  dependencies: { maxDepth: { default: 4, max: 8 }, limit: { default: 100, max: 500 } },
  governance: { maxDepth: { default: 4, max: 6 }, limit: { default: 300, max: 500 } },
  timeline: { limit: { default: 200, max: 500 } },
  person: { limit: { default: 200, max: 500 } },
  search: { limit: { default: 20, max: 100 }, textMaxLength: 200, maxTerms: 12, candidates: 200 },
  neighbourhood: { limit: { default: 200, max: 500 } },
  impact: { maxDepth: { default: 4, max: 8 }, limit: { default: 200, max: 500 } },
} as const;
