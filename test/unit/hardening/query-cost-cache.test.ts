/**
 * The remembered cost estimate (src/http/apollo/query-cost.ts, costCache) gives the same answer
 * as computing it afresh, for the real generated schema: it depends on the variables that size a
 * list or drive a directive, not on the others, and a query over the limit is still rejected
 * every time.
 */
import { createRequire } from "node:module";
import type { GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { createNeo4jGraphQL } from "../../../src/graphql/neo4j-graphql.js";
import { checkCost, costCache, costVariables } from "../../../src/http/apollo/query-cost.js";
import { LIMIT_CODES } from "../../../src/http/limit-codes.js";

// graphql's CommonJS build, the one @neo4j/graphql built the schema with.
const { parse } = createRequire(import.meta.url)("graphql") as typeof import("graphql");

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createNeo4jGraphQL().getSchema();
}, 60_000);

const MEETINGS = `query Meetings($forum: ID!, $limit: Int = 10, $withItems: Boolean!, $itemLimit: Int) {
  meetings(where: { forum: { some: { id: { eq: $forum } } } }, limit: $limit) {
    id
    items(limit: $itemLimit) @include(if: $withItems) { name presenters { name } }
  }
}`;

function codeOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
  return undefined;
}

describe("the remembered query cost", () => {
  it("depends only on the variables in limit/first arguments and in directives", () => {
    expect(costVariables(parse(MEETINGS))).toEqual(["itemLimit", "limit", "withItems"]);
  });

  it("equals the fresh estimate whatever the variables, and follows the ones that size lists", () => {
    const cost = costCache(schema);
    const document = parse(MEETINGS);
    const cases: Record<string, unknown>[] = [
      { forum: "forum:sro", withItems: true },
      { forum: "forum:other", withItems: true }, // another forum: the same cost
      { forum: "forum:sro", withItems: false },
      { forum: "forum:sro", withItems: true, limit: 50 },
      { forum: "forum:sro", withItems: true, limit: null },
      { forum: "forum:sro", withItems: true, itemLimit: 3 },
    ];
    const fresh = cases.map((variables) => checkCost(schema, document, undefined, variables));
    // Twice each, so the second pass reads what the first remembered.
    for (let pass = 0; pass < 2; pass++) expect(cases.map((variables) => cost(document, undefined, variables))).toEqual(fresh);
    expect(new Set(fresh).size).toBeGreaterThan(3); // the variables really change the estimate
    expect(fresh[0]).toBe(fresh[1]);
  });

  it("rejects a query over the limit every time, after accepting a cheaper one of the same document", () => {
    const cost = costCache(schema);
    const document = parse(`query Big($n: Int) { meetings(limit: $n) { items(limit: $n) { presenters(limit: $n) { name } } } }`);
    expect(cost(document, undefined, { n: 2 })).toBeLessThan(100);
    for (let i = 0; i < 2; i++) expect(codeOf(() => cost(document, undefined, { n: 1000 }))).toBe(LIMIT_CODES.tooComplex);
  });
});
