/**
 * A small generated graph loads into its own local Neo4j (not the shared test database: the
 * generated facts would disturb the whole-database checks of other files) and every analyst
 * question answers on it through GraphQL over HTTP, about generated entities.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUESTIONS, readExample } from "../../../src/analysis/questions.js";
import { warmAnalysisQueries } from "../../../src/analysis/warm.js";
import { seedPaths } from "../../../src/config/paths.js";
import { AlreadyGeneratedError, loadGeneratedGraph, type GenerateReport } from "../../../src/generate/load-generated.js";
import type { RunningHttpServer } from "../../../src/http/server.js";
import { loadSeedGraph } from "../../../src/seed/load-seed-graph.js";
import { postGraphQL, startTestServer } from "../../support/test-server.js";
import { startOwnNeo4j, type OwnNeo4j } from "../../support/own-neo4j.js";

const seedGraph = loadSeedGraph({ seedDir: seedPaths.seedDir });
let own: OwnNeo4j;
let driver: Driver;
let server: RunningHttpServer;
let report: GenerateReport;
const num = (v: unknown) => (v as { toNumber(): number }).toNumber();

async function cypher(statement: string, params: Record<string, unknown> = {}) {
  return (await driver.executeQuery(statement, params, { database: "neo4j" })).records.map((r) => r.toObject());
}

beforeAll(async () => {
  own = await startOwnNeo4j("generated");
  driver = neo4j.driver(own.url);
  report = await loadGeneratedGraph(driver, "neo4j", seedGraph, { totalNodes: 3000, seed: 5 });
  // As the app does after start: plan the analyst queries first, so no question spends its
  // 10 s query timeout on planning (seconds per query on a busy 2-core machine).
  await warmAnalysisQueries(driver, "neo4j");
  server = await startTestServer(driver, "neo4j");
});

afterAll(async () => {
  await server?.close();
  await driver?.close();
  await own?.stop();
});

describe("a generated graph", () => {
  it("holds the seed graph and the generated nodes, and refuses a second load", async () => {
    const [row] = await cypher(`MATCH (n) WHERE n:Entity OR n:SourceDocument RETURN count(n) AS nodes, count { ()-[]->() } AS relationships`);
    expect(num(row!.nodes)).toBe(report.nodes);
    expect(num(row!.relationships)).toBe(report.relationships);
    expect(report.nodes).toBeGreaterThanOrEqual(3000);
    const [seeded] = await cypher(`MATCH (n:Entity {origin: 'seed'}) RETURN count(n) AS n`);
    expect(num(seeded!.n)).toBe(seedGraph.entities.length);
    await expect(loadGeneratedGraph(driver, "neo4j", seedGraph, { totalNodes: 3000, seed: 5 })).rejects.toBeInstanceOf(AlreadyGeneratedError);
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
  const asked: Record<string, { variables: Record<string, unknown>; mentions: string }> = {
    dependents: { variables: { id: "doc:g01-hos-avtal-2023" }, mentions: "doc:g01-rl-01-1-2023" },
    "depends-on": { variables: { id: "doc:g01-rl-01-1-2011", direction: "DEPENDENCIES" }, mentions: "doc:g01-hos-avtal-2011" },
    governance: { variables: { id: "project:g01-2011" }, mentions: "project:g01-2011" },
    money: { variables: { id: "fund:g01-2011-1" }, mentions: "flow:g01-2011-1-3" },
    timeline: { variables: { id: "doc:g01-hos-avtal-2011" }, mentions: "doc:g01-hos-avtal-2011" },
    person: { variables: { id: "person:g01-p0001" }, mentions: "role:g01-p0001-2" },
    meeting: { variables: { id: "meeting:g01-sro-2011-01" }, mentions: "forum:g01-sro" },
    positions: { variables: { id: "forum:g01-sro", from: "2011-01-01", to: "2011-12-31" }, mentions: "position:g01-sro-2011-01" },
    search: { variables: { text: "Riktlinje 2 för läkemedel" }, mentions: "doc:g01-rl-03-2-" },
    impact: { variables: { id: "doc:g01-hos-avtal-2011" }, mentions: "doc:g01-ok-01-2011" },
  };

  it("has a generated case for every analyst question", () => {
    expect(Object.keys(asked).sort()).toEqual(QUESTIONS.map((q) => q.name).sort());
  });

  for (const question of QUESTIONS) {
    it(`answers ${question.name} (${question.field}) about generated entities`, async () => {
      const { variables, mentions } = asked[question.name]!;
      const response = await postGraphQL(server.graphqlUrl, readExample(question).operation, variables);
      expect(response.errors).toBeUndefined();
      expect(JSON.stringify(response.data)).toContain(mentions);
    });
  }
});
