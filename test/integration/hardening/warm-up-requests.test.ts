/**
 * The app's own warm-up requests (src/website/warm.ts, with the server's warm-up headers) must
 * reach the database, since their purpose is to make Neo4j plan each operation: they are neither
 * refused by the fair share (they come from the app's own address, like a busy local client) nor
 * answered from the answer cache. A real server on the shared test Neo4j; it writes one throw-away
 * entity (so it runs in the `writers` project, after the suites that read the whole graph).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNeo4jGraphQL } from "../../../src/graphql/neo4j-graphql.js";
import { startHttpServer, type RunningHttpServer } from "../../../src/http/server.js";
import { readTrustedDocuments } from "../../../src/website/trusted-documents.js";
import { testDatabase, testDriver } from "../../support/test-database.js";

const db = testDatabase();
const driver = testDriver(db);
const ID = "org:warm-up-test";
let server: RunningHttpServer;
const entityById = [...readTrustedDocuments().byId.values()].find((d) => d.operationName === "EntityById")!;

async function readName(headers: Record<string, string> = {}): Promise<{ status: number; name?: string }> {
  const response = await fetch(server.graphqlUrl, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: entityById.id } }, variables: { id: ID } }),
  });
  const body = (await response.json()) as { data?: { entity?: { name: string } } };
  return { status: response.status, name: body.data?.entity?.name };
}

beforeAll(async () => {
  await driver.executeQuery("MERGE (o:Entity:Organisation {id: $id}) SET o.name = 'Före', o.kind = 'MUNICIPALITY', o.sourceQuotes = [], o.sourceDocuments = [], o.inferred = false", { id: ID }, { database: db.database });
  const schema = await createNeo4jGraphQL(driver).getSchema();
  server = await startHttpServer({ schema, driver, database: db.database, port: 0, host: "127.0.0.1", fairShare: { requestsPerMinute: 3, concurrentPerClient: 4, queuedPerClient: 4 } });
});

afterAll(async () => {
  await server?.close();
  await driver.executeQuery("MATCH (o:Entity {id: $id}) DETACH DELETE o", { id: ID }, { database: db.database });
  await driver.close();
});

describe("the app's own warm-up requests", () => {
  it("are not answered from the cache, and not refused by the fair share", async () => {
    expect(await readName()).toEqual({ status: 200, name: "Före" });
    // Changed behind the app's back (no new graph version): a client's read is served from the cache.
    await driver.executeQuery("MATCH (o:Entity {id: $id}) SET o.name = 'Efter'", { id: ID }, { database: db.database });
    expect(await readName()).toEqual({ status: 200, name: "Före" });
    expect(await readName(server.warmUpHeaders)).toEqual({ status: 200, name: "Efter" });
    expect(await readName()).toEqual({ status: 200, name: "Före" });
    // The client has used its three requests of the minute (the warm-up's did not count); the warm-up still passes, a wrong token does not.
    expect((await readName()).status).toBe(429);
    expect(await readName(server.warmUpHeaders)).toEqual({ status: 200, name: "Efter" });
    const [header] = Object.keys(server.warmUpHeaders);
    expect((await readName({ [header!]: "a guess" })).status).toBe(429);
  });
});
