/**
 * Apollo's formatError: the last look at every GraphQL error before it is sent. Restores the
 * codes of our limits and rules (Apollo overwrites them), names the database's own limits
 * (transaction timeout, memory) and never lets an internal error's text out: its message may hold
 * Cypher, file paths or a JavaScript engine message; the log has it.
 */
import type { GraphQLFormattedError } from "graphql";
import { LIMIT_CODES } from "../limit-codes.js";
import { writeLogLine } from "../log-line.js";

/** graphql 16.15 stops pathological validation with this one message; it is a limit too. */
const VALIDATION_ABORTED = "Validation aborted.";
const PARSER_LIMIT = /^Syntax Error: (Document|Source) contains more th/;

/**
 * Apollo gives every validation error the code GRAPHQL_VALIDATION_FAILED and every parse error
 * GRAPHQL_PARSE_FAILED; put back the code our rules set (limits, READ_ONLY_API) and give the
 * parser's and validator's own limits a code of their own.
 */
function restoredCode(formatted: GraphQLFormattedError, error: unknown): string | undefined {
  const code = formatted.extensions?.code;
  if (code === "GRAPHQL_VALIDATION_FAILED") {
    // Duck-typed: under vitest, graphql's ESM and CommonJS copies both load (different classes).
    const original = (error as { originalError?: { extensions?: Record<string, unknown> } } | undefined)?.originalError;
    const originalCode = original?.extensions?.code;
    if (typeof originalCode === "string" && originalCode !== code) return originalCode;
    if (formatted.message === VALIDATION_ABORTED) return LIMIT_CODES.tooComplex;
  }
  if (code === "GRAPHQL_PARSE_FAILED" && PARSER_LIMIT.test(formatted.message)) return LIMIT_CODES.tooLarge;
  return undefined;
}

/** Neo4j error codes (found anywhere in the error's cause chain) and what the client is told. */
const DATABASE_LIMITS: { pattern: RegExp; code: string; message: string }[] = [
  { pattern: /TransactionTimedOut|Transaction\.TransactionTimedOutClientConfiguration/, code: "QUERY_TIMEOUT", message: "The query ran out of time in the database and was stopped. Ask for less (smaller limit, shallower selection)." },
  { pattern: /MemoryPoolOutOfMemoryError|MemoryLimitExceeded/, code: "QUERY_TOO_EXPENSIVE", message: "The query needed more memory than the database allows one query. Ask for less." },
];

function causeCodes(error: unknown): string {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: unknown; originalError?: unknown; cause?: unknown };
    if (typeof e.code === "string") codes.push(e.code);
    current = e.originalError ?? e.cause;
  }
  return codes.join(" ");
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const restored = restoredCode(formatted, error);
  if (restored) return { ...formatted, extensions: { ...formatted.extensions, code: restored } };
  const codes = causeCodes(error);
  const limit = DATABASE_LIMITS.find((l) => l.pattern.test(codes));
  if (limit) return { message: limit.message, locations: formatted.locations, path: formatted.path, extensions: { code: limit.code, retryable: false } };
  // "Unavailable" errors become one DATABASE_UNAVAILABLE answer (database-errors.ts) and one database_down log line.
  if (/ServiceUnavailable|SessionExpired/.test(codes)) return formatted;
  if (formatted.extensions?.code === "INTERNAL_SERVER_ERROR") {
    writeLogLine({ level: "error", event: "graphql_internal_error", message: formatted.message, path: formatted.path, causes: codes || undefined });
    return { message: "Internal server error.", locations: formatted.locations, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  }
  return formatted;
}
