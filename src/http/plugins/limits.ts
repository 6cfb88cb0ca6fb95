/**
 * What one request may ask and how long it may take: the numbers, in one place. Each limit is
 * enforced before execution and rejected with HTTP 400 and a stable `extensions.code`
 * (docs/hardening.md lists them). The numbers were chosen so that every explorer example
 * (src/explorer/examples/), every analyst question and GraphiQL's own introspection query pass
 * with room to spare; test/integration/hardening/limits.test.ts checks that they still do.
 */
export const REQUEST_LIMITS = {
  /** JSON body of one POST /graphql. The largest example is about 1.5 KB. */
  maxBodyBytes: 100 * 1024,
  /** Parser (graphql 16.15 parse options): lexical tokens, comments and characters of the document. */
  maxLexicalTokens: 2_000,
  maxComments: 100,
  maxSourceLength: 20_000,
  /**
   * Nesting of selections (fragments count as a level). The deepest explorer example has 6, the
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
  /** Introspection: root fields (__schema, __type) and how deeply list fields nest below them. */
  maxIntrospectionRoots: 2,
  maxIntrospectionListNesting: 3,
  /** Filter and other input arguments (literals and variables alike). */
  maxInputListLength: 100,
  maxInputDepth: 8,
  maxInputNodes: 1_000,
} as const;

export const TIME_LIMITS = {
  /**
   * Every generated query runs in a read transaction that Neo4j aborts after this. Planning counts:
   * the first run of a legitimate query that selects many interface relationships with their
   * sources is planned for over 10 s on 2 busy cores (5 s and 10 s both failed honest clients);
   * the cost limits keep the expensive ones out before this matters.
   */
  transactionTimeoutMs: 20_000,
  /** A request that has no answer after this gets a typed 503 REQUEST_TIMEOUT (above the transactions' 20 s). */
  requestDeadlineMs: 25_000,
  /** /ready: the whole check, connection acquisition included. */
  readyTimeoutMs: 3_000,
} as const;

/** Stable error codes of the limits (extensions.code). */
export const LIMIT_CODES = {
  tooLarge: "QUERY_TOO_LARGE",
  tooDeep: "QUERY_TOO_DEEP",
  tooManyAliases: "TOO_MANY_ALIASES",
  tooManyRootFields: "TOO_MANY_ROOT_FIELDS",
  tooManyDirectives: "TOO_MANY_DIRECTIVES",
  tooComplex: "QUERY_TOO_COMPLEX",
  introspectionTooLarge: "INTROSPECTION_TOO_LARGE",
  inputTooLarge: "INPUT_TOO_LARGE",
  badUserInput: "BAD_USER_INPUT",
} as const;
