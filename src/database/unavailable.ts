/**
 * Whether an error (or one it wraps) says the database cannot be reached: the driver's codes for
 * it, a refused or dropped connection, or no connection within the acquisition timeout.
 */
import { CONNECTION_FAILURE } from "./health.js";

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: unknown; message?: unknown; originalError?: unknown; cause?: unknown };
    if (typeof e.code === "string" && UNAVAILABLE_CODES.has(e.code)) return true;
    if (typeof e.message === "string" && (CONNECTION_FAILURE.test(e.message) || /Connection acquisition timed out/i.test(e.message))) return true;
    current = e.originalError ?? e.cause;
  }
  return false;
}
