/**
 * Every analyst question's whole answer on the seed graph, compared with a recorded snapshot
 * (test/fixtures/answers/<field>.json): a restructuring of the question code must not change a
 * byte of what the API answers. Each question is asked with its example's variables and about
 * a spread of the seed graph's entities of the types it applies to; the selection is every field
 * of the answer type, built from the schema, so a new field is covered without editing this file.
 *
 * A deliberate change of answers is recorded with `UPDATE_ANSWER_SNAPSHOTS=1 npx vitest run
 * test/integration/questions/answer-snapshots.test.ts`, and the diff of the fixtures is reviewed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildClientSchema, getIntrospectionQuery, getNamedType, isObjectType, isNonNullType, type GraphQLField, type GraphQLObjectType, type IntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../../src/config/paths.js";
import { warmAnalysisQueries } from "../../../src/questions/warm.js";
import { useTestApi } from "../../support/test-api.js";

const api = useTestApi();
const snapshotDir = join(projectRoot, "test", "fixtures", "answers");
const update = process.env.UPDATE_ANSWER_SNAPSHOTS === "1";
const NOT_ANSWERS = new Set(["INTERNAL_SERVER_ERROR", "QUERY_TIMEOUT", "REQUEST_TIMEOUT", "DATABASE_UNAVAILABLE"]);

/** Every field without required arguments, recursively (a type is not re-entered on its own path). */
function selectionOf(type: GraphQLObjectType, path: string[] = []): string {
  const fields = Object.values(type.getFields()).filter((f: GraphQLField<unknown, unknown>) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined));
  return fields
    .map((f) => {
      const named = getNamedType(f.type);
      if (!isObjectType(named)) return f.name;
      if (path.includes(named.name)) return null;
      return `${f.name} { ${selectionOf(named, [...path, type.name])} }`;
    })
    .filter(Boolean)
    .join(" ");
}

/** The served schema, as any client sees it (introspection), so the selection follows the real API. */
async function queryType(): Promise<GraphQLObjectType> {
  const introspection = await api.query<IntrospectionQuery>(getIntrospectionQuery());
  return buildClientSchema(introspection).getQueryType()!;
}

function operationFor(query: GraphQLObjectType, field: string, variables: Record<string, unknown>): string {
  const def = query.getFields()[field]!;
  const args = Object.keys(variables);
  const declared = args.map((a) => `$${a}: ${def.args.find((x) => x.name === a)!.type.toString()}`).join(", ");
  const passed = args.map((a) => `${a}: $${a}`).join(", ");
  return `query Snapshot${args.length ? `(${declared})` : ""} { ${field}${args.length ? `(${passed})` : ""} { ${selectionOf(getNamedType(def.type) as GraphQLObjectType)} } }`;
}

/** Up to `count` ids of the given labels, spread evenly over their id order. */
async function spread(labels: string[], count: number): Promise<string[]> {
  const rows = await api.cypher<{ id: string }>(`MATCH (n:Entity) WHERE any(l IN labels(n) WHERE l IN $labels) AND NOT n.id CONTAINS ':test-' RETURN n.id AS id ORDER BY id`, { labels });
  const ids = rows.map((r) => r.id);
  if (ids.length <= count) return ids;
  return Array.from({ length: count }, (_, i) => ids[Math.floor((i * ids.length) / count)]!);
}

interface Case {
  field: string;
  /** Fixed variable sets (the examples and a few more). */
  fixed: Record<string, unknown>[];
  /** Entities of these labels are asked about too (variables: { id, ...extra }). */
  about?: { labels: string[]; count: number; extra?: Record<string, unknown> }[];
}

const CASES: Case[] = [
  {
    field: "documentDependencies",
    fixed: [{ id: "doc:hos-avtal" }, { id: "doc:hos-avtal-2025", direction: "DEPENDENCIES" }, { id: "doc:hos-avtal", asOf: "2025-06-01" }, { id: "doc:hos-avtal", maxDepth: 1, relationTypes: ["PART_OF"] }],
    about: [
      { labels: ["GoverningDocument"], count: 10, extra: { direction: "DEPENDENTS" } },
      { labels: ["GoverningDocument"], count: 10, extra: { direction: "DEPENDENCIES" } },
    ],
  },
  { field: "governanceChain", fixed: [{ id: "project:hos-revision" }, { id: "doc:fardplan", maxDepth: 2 }, { id: "doc:hos-avtal-revision-2022", asOf: "2022-01-15" }], about: [{ labels: ["Position", "GoverningDocument", "Project", "Forum"], count: 12 }] },
  { field: "fundFlow", fixed: [{ id: "fund:skr-kvinnofridssatsning-2021-2023" }, { id: "org:vgr" }, { id: "fund:skr-kvinnofridssatsning-2021-2023", asOf: "2021-05-20" }], about: [{ labels: ["Fund"], count: 10 }, { labels: ["Organisation"], count: 6 }] },
  { field: "timeline", fixed: [{ id: "doc:hos-avtal" }, { id: "doc:hos-avtal", from: "2022-01-01", to: "2022-12-31", includeRelated: false }], about: [{ labels: ["GoverningDocument", "Project", "Fund", "Forum", "Meeting"], count: 10 }] },
  { field: "personActivity", fixed: [{ id: "person:malin-sward" }, { id: "person:malin-sward", from: "2025-01-01" }, { id: "person:helen-eliasson", asOf: "2025-01-30" }], about: [{ labels: ["Person"], count: 8 }] },
  { field: "meetingAttendance", fixed: [{ id: "meeting:sro-2025-01-30" }], about: [{ labels: ["Meeting"], count: 8 }] },
  { field: "forumPositions", fixed: [{ id: "forum:sro", from: "2022-01-01", to: "2022-12-31" }, { id: "forum:sro" }, { id: "forum:sro", asOf: "2022-06-30" }], about: [{ labels: ["Forum"], count: 6 }] },
  {
    field: "search",
    fixed: [
      { text: "förlängning överenskommelse" },
      { text: "färdplan" },
      { text: "HoS-avtalet" },
      { text: "SRO januari 2025" },
      { text: "statsbidrag", types: ["Fund"] },
      { text: "Malin", types: ["Person"], limit: 5 },
      { text: "vårdsamverkan västra götaland" },
      { text: "ungdomsmottagning" },
      { text: "hälso- och sjukvårdsavtal", asOf: "2021-06-01" },
    ],
  },
  { field: "neighbourhood", fixed: [{ id: "doc:hos-avtal" }, { id: "forum:sro", limit: 20 }, { id: "doc:ok-in-utskrivning", asOf: "2023-06-01" }, { id: "meeting:sro-2021-09", asOf: "2021-06-01" }], about: [{ labels: ["Organisation", "Person", "Meeting", "AgendaItem", "Position", "Fund", "FundFlow", "Milestone", "Topic", "Membership"], count: 12 }] },
  { field: "impact", fixed: [{ id: "doc:hos-avtal" }, { id: "doc:hos-avtal", maxDepth: 1 }, { id: "doc:hos-avtal", asOf: "2023-06-01" }], about: [{ labels: ["GoverningDocument"], count: 8 }] },
  { field: "documentsInForce", fixed: [{}, { asOf: "2021-06-01" }, { asOf: "2023-06-01" }, { asOf: "2025-06-01", kinds: ["HEALTHCARE_AGREEMENT", "OVERENSKOMMELSE"] }] },
  { field: "upcomingMeetings", fixed: [{ forum: "forum:sro" }, { forum: "forum:sro", asOf: "2025-02-01" }, { forum: "forum:vvg", asOf: "2022-01-01" }] },
  { field: "events", fixed: [{ from: "2022-09-01", to: "2022-12-31" }, { from: "2021-01-01", to: "2025-12-31", id: "doc:ok-in-utskrivning" }, { from: "2025-01-01", to: "2025-12-31", id: "forum:sro", limit: 50 }] },
  {
    field: "agreementLineage",
    fixed: [{ id: "doc:hos-avtal" }, { id: "doc:hos-avtal", asOf: "2019-06-01" }, { id: "doc:hos-avtal-2025", asOf: "2025-06-01" }, { id: "doc:ok-in-utskrivning", asOf: "2023-06-01" }],
    about: [{ labels: ["GoverningDocument"], count: 8 }],
  },
  { field: "agreementDiff", fixed: [{ from: "doc:hos-avtal", to: "doc:hos-avtal-2025" }, { from: "doc:hos-avtal", to: "doc:hos-avtal-revision-2022" }, { from: "doc:ok-in-utskrivning", to: "doc:ok-betalningsansvar-in-utskrivning-2025" }] },
];

describe("analyst answers on the seed graph, against the recorded snapshot", () => {
  // Planning the large statements takes seconds on a busy machine: plan them before the first
  // question, so that no answer is a query timeout.
  beforeAll(() => warmAnalysisQueries(api.driver(), api.database), 240_000);
  // Answers without a date hold for today: the recorded ones for a fixed today.
  beforeAll(() => {
    process.env.NOW = "2026-12-06";
  });
  afterAll(() => {
    delete process.env.NOW;
  });

  for (const c of CASES) {
    it(`${c.field}: every answer is as recorded`, async () => {
      const sets = [...c.fixed];
      for (const a of c.about ?? []) for (const id of await spread(a.labels, a.count)) sets.push({ id, ...a.extra });
      const answers: { variables: Record<string, unknown>; answer: unknown }[] = [];
      const query = await queryType();
      for (const variables of sets) {
        const response = await api.post(operationFor(query, c.field, variables), variables);
        answers.push({ variables, answer: response.errors?.length ? { errors: response.errors.map((e) => ({ message: e.message, code: e.extensions?.code })) } : response.data![c.field] });
      }
      // A server fault or a timeout is never an answer to record (nor to match a recording of).
      const faults = answers.filter((a) => (a.answer as { errors?: { code?: unknown }[] }).errors?.some((e) => NOT_ANSWERS.has(String(e.code))));
      expect(faults.map((a) => a.variables), "answers that are server faults or timeouts").toEqual([]);
      const file = join(snapshotDir, `${c.field}.json`);
      const text = `${JSON.stringify(answers, null, 1)}\n`;
      if (update) {
        mkdirSync(snapshotDir, { recursive: true });
        writeFileSync(file, text);
      }
      expect(existsSync(file), `${file} is missing: record it with UPDATE_ANSWER_SNAPSHOTS=1`).toBe(true);
      const recorded = JSON.parse(readFileSync(file, "utf8")) as typeof answers;
      expect(answers.length).toBe(recorded.length);
      for (let i = 0; i < answers.length; i++) expect(answers[i], JSON.stringify(answers[i]!.variables)).toEqual(recorded[i]);
      // Byte for byte, key order included.
      expect(text === readFileSync(file, "utf8")).toBe(true);
    });
  }
});
