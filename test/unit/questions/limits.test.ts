/** The questions' limits: the SDL defaults and the Cypher's fixed bounds agree with src/questions/shared/limits.ts. */
import { buildASTSchema, parse, type GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { readTypeDefs } from "../../../src/graphql/type-defs.js";
import { QUESTIONS } from "../../../src/questions/registry.js";
import { questionCypher } from "../../../src/questions/shared/cypher.js";
import { QUESTION_LIMITS } from "../../../src/config/limits.js";

// @neo4j/graphql defines its scalars itself; only their names are needed here.
const NEO4J_SCALARS = "scalar Date scalar DateTime scalar Time scalar LocalTime scalar LocalDateTime scalar Duration scalar BigInt";
const schema = buildASTSchema(parse(`${NEO4J_SCALARS}\n${readTypeDefs()}`), { assumeValidSDL: true });
const queryField = (name: string) => (schema.getType("Query") as GraphQLObjectType).getFields()[name]!;
const defaultOf = (field: string, arg: string) => queryField(field).args.find((a) => a.name === arg)?.defaultValue;

describe("limits", () => {
  it("the SDL defaults are the documented defaults", () => {
    expect(defaultOf("documentDependencies", "maxDepth")).toBe(QUESTION_LIMITS.documentDependencies.maxDepth.default);
    expect(defaultOf("documentDependencies", "limit")).toBe(QUESTION_LIMITS.documentDependencies.limit.default);
    expect(defaultOf("governanceChain", "maxDepth")).toBe(QUESTION_LIMITS.governanceChain.maxDepth.default);
    expect(defaultOf("governanceChain", "limit")).toBe(QUESTION_LIMITS.governanceChain.limit.default);
    expect(defaultOf("timeline", "limit")).toBe(QUESTION_LIMITS.timeline.limit.default);
    expect(defaultOf("personActivity", "limit")).toBe(QUESTION_LIMITS.personActivity.limit.default);
    expect(defaultOf("search", "limit")).toBe(QUESTION_LIMITS.search.limit.default);
    expect(defaultOf("neighbourhood", "limit")).toBe(QUESTION_LIMITS.neighbourhood.limit.default);
    expect(defaultOf("impact", "maxDepth")).toBe(QUESTION_LIMITS.impact.maxDepth.default);
    expect(defaultOf("impact", "limit")).toBe(QUESTION_LIMITS.impact.limit.default);
  });

  it("the fixed bounds of the variable-length patterns are the hard maxima", () => {
    const bounds = (text: string) => [...text.matchAll(/\)\{(\d+),(\d+)\}\(/g)].map((m) => `${m[1]},${m[2]}`);
    for (const arrow of [{ in: "<-", out: "-" }, { in: "-", out: "->" }]) {
      expect(bounds(questionCypher("document-dependencies", arrow))).toEqual([`1,${QUESTION_LIMITS.documentDependencies.maxDepth.max}`]);
    }
    expect(bounds(questionCypher("impact"))).toEqual([`0,${QUESTION_LIMITS.impact.maxDepth.max}`]);
    expect(new Set(bounds(questionCypher("governance-chain")))).toEqual(new Set([`0,${QUESTION_LIMITS.governanceChain.maxDepth.max - 1}`]));
  });

  it("every question's Cypher is one statement with parameters, no string-built values and no unexpanded fragment", () => {
    for (const q of QUESTIONS) {
      const text = q.name === "document-dependencies" ? questionCypher(q.name, { in: "<-", out: "-" }) : questionCypher(q.name);
      expect(text, q.name).toMatch(/\$\w+/);
      expect(text, q.name).not.toMatch(/\$\{|\{\{/);
    }
  });
});
