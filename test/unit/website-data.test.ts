/** Argument checks of the change feed, date precision and the export's conditional GET, without a database. */
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, parseChangesArgs } from "../../src/changes/feed.js";
import { matchesIfNoneMatch } from "../../src/export/http.js";
import { nodeColumns } from "../../src/export/records.js";
import { derivedDateFields } from "../../src/model/date-precision.js";

function errorOf(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error("expected an error");
}

describe("changes arguments", () => {
  it("accepts an ISO date-time with an offset and normalises it to UTC", () => {
    expect(parseChangesArgs({ since: "2025-01-30T14:00:00+01:00" })).toEqual({ since: "2025-01-30T13:00:00.000Z", afterCursor: null, first: 100, withRecords: false });
  });

  it.each([["igår"], ["2025-01-30"], ["2025-01-30T14:00:00"], ["2025-13-01T00:00:00Z"]])("rejects since %s as BAD_USER_INPUT with HTTP 400", (since) => {
    const error = errorOf(() => parseChangesArgs({ since }));
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "since", http: { status: 400 } });
    expect(error.message).toContain(since);
  });

  it.each([[0], [501], [1.5]])("rejects first = %s", (first) => {
    expect(errorOf(() => parseChangesArgs({ since: "2025-01-01T00:00:00Z", first })).extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "first" });
  });

  it("binds a cursor to its since", () => {
    const since = Date.parse("2025-01-01T00:00:00Z");
    const cursor = encodeCursor({ s: since, m: "2025-02-01T10:00:00.123456789Z", i: "org:vgr" });
    expect(decodeCursor(cursor, since)).toEqual({ s: since, m: "2025-02-01T10:00:00.123456789Z", i: "org:vgr" });
    expect(errorOf(() => decodeCursor(cursor, since + 1)).message).toMatch(/another `since`/);
    expect(errorOf(() => decodeCursor("not a cursor", since)).extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
  });
});

describe("date precision", () => {
  it("gives meetings DAY or MONTH and a key that sorts month-only meetings among their months", () => {
    const day = derivedDateFields("Meeting", { month: "2021-05", date: "2021-05-21" });
    const month = derivedDateFields("Meeting", { month: "2021-09" });
    expect(day).toEqual({ datePrecision: "DAY", sortKey: "2021-05-21" });
    expect(month).toEqual({ datePrecision: "MONTH", sortKey: "2021-09" });
    expect(["2021-10-01", month.sortKey, day.sortKey, "2021-09-30"].sort()).toEqual(["2021-05-21", "2021-09", "2021-09-30", "2021-10-01"]);
  });

  it("keys milestones by their precision and positions by what is known", () => {
    expect(derivedDateFields("Milestone", { date: "2025-03-01", precision: "MONTH" })).toEqual({ sortKey: "2025-03" });
    expect(derivedDateFields("Milestone", { date: "2020-01-01", precision: "YEAR" })).toEqual({ sortKey: "2020" });
    expect(derivedDateFields("Position", { decidedInMonth: "2022-04" })).toEqual({ datePrecision: "MONTH", sortKey: "2022-04" });
    expect(derivedDateFields("Topic", { name: "x" })).toEqual({});
  });
});

describe("export", () => {
  it("matches If-None-Match in its strong, weak, list and * forms", () => {
    expect(matchesIfNoneMatch('"g3-1"', '"g3-1"')).toBe(true);
    expect(matchesIfNoneMatch('W/"g3-1"', '"g3-1"')).toBe(true);
    expect(matchesIfNoneMatch('"g2-0", "g3-1"', '"g3-1"')).toBe(true);
    expect(matchesIfNoneMatch("*", '"g3-1"')).toBe(true);
    expect(matchesIfNoneMatch('"g2-0"', '"g3-1"')).toBe(false);
    expect(matchesIfNoneMatch(undefined, '"g3-1"')).toBe(false);
  });

  it("gives each type's table its model fields between id and the provenance columns, then the NDJSON's derived fields", () => {
    expect(nodeColumns("Meeting")).toEqual([
      "id", "name", "aliases", "description", "kind", "status", "month", "date", "startTime", "endTime", "location", "format",
      "datePrecision", "sortKey", "inferredAliases", "inferredAliasReasons", "inferred", "because", "sources", "createdAt", "modifiedAt",
    ]);
  });
});
