/**
 * A request that fails as a whole never answers 200 (src/http/apollo/failed-request-status.ts):
 * which answers count as failed as a whole, and which status each error code gets.
 */
import { describe, expect, it } from "vitest";
import { failedAsAWhole, statusOfFailure } from "../../../src/http/apollo/failed-request-status.js";

const error = (code: string, path?: string[]) => ({ message: code, extensions: { code }, ...(path ? { path } : {}) });

describe("the status of a failed request", () => {
  it("counts no data, or every root field null with its own error, as failed; a partial answer is not", () => {
    expect(failedAsAWhole(null, [error("QUERY_TIMEOUT")])).toBe(true);
    expect(failedAsAWhole(undefined, [error("BAD_USER_INPUT")])).toBe(true);
    expect(failedAsAWhole({ a: null }, [error("QUERY_TIMEOUT", ["a"])])).toBe(true);
    expect(failedAsAWhole({ a: null, b: { id: "x" } }, [error("QUERY_TIMEOUT", ["a"])])).toBe(false);
    expect(failedAsAWhole({ a: { b: null } }, [error("INTERNAL_SERVER_ERROR", ["a", "b"])])).toBe(false);
    expect(failedAsAWhole({ a: null }, [])).toBe(false);
    expect(failedAsAWhole({ a: null }, undefined)).toBe(false);
  });

  it("answers 503, 504 or 500 for the server's failures and 4xx for the request's own", () => {
    expect(statusOfFailure([error("DATABASE_UNAVAILABLE")])).toBe(503);
    expect(statusOfFailure([error("QUERY_TIMEOUT")])).toBe(504);
    expect(statusOfFailure([error("QUERY_TOO_EXPENSIVE")])).toBe(400);
    expect(statusOfFailure([error("BAD_USER_INPUT")])).toBe(400);
    expect(statusOfFailure([error("NOT_FOUND")])).toBe(404);
    expect(statusOfFailure([error("SOMETHING_NEW")])).toBe(500);
    // The server's failure decides over the request's: the request may be fine once it runs.
    expect(statusOfFailure([error("BAD_USER_INPUT"), error("QUERY_TIMEOUT")])).toBe(504);
  });
});
