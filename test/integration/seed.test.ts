/** Seeding is idempotent and all-or-nothing, on the real database. */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { seedPaths } from "../../src/config/paths.js";
import { loadSeedGraph } from "../../src/seed/load-seed-graph.js";
import { SeedValidationError } from "../../src/seed/problems.js";
import { seedDatabase } from "../../src/seed/seed-database.js";
import { writeSeedGraph } from "../../src/seed/write-seed-graph.js";
import { testDatabase, testDriver } from "../support/test-database.js";

const db = testDatabase();
let driver: Driver;
const quiet = () => undefined;

async function snapshot(): Promise<{ nodes: number; relationships: number; fingerprint: string }> {
  const result = await driver.executeQuery(
    `MATCH (n) WHERE n.origin = 'seed'
     WITH count(n) AS nodes, collect(n.id + ':' + coalesce(n.seedHash, '')) AS ids
     CALL () { MATCH ()-[r]->() WHERE r.origin = 'seed' RETURN count(r) AS relationships, collect(r.seedHash) AS hashes }
     RETURN nodes, relationships, apoc.util.md5([x IN ids | x] + hashes) AS fingerprint`,
    {},
    { database: db.database },
  );
  const r = result.records[0]!;
  return { nodes: r.get("nodes").toNumber(), relationships: r.get("relationships").toNumber(), fingerprint: r.get("fingerprint") };
}

beforeAll(() => {
  driver = testDriver(db);
});
afterAll(async () => {
  await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'topic:test-rollback-' DETACH DELETE n", {}, { database: db.database });
  await driver.close();
});

describe("seeding", () => {
  it("loads every seed entity and relation", async () => {
    const graph = loadSeedGraph({ seedDir: seedPaths.seedDir });
    const now = await snapshot();
    expect(now.nodes).toBe(graph.entities.length + graph.documents.length);
    expect(now.relationships).toBe(graph.relations.length);
  });

  it("gives every entity its type as a label and every relation its type (set without APOC)", async () => {
    const graph = loadSeedGraph({ seedDir: seedPaths.seedDir });
    const nodes = await driver.executeQuery(`MATCH (n:Entity) WHERE n.origin = 'seed' RETURN n.id AS id, labels(n) AS labels`, {}, { database: db.database });
    const labelsById = new Map(nodes.records.map((r) => [r.get("id") as string, r.get("labels") as string[]]));
    for (const e of graph.entities) expect(labelsById.get(e.id), e.id).toEqual(expect.arrayContaining(["Entity", e.type]));
    const relationships = await driver.executeQuery(
      `MATCH (a)-[r]->(b) WHERE r.origin = 'seed' RETURN type(r) + '|' + a.id + '|' + b.id AS key`,
      {},
      { database: db.database },
    );
    const keys = relationships.records.map((r) => r.get("key") as string).sort();
    expect(keys).toEqual(graph.relations.map((r) => `${r.type}|${r.from}|${r.to}`).sort());
  });

  it("changes nothing when run a second time", async () => {
    const before = await snapshot();
    const run = await seedDatabase(driver, db.database, seedPaths, quiet);
    expect(run.report).toEqual({ nodesCreated: 0, nodesUpdated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsUpdated: 0, relationshipsDeleted: 0, unchanged: true });
    expect(await snapshot()).toEqual(before);
  });

  it("changes nothing when a seed file is broken", async () => {
    const before = await snapshot();
    const broken = { seedDir: join(import.meta.dirname, "..", "fixtures", "seeds-broken"), sourcesDir: join(import.meta.dirname, "..", "fixtures", "sources") };
    await expect(seedDatabase(driver, db.database, broken, quiet)).rejects.toBeInstanceOf(SeedValidationError);
    expect(await snapshot()).toEqual(before);
  });

  it("rolls back everything when the database rejects a write half-way", async () => {
    const before = await snapshot();
    const graph = loadSeedGraph({ seedDir: seedPaths.seedDir });
    const id = `topic:test-rollback-${process.pid}`;
    graph.entities.push({ id, type: "Topic", properties: { id, name: "Rollback" }, citations: [{ document: "reference/kommuner.tsv", quote: "kommun" }], inferred: false, definedAt: "test" });
    // A map is not a legal property value: Neo4j fails this relationship after the node above was written.
    graph.relations.push({ type: "CONCERNS", from: id, to: "org:vgr", properties: { note: { nested: true } }, citations: [{ document: "reference/kommuner.tsv", quote: "kommun" }], inferred: false, definedAt: "test" });
    await expect(writeSeedGraph(driver, db.database, graph)).rejects.toThrow(/Property values can only be of primitive types|map/i);
    const left = await driver.executeQuery("MATCH (n:Entity {id: $id}) RETURN count(n) AS n", { id }, { database: db.database });
    expect(left.records[0]!.get("n").toNumber()).toBe(0);
    expect(await snapshot()).toEqual(before);
  });
});
