/** The foundation's promise: what is written to Neo4j is read back through GraphQL over HTTP. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { createNeo4jGraphQL } from "../../src/graphql/neo4j-graphql.js";
import type { RunningHttpServer } from "../../src/http/server.js";
import { testDatabase, testDriver } from "../support/test-database.js";
import { postGraphQL, queryOk, startTestServer } from "../support/test-server.js";

const db = testDatabase();
let driver: Driver;
let server: RunningHttpServer;
const testId = `org:test-round-trip-${process.pid}`;

beforeAll(async () => {
  driver = testDriver(db);
  server = await startTestServer(driver, db.database);
});

afterAll(async () => {
  // Only this file's fixtures: other files' may be in use right now.
  await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH $id DETACH DELETE n", { id: testId }, { database: db.database });
  await server?.close();
  await driver?.close();
});

describe("round trip through the real stack", () => {
  it("the database passes @neo4j/graphql's compatibility check (version and APOC)", async () => {
    await expect(createNeo4jGraphQL(driver).checkNeo4jCompat({ sessionConfig: { database: db.database } })).resolves.toBeUndefined();
  });

  it("a node and relationship written with the driver are read back over HTTP, with their sources", async () => {
    await driver.executeQuery(
      `CREATE (parent:Organisation:Entity {id: $id + '-parent', name: 'Rundturens förbund', kind: 'MUNICIPAL_ASSOCIATION', inferred: false, origin: 'test', sourceDocuments: [], sourceQuotes: []})
       CREATE (n:Organisation:Entity {id: $id, name: 'Rundturskommunen', kind: 'MUNICIPALITY', inferred: false, origin: 'test',
               sourceDocuments: ['reference/kommuner.tsv'], sourceQuotes: ['1401\tHärryda']})
       CREATE (n)-[:MEMBER_OF {inferred: true, because: 'test', origin: 'test', sourceDocuments: ['reference/kommuner.tsv'], sourceQuotes: ['Härryda']}]->(parent)`,
      { id: testId },
      { database: db.database },
    );
    const data = await queryOk<{ organisations: { name: string; kind: string; sources: { quote: string; document: { id: string } }[]; memberOfConnection: { edges: { node: { id: string }; properties: { inferred: boolean; because: string } }[] } }[] }>(
      server.graphqlUrl,
      `query($id: ID!) { organisations(where: { id: { eq: $id } }) {
        name kind sources { quote document { id } }
        memberOfConnection { edges { node { id } properties { inferred because } } }
      } }`,
      { id: testId },
    );
    expect(data.organisations).toEqual([
      {
        name: "Rundturskommunen",
        kind: "MUNICIPALITY",
        sources: [{ quote: "1401\tHärryda", document: { id: "reference/kommuner.tsv" } }],
        memberOfConnection: { edges: [{ node: { id: `${testId}-parent` }, properties: { inferred: true, because: "test" } }] },
      },
    ]);
  });

  it("serves no mutations: facts enter only through sourced seeds", async () => {
    const result = await postGraphQL(server.graphqlUrl, `mutation { createOrganisations(input: [{ id: "org:x", name: "x" }]) { info { nodesCreated } } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^This API is read-only/), extensions: { code: "READ_ONLY_API" } });
  });

  it("answers /health and /ready", async () => {
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", service: "samverkansgrafen" });
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });
});
