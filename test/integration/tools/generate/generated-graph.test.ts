/**
 * A small generated graph loads, through CSV files and Neo4j's bulk importer, into its own local
 * Neo4j (not the shared test database: the generated facts would disturb the whole-database
 * checks of other files); the loaded graph holds exactly what the generator produced, and every
 * analyst question answers on it through GraphQL over HTTP, about generated entities.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUESTIONS, type QuestionName } from "../../../../src/questions/registry.js";
import { questionExample } from "../../../../src/questions/server.js";
import { warmAnalysisQueries } from "../../../../src/questions/warm.js";
import { readEnv } from "../../../../src/config/env.js";
import { seedPaths } from "../../../../src/config/paths.js";
import { localNeo4j, localRuntime } from "../../../../src/database/connection.js";
import type { LocalNeo4j } from "../../../../src/database/local/launcher.js";
import { AlreadyGeneratedError, generateIntoFolder, type GenerateReport } from "../../../../src/tools/generate/load-generated.js";
import { NationGenerator } from "../../../../src/tools/generate/nation.js";
import { measureSeedProfile } from "../../../../src/tools/generate/profile.js";
import type { RunningHttpServer } from "../../../../src/http/server.js";
import { loadSeedGraph } from "../../../../src/seed/load-seed-graph.js";
import { postGraphQL, startTestServer } from "../../../support/test-server.js";
import { SHORT_LIVED_JVM_OPTIONS } from "../../../support/own-neo4j.js";

const seedGraph = loadSeedGraph({ seedDir: seedPaths.seedDir });
const SIZE = { totalNodes: 3000, seed: 5 };
const dataDir = mkdtempSync(join(tmpdir(), "samverkansgrafen-generated-"));
let local: LocalNeo4j;
let driver: Driver;
let server: RunningHttpServer;
let report: GenerateReport;
const num = (v: unknown) => (v as { toNumber(): number }).toNumber();

async function cypher(statement: string, params: Record<string, unknown> = {}) {
  return (await driver.executeQuery(statement, params, { database: "neo4j" })).records.map((r) => r.toObject());
}

beforeAll(async () => {
  local = localNeo4j(readEnv({ LOCAL_NEO4J_START_TIMEOUT_S: process.env.LOCAL_NEO4J_START_TIMEOUT_S }), () => undefined, { dataDir, port: 0, jvmOptions: SHORT_LIVED_JVM_OPTIONS });
  report = await generateIntoFolder(local, localRuntime(() => undefined), dataDir, seedGraph, SIZE);
  driver = neo4j.driver(report.url);
  // As the app does after start: plan the analyst queries first, so no question spends its
  // 10 s query timeout on planning (seconds per query on a busy 2-core machine).
  await warmAnalysisQueries(driver, "neo4j");
  server = await startTestServer(driver, "neo4j");
});

afterAll(async () => {
  await server?.close();
  await driver?.close();
  await local?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A property as the generator emits it (dates as YYYY-MM-DD, numbers as JS numbers). */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value)) return value.toString();
  return value;
}

function plainProps(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, plain(v)]));
}

describe("a generated graph", () => {
  it("holds the seed graph and the generated nodes, and refuses a second load", async () => {
    const [row] = await cypher(`MATCH (n) WHERE n:Entity OR n:SourceDocument RETURN count(n) AS nodes, count { ()-[]->() } AS relationships`);
    expect(num(row!.nodes)).toBe(report.nodes);
    expect(num(row!.relationships)).toBe(report.relationships);
    expect(report.nodes).toBeGreaterThanOrEqual(3000);
    const [seeded] = await cypher(`MATCH (n:Entity {origin: 'seed'}) RETURN count(n) AS n`);
    expect(num(seeded!.n)).toBe(seedGraph.entities.length);
    const second = localNeo4j(readEnv(), () => undefined, { dataDir, port: 0 });
    await expect(generateIntoFolder(second, localRuntime(() => undefined), dataDir, seedGraph, SIZE)).rejects.toBeInstanceOf(AlreadyGeneratedError);
  });

  it("holds every generated node and relationship exactly as generated (labels, types, property values and types)", async () => {
    const profile = measureSeedProfile(seedGraph);
    const generator = new NationGenerator(profile, { nodes: SIZE.totalNodes - profile.nodes, seed: SIZE.seed });
    const expectedNodes = new Map<string, { label: string; props: Record<string, unknown> }>();
    const expectedRelations: string[] = [];
    for (const batch of generator.batches()) {
      for (const node of batch.nodes) expectedNodes.set(node.id, { label: node.label, props: node.props });
      for (const r of batch.relations) expectedRelations.push(JSON.stringify([r.from, r.type, r.to, Object.entries(r.props).sort()]));
    }
    const nodes = await cypher(`MATCH (n:Entity {origin: 'generated'}) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`);
    expect(nodes).toHaveLength(expectedNodes.size);
    for (const row of nodes) {
      const expected = expectedNodes.get(row.id as string);
      expect(expected, String(row.id)).toBeDefined();
      expect((row.labels as string[]).sort(), String(row.id)).toEqual(["Entity", expected!.label].sort());
      expect(plainProps(row.props as Record<string, unknown>), String(row.id)).toEqual(expected!.props);
    }
    // Numbers stay floats and documents' years integers, as the seed writer stores them.
    const [types] = await cypher(`MATCH (i:AgendaItem {origin: 'generated'}) WITH i LIMIT 1 MATCH (d:SourceDocument {origin: 'generated'}) WITH i, d LIMIT 1
      RETURN valueType(i.order) AS order, valueType(d.year) AS year, valueType(d.citationCount) AS citations`);
    expect(types).toEqual({ order: "FLOAT NOT NULL", year: "INTEGER NOT NULL", citations: "INTEGER NOT NULL" });
    const relations = await cypher(`MATCH (a:Entity {origin: 'generated'})-[r]->(b) WHERE r.origin = 'generated' RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props`);
    const actual = relations.map((r) => JSON.stringify([r.a, r.type, r.b, Object.entries(plainProps(r.props as Record<string, unknown>)).sort()]));
    expect(actual.sort()).toEqual(expectedRelations.sort());
  });

  it("keeps each document's citation count equal to the facts that cite it", async () => {
    const rows = await cypher(
      `MATCH (d:SourceDocument) WHERE d.id IN ['g01-register.txt', 'g01-avtal.txt', '000_5e607b810c5b478a.txt']
       RETURN d.id AS id, d.citationCount AS kept,
              COUNT { MATCH (n:Entity) WHERE d.id IN n.sourceDocuments } + COUNT { MATCH ()-[r]->() WHERE d.id IN r.sourceDocuments } AS counted`,
    );
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(num(r.kept), String(r.id)).toBe(num(r.counted));
      expect(num(r.kept), String(r.id)).toBeGreaterThan(0);
    }
  });

  // Each analyst question, asked about generated entities, with an id its answer must contain.
  const asked: Record<QuestionName, { variables: Record<string, unknown>; mentions: string }[]> = {
    "document-dependencies": [
      { variables: { id: "doc:g01-hos-avtal-2023" }, mentions: "doc:g01-rl-01-1-2023" },
      { variables: { id: "doc:g01-rl-01-1-2011", direction: "DEPENDENCIES" }, mentions: "doc:g01-hos-avtal-2011" },
    ],
    "governance-chain": [{ variables: { id: "project:g01-2011" }, mentions: "project:g01-2011" }],
    "fund-flow": [{ variables: { id: "fund:g01-2011-1" }, mentions: "flow:g01-2011-1-3" }],
    timeline: [{ variables: { id: "doc:g01-hos-avtal-2011" }, mentions: "doc:g01-hos-avtal-2011" }],
    "person-activity": [{ variables: { id: "person:g01-p0001" }, mentions: "role:g01-p0001-2" }],
    "meeting-attendance": [{ variables: { id: "meeting:g01-sro-2011-01" }, mentions: "forum:g01-sro" }],
    "forum-positions": [{ variables: { id: "forum:g01-sro", from: "2011-01-01", to: "2011-12-31" }, mentions: "position:g01-sro-2011-01" }],
    search: [{ variables: { text: "Riktlinje 2 för läkemedel" }, mentions: "doc:g01-rl-03-2-" }],
    impact: [{ variables: { id: "doc:g01-hos-avtal-2011" }, mentions: "doc:g01-ok-01-2011" }],
    neighbourhood: [{ variables: { id: "forum:g01-sro" }, mentions: "meeting:g01-sro-" }],
    "documents-in-force": [{ variables: { asOf: "2012-06-01" }, mentions: "doc:g01-hos-avtal-2011" }],
    "upcoming-meetings": [{ variables: { forum: "forum:g01-sro", asOf: "2011-03-01" }, mentions: "meeting:g01-sro-2011-" }],
    events: [{ variables: { from: "2011-01-01", to: "2011-12-31", id: "forum:g01-sro" }, mentions: "meeting:g01-sro-2011-" }],
    "agreement-versions": [{ variables: { id: "doc:g01-hos-avtal-2011", asOf: "2020-06-01" }, mentions: "doc:g01-hos-avtal-2023" }],
    "agreement-diff": [{ variables: { from: "doc:g01-hos-avtal-2019", to: "doc:g01-hos-avtal-2023" }, mentions: "doc:g01-ok-01-2023" }],
  };

  it("has a generated case for every analyst question", () => {
    expect(Object.keys(asked).sort()).toEqual(QUESTIONS.map((q) => q.name).sort());
  });

  for (const question of QUESTIONS) {
    it(`answers ${question.name} (${question.field}) about generated entities`, async () => {
      for (const { variables, mentions } of asked[question.name]) {
        const response = await postGraphQL(server.graphqlUrl, questionExample(question).operation, variables);
        expect(response.errors).toBeUndefined();
        expect(JSON.stringify(response.data)).toContain(mentions);
      }
    });
  }
});
