/**
 * The service's numeric limits, one section per kind: what one request may ask, how long work
 * may take, how much one client may send at once, how long answers and the graph's version are
 * reused, how long a page of the change feed may be, and what each analyst question may answer. docs/hardening.md lists the request and
 * time limits with the error code of each rejection (src/http/limit-codes.ts).
 *
 * The request limits were chosen so that every GraphiQL example (src/graphiql/examples/ and the
 * analyst questions' examples), every trusted document of the website and GraphiQL's own
 * introspection query pass with room to spare; test/unit/hardening/limits.test.ts checks that
 * they still do.
 */

/** What one GraphQL request may ask; enforced before execution, each rejected with HTTP 4xx. */
export const REQUEST_LIMITS = {
  /** JSON body of one POST /graphql. The largest example is about 1.5 KB. */
  maxBodyBytes: 100 * 1024,
  /** Parser (graphql 16.15 parse options): lexical tokens, comments and characters of the document. */
  maxLexicalTokens: 2_000,
  maxComments: 100,
  maxSourceLength: 20_000,
  /**
   * Nesting of selections (fragments count as a level). The deepest GraphiQL example has 6, the
   * deepest trusted document of the website (src/website/operations/agreement.graphql) 11. Depth
   * is only the coarse guard: the list-aware cost below is what bounds nested lists.
   */
  maxDepth: 14,
  /** Aliases in one operation, fragments included. */
  maxAliases: 20,
  /** Root fields of one operation: each runs its own transaction on its own connection. */
  maxRootFields: 10,
  /** Directives (@include, @skip, ...) in one operation. */
  maxDirectives: 20,
  /**
   * Estimated cost: every field costs 1, a list field multiplies its children's cost by its
   * `limit`/`first` (@neo4j/graphql's complexity estimators). The largest example costs < 100.
   */
  maxCost: 20_000,
  /**
   * Items the cost estimate counts for a relationship or root list asked without `limit`/`first`
   * (@neo4j/graphql counts one): a chain of such lists nested ten deep costs 10^10 and is refused
   * before it runs; the website's reads and the examples stay far below the limit.
   */
  unboundedListSize: 5,
  /** Selections the cost estimate walks (fragments expanded) before it gives up on a document. */
  maxCostNodes: 10_000,
  /** Introspection: root fields (__schema, __type) and how deeply list fields nest below them. */
  maxIntrospectionRoots: 2,
  maxIntrospectionListNesting: 3,
  /** Filter and other input arguments (literals and variables alike). */
  maxInputListLength: 100,
  maxInputDepth: 8,
  maxInputNodes: 1_000,
} as const;

/** How long work may take. */
export const TIME_LIMITS = {
  /**
   * Every generated query runs in a read transaction that Neo4j aborts after this. Planning counts:
   * the first run of a legitimate query that selects many interface relationships with their
   * sources is planned for over 10 s on 2 busy cores (5 s and 10 s both failed honest clients);
   * the cost limits keep the expensive ones out before this matters.
   */
  transactionTimeoutMs: 20_000,
  /** A request that has no answer after this gets a typed 504 REQUEST_TIMEOUT (above the transactions' 20 s). */
  requestDeadlineMs: 25_000,
  /** /ready: the whole check, connection acquisition included. */
  readyTimeoutMs: 3_000,
  /**
   * The export's snapshot is one read transaction, so it must outlive the server's default cap
   * (30 s in the local Neo4j, meant for API queries): a 60k-node graph took longer than that. A
   * client timeout overrides the server's default.
   */
  exportTransactionTimeoutMs: 30 * 60_000,
} as const;

/**
 * Per-client fair share on /graphql and /id/<id>: the defaults of RATE_LIMIT_PER_MINUTE,
 * MAX_CONCURRENT_PER_CLIENT and MAX_QUEUED_PER_CLIENT (0 turns the first two off). A browser
 * opens about 6 connections per host, and a page of a few dozen parallel reads must not be
 * refused: 8 run at once, 32 wait their turn (each bounded by the request deadline).
 */
export const FAIR_SHARE_LIMITS = {
  requestsPerMinute: 600,
  concurrentPerClient: 8,
  queuedPerClient: 32,
} as const;

/**
 * The export (/export/<file>) reads the whole graph: one download per client at a time, at most
 * `atOnce` reading the database together, `queued` more waiting up to `queueWaitMs` for a turn.
 * A repeated download of the same graph version is streamed from its snapshot file and needs no turn.
 */
export const EXPORT_LIMITS = {
  perClient: 1,
  atOnce: 2,
  queued: 16,
  queueWaitMs: 20_000,
  /** Seconds a refused client is asked to wait. */
  retryAfterS: 5,
  /** Origins whose JSON-LD export (ids are addresses on the origin) is kept as a file per graph version. */
  originsKept: 4,
} as const;

/** How long answers and the graph's version are reused, and how much the per-request caches remember. */
export const CACHE_LIMITS = {
  /** Default of HTTP_CACHE_MAX_AGE_S: max-age of answers without a more specific @cacheControl hint. */
  defaultMaxAgeS: 60,
  /** The graph's version is read at most this often per process; a change is seen within it. */
  graphVersionTtlMs: 1_000,
  /** ETags whose first Last-Modified is remembered, so an answer an unrelated change left alone keeps it. */
  rememberedEtags: 5_000,
  /**
   * Memory for the answers of cacheable reads, kept for the graph's current version (default of
   * the web option answerCacheMb). The website's typical answers are 4-20 kB: 64 MB holds thousands.
   */
  answerCacheMb: 64,
  /** Accepted cost estimates remembered per parsed document (one per set of the variables the cost reads). */
  rememberedCostsPerDocument: 100,
} as const;

/**
 * The search's in-memory subject index (src/questions/search/index/): built per graph version
 * only while the full-text index covers at most this many nodes (Entity nodes); above it the
 * search gathers its candidates with Lucene. The seed graph's 572 take about 2 MB of heap
 * (BENCHMARKS.md); at that size per node, 50 000 would take about 170 MB.
 */
export const SEARCH_INDEX_LIMITS = {
  maxNodes: 50_000,
  /** After a failed build the search gathers with Lucene; the index is tried again this much later. */
  retryFailedBuildAfterMs: 60_000,
} as const;

/** The change feed's `first`: items per page. */
export const CHANGE_FEED_LIMITS = {
  first: { min: 1, max: 500, default: 100 },
} as const;

/**
 * What the analyst questions may answer, by GraphQL field: defaults and hard maxima of depth and
 * result size, and the search's bounds. The SDL defaults (src/questions/<name>/schema.graphql) and the
 * fixed bounds of the variable-length patterns in the questions' Cypher must agree with these; a
 * unit test checks both (test/unit/questions/limits.test.ts). Documented in docs/analyst-queries.md.
 */
export const QUESTION_LIMITS = {
  /** Every question runs in a read transaction that the database aborts after this. */
  queryTimeoutMs: 10_000,
  documentDependencies: { maxDepth: { default: 4, max: 8 }, limit: { default: 100, max: 500 } },
  governanceChain: { maxDepth: { default: 4, max: 6 }, limit: { default: 300, max: 500 } },
  timeline: { limit: { default: 200, max: 500 } },
  personActivity: { limit: { default: 200, max: 500 } },
  search: { limit: { default: 20, max: 100 }, textMaxLength: 200, maxTerms: 12, candidates: 200 },
  neighbourhood: { limit: { default: 200, max: 500 } },
  impact: { maxDepth: { default: 4, max: 8 }, limit: { default: 200, max: 500 } },
  documentsInForce: { limit: { default: 500, max: 1000 } },
  upcomingMeetings: { limit: { default: 20, max: 200 } },
  /** A period longer than this is refused (400): the documents span about a decade. */
  events: { limit: { default: 200, max: 1000 }, maxSpanYears: 30 },
  agreementLineage: { limit: { default: 20, max: 50 } },
} as const;
