/**
 * Apollo's formatError: the last look at every GraphQL error before it is sent. Restores the
 * codes of our limits and rules (query-limits.ts), names the database's own limits (transaction
 * timeout, memory) and never lets an internal error's text out: its message may hold Cypher,
 * file paths or a JavaScript engine message; the log has it.
 */
import type { GraphQLFormattedError } from "graphql";
import { restoreErrorCode } from "./query-limits.js";
import { writeLogLine } from "./request-log.js";

/** Neo4j error codes (found anywhere in the error's cause chain) and what the client is told. */
const DATABASE_LIMITS: { pattern: RegExp; code: string; message: string }[] = [
  { pattern: /TransactionTimedOut|Transaction\.TransactionTimedOutClientConfiguration/, code: "QUERY_TIMEOUT", message: "The query ran out of time in the database and was stopped. Ask for less (smaller limit, shallower selection)." },
  { pattern: /MemoryPoolOutOfMemoryError|MemoryLimitExceeded/, code: "QUERY_TOO_EXPENSIVE", message: "The query needed more memory than the database allows one query. Ask for less." },
];

function causeCodes(error: unknown): string {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: unknown; gqlStatus?: unknown; originalError?: unknown; cause?: unknown };
    if (typeof e.code === "string") codes.push(e.code);
    current = e.originalError ?? e.cause;
  }
  return codes.join(" ");
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const restored = restoreErrorCode(formatted, error);
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
