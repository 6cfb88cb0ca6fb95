/** Unit tests of the analyst queries' pure parts: limits, arguments, ranking input, roles, totals, dates. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildASTSchema, parse, type GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { analysisCypher, QUERY_NAMES } from "../../../src/analysis/cypher.js";
import { byDate, inWindow, lastDay, parsePartialDate, type Dated } from "../../../src/analysis/dates.js";
import { dependencyArgs } from "../../../src/analysis/dependencies.js";
import { totals, type MoneyStep } from "../../../src/analysis/fund-flow.js";
import { buildSteps, DECISION_TYPES, roleOf, type GovernanceRelation } from "../../../src/analysis/governance.js";
import { documentEffect, forumEffect } from "../../../src/analysis/impact.js";
import { parseArgs } from "../../../src/analysis/input.js";
import { LIMITS } from "../../../src/analysis/limits.js";
import { QUESTIONS, readExample } from "../../../src/analysis/questions.js";
import { canonicalRelations, DEFAULT_DEPENDENCY_RELATIONS, DEPENDENCY_RELATIONS } from "../../../src/analysis/relations.js";
import { escapeLucene, luceneQuery } from "../../../src/analysis/search.js";
import { positionCategory } from "../../../src/analysis/timeline.js";
import type { EntityRef, PathStep, RawStep } from "../../../src/analysis/types.js";
import { projectRoot } from "../../../src/config/paths.js";

const sdl = readFileSync(join(projectRoot, "schema", "60-analysis.graphql"), "utf8");
const stubs = `scalar Date enum PositionType { X } enum FundFlowKind { X } enum FundFlowStatus { X } enum MilestoneKind { X } enum DatePrecision { X } enum MeetingFormat { X } enum MembershipRole { X }
  type Source { quote: String! }`;
const schema = buildASTSchema(parse(stubs + sdl), { assumeValidSDL: true });
const queryField = (name: string) => (schema.getType("Query") as GraphQLObjectType).getFields()[name]!;
const defaultOf = (field: string, arg: string) => queryField(field).args.find((a) => a.name === arg)?.defaultValue;

describe("limits", () => {
  it("the SDL defaults are the documented defaults", () => {
    expect(defaultOf("documentDependencies", "maxDepth")).toBe(LIMITS.dependencies.maxDepth.default);
    expect(defaultOf("documentDependencies", "limit")).toBe(LIMITS.dependencies.limit.default);
    expect(defaultOf("governanceChain", "maxDepth")).toBe(LIMITS.governance.maxDepth.default);
    expect(defaultOf("governanceChain", "limit")).toBe(LIMITS.governance.limit.default);
    expect(defaultOf("timeline", "limit")).toBe(LIMITS.timeline.limit.default);
    expect(defaultOf("personActivity", "limit")).toBe(LIMITS.person.limit.default);
    expect(defaultOf("search", "limit")).toBe(LIMITS.search.limit.default);
    expect(defaultOf("impact", "maxDepth")).toBe(LIMITS.impact.maxDepth.default);
    expect(defaultOf("impact", "limit")).toBe(LIMITS.impact.limit.default);
  });

  it("the fixed bounds of the variable-length patterns are the hard maxima", () => {
    const bounds = (name: (typeof QUERY_NAMES)[number]) => [...analysisCypher(name).matchAll(/\)\{(\d+),(\d+)\}\(/g)].map((m) => `${m[1]},${m[2]}`);
    expect(bounds("document-dependents")).toEqual([`1,${LIMITS.dependencies.maxDepth.max}`]);
    expect(bounds("document-dependencies")).toEqual([`1,${LIMITS.dependencies.maxDepth.max}`]);
    expect(bounds("impact")).toEqual([`0,${LIMITS.impact.maxDepth.max}`]);
    expect(new Set(bounds("governance-chain"))).toEqual(new Set([`0,${LIMITS.governance.maxDepth.max - 1}`]));
  });

  it("every Cypher file is one statement with parameters, no string-built values", () => {
    for (const name of QUERY_NAMES) {
      const text = analysisCypher(name);
      expect(text, name).toMatch(/\$\w+/);
      expect(text, name).not.toMatch(/\$\{/);
    }
  });
});

describe("arguments", () => {
  it("apply defaults and canonical relation order", () => {
    const args = parseArgs("documentDependencies", dependencyArgs, { id: "doc:hos-avtal" });
    expect(args).toMatchObject({ direction: "DEPENDENTS", maxDepth: 4, asOf: null, limit: 100 });
    expect(canonicalRelations(["REPLACES", "PART_OF", "PART_OF"], DEFAULT_DEPENDENCY_RELATIONS)).toEqual(["PART_OF", "REPLACES"]);
    expect(canonicalRelations(null, DEFAULT_DEPENDENCY_RELATIONS)).toEqual([...DEFAULT_DEPENDENCY_RELATIONS]);
    expect(DEPENDENCY_RELATIONS.slice(0, 7)).toEqual([...DEFAULT_DEPENDENCY_RELATIONS]);
  });

  it("reject out-of-range values with BAD_USER_INPUT naming the argument", () => {
    try {
      parseArgs("documentDependencies", dependencyArgs, { id: "doc:x", maxDepth: 0, asOf: "2023-02-29" });
      expect.unreachable();
    } catch (error) {
      const e = error as { extensions: { code: string; problems: { argument: string }[] } };
      expect(e.extensions.code).toBe("BAD_USER_INPUT");
      expect(e.extensions.problems.map((p) => p.argument)).toEqual(["maxDepth", "asOf"]);
    }
  });
});

describe("search query", () => {
  it("escapes every Lucene operator so user text is only text", () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe('a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t');
  });

  it("lower-cases Swedish text, adds prefix and fuzzy variants (of the word and its stem), drops words without letters", () => {
    expect(luceneQuery("Färdplan")).toBe("färdplan färdplan* färdplan~2");
    expect(luceneQuery("Ungdomsmotagningar")).toBe("ungdomsmotagningar ungdomsmotagningar* ungdomsmotagningar~2 ungdomsmotagning~2");
    expect(luceneQuery("HoS-avtalet (2022) AND")).toBe("hos\\-avtalet 2022 2022* and and*");
    expect(luceneQuery("Swärd")).toBe("swärd swärd* swärd~1");
    expect(luceneQuery("ab")).toBe("ab");
    expect(luceneQuery("!!! ???")).toBeNull();
  });
});

const ref = (id: string, type: EntityRef["type"], extra: Record<string, unknown> = {}) => ({ id, type, name: id.split(":")[1]!, ...extra }) as EntityRef & Record<string, unknown>;
const raw = (relation: string, from: string, to: string): RawStep => ({ relation, from, to, inferred: false, because: null, note: null, sources: [] });

describe("governance roles", () => {
  it("come from the relation type and its direction", () => {
    expect(roleOf("COMMISSIONED_BY", true)).toBe("COMMISSIONED_BY");
    expect(roleOf("PRODUCES", false)).toBe("PRODUCED_BY");
    expect(roleOf("ADVISES", true)).toBe("RECOMMENDS_TO");
    expect(roleOf("PARTY_TO", false)).toBe("PARTY");
    expect(() => roleOf("PARTY_TO", true)).toThrow();
    expect(DECISION_TYPES).not.toContain("NOTED_INFORMATION");
    expect(DECISION_TYPES).toContain("RECOMMENDED_HUVUDMAN_DECISION");
  });

  it("group per role and subject, one step per position, in chain order", () => {
    const project = ref("project:p", "Project");
    const sro = ref("forum:sro", "Forum", { hasDecisionMandate: false });
    const relations: GovernanceRelation[] = [
      { depth: 2, subject: sro, actor: ref("org:vgr", "Organisation"), position: null, step: raw("ADVISES", "forum:sro", "org:vgr") },
      { depth: 2, subject: sro, actor: ref("org:kommun-ale", "Organisation"), position: null, step: raw("ADVISES", "forum:sro", "org:kommun-ale") },
      { depth: 1, subject: project, actor: ref("forum:vvg", "Forum"), position: null, step: raw("STEERED_BY", "project:p", "forum:vvg") },
      { depth: 1, subject: project, actor: sro, position: null, step: raw("COMMISSIONED_BY", "project:p", "forum:sro") },
      { depth: 1, subject: project, actor: ref("position:b", "Position"), position: { date: "2022-12", meeting: null }, step: raw("ASSIGNS", "position:b", "project:p") },
      { depth: 1, subject: project, actor: ref("position:a", "Position"), position: { date: "2022-09-29", meeting: null }, step: raw("ASSIGNS", "position:a", "project:p") },
    ];
    const steps = buildSteps(relations);
    expect(steps.map((s) => `${s.order} ${s.role} ${s.actors.map((a) => a.id).join(",")}`)).toEqual([
      "1 COMMISSIONED_BY forum:sro",
      "2 ASSIGNED_BY position:a",
      "3 ASSIGNED_BY position:b",
      "4 STEERED_BY forum:vvg",
      "5 RECOMMENDS_TO org:kommun-ale,org:vgr",
    ]);
    expect(steps[4]!.relations.map((r: PathStep) => r.to.id)).toEqual(["org:kommun-ale", "org:vgr"]);
  });
});

describe("money totals", () => {
  const party = (id: string) => ({ to: { id, type: "Organisation", name: id } }) as unknown as PathStep;
  const step = (id: string, amount: number | null, from: string[], to: string[]): MoneyStep =>
    ({ id, amountSek: amount, from: from.map(party), to: to.map(party) }) as unknown as MoneyStep;

  it("count each movement once and attribute an amount only to a sole party", () => {
    const steps = [step("g1", 49, ["org:staten"], ["org:vgr"]), step("g2", 70, ["org:staten"], ["org:vgr"]), step("u1", 10, ["org:vgr"], ["t:a", "t:b"]), step("u1", 10, ["org:vgr"], ["t:a", "t:b"])];
    expect(totals(steps, "to")).toEqual([
      { party: expect.objectContaining({ id: "org:vgr" }), amountSek: 119, movements: 2, movementsWithoutAmount: 0 },
      { party: expect.objectContaining({ id: "t:a" }), amountSek: null, movements: 1, movementsWithoutAmount: 1 },
      { party: expect.objectContaining({ id: "t:b" }), amountSek: null, movements: 1, movementsWithoutAmount: 1 },
    ]);
    expect(totals(steps, "from")).toEqual([
      { party: expect.objectContaining({ id: "org:staten" }), amountSek: 119, movements: 2, movementsWithoutAmount: 0 },
      { party: expect.objectContaining({ id: "org:vgr" }), amountSek: 10, movements: 1, movementsWithoutAmount: 0 },
    ]);
  });
});

describe("impact effects", () => {
  it("take the strongest relation to the document before on the chain", () => {
    expect(documentEffect(["PART_OF", "TERM_FOLLOWS"])).toBe("TERM_ENDS_WITH_IT");
    expect(documentEffect(["PART_OF"])).toBe("PART_AFFECTED");
    expect(documentEffect(["REPLACES"])).toBe("SUCCESSOR");
    expect(documentEffect(["IMPLEMENTS"])).toBe("LOSES_BASIS");
    expect(documentEffect(["REFERENCES"])).toBe("REFERENCE_AFFECTED");
    expect(forumEffect("TAKEN_BY")).toBe("TOOK_POSITION");
    expect(forumEffect("STEERED_BY")).toBe("GOVERNS_AFFECTED_WORK");
  });
});

describe("dates", () => {
  it("parse days, months and years; cover the whole month or year; order undated last", () => {
    expect(parsePartialDate("2022-02")).toEqual({ date: "2022-02-01", precision: "MONTH" });
    expect(parsePartialDate("2020")).toEqual({ date: "2020-01-01", precision: "YEAR" });
    expect(lastDay({ date: "2024-02-01", precision: "MONTH" })).toBe("2024-02-29");
    expect(lastDay({ date: "2020-01-01", precision: "YEAR" })).toBe("2020-12-31");
    expect(inWindow({ date: "2022-02-01", precision: "MONTH" }, "2022-02-15", "2022-02-20")).toBe(true);
    expect(inWindow({ date: "2022-02-01", precision: "DAY" }, "2022-02-15", null)).toBe(false);
    expect(inWindow({ date: null, precision: null }, null, null)).toBe(true);
    expect(inWindow({ date: null, precision: null }, "2022-01-01", null)).toBe(false);
    const undatedFirst: Dated[] = [{ date: null, precision: null }, { date: "2021-01-01", precision: "DAY" }];
    expect(undatedFirst.sort(byDate)[0]!.date).toBe("2021-01-01");
    expect(positionCategory("EXTENDED")).toBe("EXTENSION");
    expect(positionCategory("ASSIGNED_TASK")).toBe("COMMISSION");
  });
});

describe("named questions", () => {
  it("each has an example with a Swedish / English title and variables that its Cypher accepts", () => {
    for (const q of QUESTIONS) {
      const example = readExample(q);
      expect(example.title, q.name).toMatch(/^[^/]+ \/ [^/]+$/);
      expect(example.operation).toContain(q.field);
      const { name, params } = q.cypher(example.variables);
      expect(QUERY_NAMES).toContain(name);
      expect(Object.keys(params).length).toBeGreaterThan(0);
    }
  });
});
