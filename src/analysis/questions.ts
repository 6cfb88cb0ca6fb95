/**
 * The named analyst questions: for each, its explorer example (operation and default variables in
 * src/explorer/examples/) and how to run the same question as raw Cypher (for the benchmark and
 * the query-plan check). Used by src/cli/ask.ts, src/cli/bench.ts and src/cli/query-plans.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { examplesDir } from "../explorer/examples.js";
import type { QueryName } from "./cypher.js";
import { dependencyArgs, dependencyQuery } from "./dependencies.js";
import { fundFlowArgs } from "./fund-flow.js";
import { GOVERNANCE_SUBJECTS, governanceArgs, governanceParams } from "./governance.js";
import { impactArgs, impactParams } from "./impact.js";
import { forumPositionsArgs, meetingAttendanceArgs, personActivityArgs } from "./people.js";
import { searchArgs, searchParams } from "./search.js";
import { timelineArgs, timelineParams } from "./timeline.js";
import { ENTITY_TYPES, type EntityTypeName } from "./types.js";

const DOCUMENT: readonly EntityTypeName[] = ["GoverningDocument"];

export interface Question {
  /** English name, used by `npm run ask`. */
  name: string;
  /** Swedish name, accepted too. */
  swedish: string;
  /** The GraphQL field that answers it. */
  field: string;
  /** The explorer example (operation + default variables). */
  example: string;
  /** The entity types the question's id may name (none for search): a name is resolved among these. */
  subjects: readonly EntityTypeName[];
  /** The Cypher file and parameters that answer the same variables. */
  cypher(variables: Record<string, unknown>): { name: QueryName; params: Record<string, unknown> };
}

function parse<S extends z.ZodType>(schema: S, variables: Record<string, unknown>): z.infer<S> {
  return schema.parse(variables);
}

export const QUESTIONS: Question[] = [
  {
    name: "dependents",
    swedish: "beroenden",
    field: "documentDependencies",
    example: "10-beroenden",
    subjects: DOCUMENT,
    cypher: (v) => dependencyQuery(parse(dependencyArgs, { ...v, direction: v.direction ?? "DEPENDENTS" })),
  },
  {
    name: "depends-on",
    swedish: "bygger-pa",
    field: "documentDependencies",
    example: "11-bygger-pa",
    subjects: DOCUMENT,
    cypher: (v) => dependencyQuery(parse(dependencyArgs, { ...v, direction: v.direction ?? "DEPENDENCIES" })),
  },
  { name: "governance", swedish: "styrning", field: "governanceChain", example: "12-styrning", subjects: GOVERNANCE_SUBJECTS, cypher: (v) => ({ name: "governance-chain", params: governanceParams(parse(governanceArgs, v)) }) },
  { name: "money", swedish: "pengar", field: "fundFlow", example: "13-pengaflode", subjects: ["Fund", "Organisation"], cypher: (v) => ({ name: "fund-flow", params: { id: parse(fundFlowArgs, v).id } }) },
  { name: "timeline", swedish: "tidslinje", field: "timeline", example: "14-tidslinje", subjects: ENTITY_TYPES, cypher: (v) => ({ name: "timeline", params: timelineParams(parse(timelineArgs, v)) }) },
  { name: "person", swedish: "person", field: "personActivity", example: "15-person", subjects: ["Person"], cypher: (v) => ({ name: "person-activity", params: { id: parse(personActivityArgs, v).id } }) },
  { name: "meeting", swedish: "mote", field: "meetingAttendance", example: "16-motesnarvaro", subjects: ["Meeting"], cypher: (v) => ({ name: "meeting-attendance", params: { id: parse(meetingAttendanceArgs, v).id } }) },
  {
    name: "positions",
    swedish: "stallningstaganden",
    field: "forumPositions",
    example: "17-stallningstaganden",
    subjects: ["Forum"],
    cypher: (v) => {
      const a = parse(forumPositionsArgs, v);
      return { name: "forum-positions", params: { id: a.id, from: a.from, to: a.to } };
    },
  },
  {
    name: "search",
    swedish: "sok",
    field: "search",
    example: "18-sok",
    subjects: [],
    cypher: (v) => {
      const params = searchParams(parse(searchArgs, v));
      if (!params) throw new Error("nothing to search for");
      return { name: "search", params };
    },
  },
  { name: "impact", swedish: "konsekvenser", field: "impact", example: "19-konsekvenser", subjects: DOCUMENT, cypher: (v) => ({ name: "impact", params: impactParams(parse(impactArgs, v)) }) },
];

export function findQuestion(name: string): Question | undefined {
  const n = name.toLowerCase();
  return QUESTIONS.find((q) => q.name === n || q.swedish === n);
}

export interface ExampleText {
  title: string;
  operation: string;
  variables: Record<string, unknown>;
}

export function readExample(question: Question, dir = examplesDir): ExampleText {
  const operation = readFileSync(join(dir, `${question.example}.graphql`), "utf8");
  const variables = JSON.parse(readFileSync(join(dir, `${question.example}.variables.json`), "utf8")) as Record<string, unknown>;
  const title = /^#\s*(.+)$/m.exec(operation)?.[1]?.trim() ?? question.example;
  return { title, operation, variables };
}
