/**
 * The per-document input check (src/http/apollo/input-limits.ts, inputLimitsChecker) answers
 * exactly as the full walk (checkInputs) does, on the second and later requests of a document
 * too: the same error message and code, or none, whatever the variables.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { REQUEST_LIMITS } from "../../../src/config/limits.js";
import { checkInputs, inputLimitsChecker } from "../../../src/http/apollo/input-limits.js";

const { parse } = createRequire(import.meta.url)("graphql") as typeof import("graphql");

function outcome(work: () => void): string {
  try {
    work();
    return "ok";
  } catch (error) {
    return `${(error as { extensions?: { code?: string } }).extensions?.code}: ${(error as Error).message}`;
  }
}

const DOCUMENT = `query Q($forum: ID!, $limit: Int, $offset: Int, $ids: [ID!], $where: MeetingWhere) {
  meetings(where: { id: { in: ["a", "b", "c"] } }, limit: 5) { id }
  forums(where: { id: { eq: $forum } }) { latestMeetings(limit: $limit, offset: $offset) { id } }
  agendaItems(where: { id: { in: $ids } }) { id }
  more: meetings(where: $where) { id }
}`;

const big = (n: number) => Array.from({ length: n }, (_, i) => `id-${i}`);
const deep = (depth: number): Record<string, unknown> => (depth === 0 ? { id: { eq: "x" } } : { AND: [deep(depth - 1)] });

const VARIABLE_SETS: Record<string, unknown>[] = [
  { forum: "forum:sro" },
  { forum: "forum:sro", limit: 10, offset: 0 },
  { forum: "forum:sro", limit: -1 },
  { forum: "forum:sro", offset: -3 },
  { forum: "forum:sro", ids: big(REQUEST_LIMITS.maxInputListLength) },
  { forum: "forum:sro", ids: big(REQUEST_LIMITS.maxInputListLength + 1) },
  { forum: "forum:sro", where: deep(REQUEST_LIMITS.maxInputDepth) },
  // Many values in all, around the total: some stay under it, some cross it only with the document's literals.
  ...Array.from({ length: 24 }, (_, extra) => ({ forum: "forum:sro", ids: big(76 + extra), where: { OR: Array.from({ length: 9 }, () => ({ AND: big(32).map((id) => ({ id: { eq: id } })) })) } })),
  { forum: "forum:sro", limit: -1, ids: big(REQUEST_LIMITS.maxInputListLength + 1) },
];

describe("the per-document input check", () => {
  it("gives the full walk's outcome for every variable set, on first and later requests", () => {
    const check = inputLimitsChecker();
    const document = parse(DOCUMENT);
    const expected = VARIABLE_SETS.map((variables) => outcome(() => checkInputs(document, variables)));
    expect(new Set(expected).size).toBeGreaterThan(4); // the sets reach different limits
    // At least one crosses the total in the document's literals, after its variables passed.
    expect(expected.some((text) => text.includes("values in all") && !text.includes("variable $"))).toBe(true);
    expect(expected.some((text) => text.includes("values in all") && text.includes("variable $"))).toBe(false);
    for (let pass = 0; pass < 3; pass++) expect(VARIABLE_SETS.map((variables) => outcome(() => check(document, variables)))).toEqual(expected);
  });

  it("keeps rejecting a document whose literals cross a limit", () => {
    const check = inputLimitsChecker();
    const document = parse(`{ meetings(limit: -2) { id } }`);
    const expected = outcome(() => checkInputs(document, {}));
    expect(expected).not.toBe("ok");
    for (let i = 0; i < 2; i++) expect(outcome(() => check(document, {}))).toBe(expected);
  });
});
