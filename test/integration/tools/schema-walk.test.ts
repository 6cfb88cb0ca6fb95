/**
 * The schema walk (src/tools/schema-walk/) on the seed graph: every field a client can reach
 * below every root list, three deep, lists limited to 2, generated from the API's own
 * introspection (so a new field is walked without anyone adding it here). No field path may
 * answer INTERNAL_SERVER_ERROR, a 500 or nothing; a failure names its path. The paths are asked
 * in a few dozen large queries (one root list each, up to the server's parser limits), since
 * every query is a new statement for Neo4j to plan; only a failing query is halved until the
 * failing path stands alone (the splitter's own test: test/unit/tools/schema-walk.test.ts).
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_WALK_OPTIONS, walkQueries } from "../../../src/tools/schema-walk/walk.js";
import { introspect, runWalk } from "../../../src/tools/schema-walk/run.js";
import { useTestApi } from "../../support/test-api.js";

describe("the schema walk", () => {
  // Every path asked to the end: a large generated statement may take Neo4j more than a client's
  // 20 s to plan, and a timeout would only halve the query and plan both halves again.
  const api = useTestApi(undefined, { transactionTimeoutMs: 120_000, requestDeadlineMs: 150_000 });

  it("reaches nested fields the hand-written tests do not ask, e.g. aliasFacts below a relationship", async () => {
    const queries = walkQueries(await introspect(api.url()), DEFAULT_WALK_OPTIONS);
    const paths = queries.flatMap((q) => q.paths);
    expect(DEFAULT_WALK_OPTIONS.maxDepth).toBe(3);
    expect(paths.some((p) => /^\w+ > \w+ > aliasFacts$/.test(p))).toBe(true);
    expect(paths.some((p) => p.split(" > ").filter((s) => !s.startsWith("...")).length === 4)).toBe(true);
  });

  it("answers every field path to depth 3 without an internal error", async () => {
    const started = Date.now();
    // Each walk query is a new statement for Neo4j to plan (seconds each on a busy machine): say how far it got.
    const onProgress = (done: number, total: number) => {
      if (done % 10 === 0 || done === total) console.log(`schema walk: ${done} of ${total} queries after ${Math.round((Date.now() - started) / 1000)} s`);
    };
    const result = await runWalk(api.url(), { ...DEFAULT_WALK_OPTIONS, concurrency: 2, timeoutMs: 120_000, onProgress });
    console.log(`schema walk: ${result.queries} queries (${result.asked} asked with halves), ${result.paths} field paths, ${result.failures.length} failing in ${Math.round(result.durationMs / 1000)} s`);
    // A path that ran out of time (504 QUERY_TIMEOUT: on a loaded machine, planning a deep
    // generated statement can take the whole 20 s) or was refused by a limit (4xx) is not broken;
    // an internal error, a 500 or no answer at all is.
    const internal = result.failures.filter((f) => f.status === "no answer" || f.status === 500 || f.codes.includes("INTERNAL_SERVER_ERROR"));
    const others = result.failures.filter((f) => !internal.includes(f));
    if (others.length) console.log(`schema walk, not counted as broken:\n${others.map((f) => `${f.path}: ${f.status} ${f.codes.join(",")}`).join("\n")}`);
    expect(result.paths).toBeGreaterThan(500);
    expect(internal, internal.map((f) => `${f.path}: ${f.status} ${f.codes.join(",")} ${f.message}`).join("\n")).toEqual([]);
    // Every failure says what it is: a status that is not 200, with a code.
    for (const failure of others) {
      expect(failure.status, failure.path).not.toBe(200);
      expect(failure.codes, failure.path).not.toContain("none");
    }
  }, 2_400_000);
});
