/**
 * When the local Neo4j dies under a running app, /ready fails and GraphQL answers with a clear,
 * typed error with Retry-After (not a crash); a read the answer cache answered in the last known
 * version is still served, and its conditional GET gets 304; when the database comes back, the
 * same app recovers by itself.
 * Uses its own local Neo4j: the shared test database must not be killed.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GRAPH_META_ID } from "../../src/changes/tracking.js";
import type { RunningHttpServer } from "../../src/http/server.js";
import { postGraphQL, startTestServer } from "../support/test-server.js";
import { startOwnNeo4j, type OwnNeo4j } from "../support/own-neo4j.js";

let own: OwnNeo4j;
let driver: Driver;
let server: RunningHttpServer;
const query = "{ organisations(limit: 1) { id } }";
const readUrl = (text = query) => `${server.graphqlUrl}?query=${encodeURIComponent(text)}`;
/** A read that was never answered before the outage: nothing kept for it. */
const unansweredQuery = "{ organisations(limit: 2) { id } }";
let graphqlEtag: string;
let exportEtag: string;

async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 500));
  }
}

beforeAll(async () => {
  own = await startOwnNeo4j("recovery");
  const url = own.url;
  driver = neo4j.driver(url, undefined, { connectionAcquisitionTimeout: 5_000, connectionTimeout: 2_000, maxTransactionRetryTime: 2_000 });
  // A graph version, as a seeded graph has: the validators (ETag) are made from it.
  await driver.executeQuery("CREATE (:GraphMeta {id: $id, version: 'g1-1', modifiedAt: datetime()})", { id: GRAPH_META_ID }, { database: "neo4j" });
  server = await startTestServer(driver, "neo4j");
});

afterAll(async () => {
  await server?.close();
  await driver?.close();
  await own?.stop();
});

describe("database outage and recovery", () => {
  it("serves while the database is up", async () => {
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    expect(await postGraphQL(server.graphqlUrl, query)).toMatchObject({ status: 200, data: { organisations: [] } });
    const read = await fetch(readUrl());
    expect(read.status).toBe(200);
    graphqlEtag = read.headers.get("etag")!;
    expect(graphqlEtag).toBeTruthy();
    const head = await fetch(readUrl(), { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(graphqlEtag);
    const exported = await fetch(`${server.url}/export/graph.ndjson`);
    expect(exported.status).toBe(200);
    await exported.arrayBuffer();
    exportEtag = exported.headers.get("etag")!;
    expect(exportEtag).toBeTruthy();
  });

  it("reports the outage: /ready 503, /health 200, GraphQL a typed DATABASE_UNAVAILABLE error", async () => {
    await own.local.kill();
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "unavailable" });
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const result = await postGraphQL(server.graphqlUrl, query);
    expect(result.status).toBe(503);
    expect(result.errors).toEqual([{ message: expect.stringMatching(/database is not reachable/), extensions: { code: "DATABASE_UNAVAILABLE", retryable: true } }]);
  });

  it("answers the outage with Retry-After, and a read of the last known version from the answer cache, its conditional GET with 304", async () => {
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.headers.get("retry-after")).toMatch(/^\d+$/);
    const kept = await fetch(readUrl());
    expect(kept.status).toBe(200);
    expect(kept.headers.get("etag")).toBe(graphqlEtag);
    expect(await kept.json()).toEqual({ data: { organisations: [] } });
    const read = await fetch(readUrl(unansweredQuery));
    expect(read.status).toBe(503);
    expect(read.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(((await read.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("DATABASE_UNAVAILABLE");
    const revalidated = await fetch(readUrl(), { headers: { "if-none-match": graphqlEtag } });
    expect(revalidated.status).toBe(304);
    // Another tag is not the current answer: no 304 (the kept answer itself comes back).
    expect((await fetch(readUrl(), { headers: { "if-none-match": 'W/"not-this"' } })).status).toBe(200);
    expect((await fetch(`${server.url}/export/graph.ndjson`, { headers: { "if-none-match": exportEtag } })).status).toBe(304);
    // The export file of the last version was written once: it is still served from disk.
    const fromDisk = await fetch(`${server.url}/export/graph.ndjson`);
    expect(fromDisk.status).toBe(200);
    expect(fromDisk.headers.get("etag")).toBe(exportEtag);
    await fromDisk.arrayBuffer();
  });

  it("recovers without restarting the app once the database is back", async () => {
    await own.local.start();
    const ready = await eventually(() => fetch(`${server.url}/ready`).then((r) => r.status), (s) => s === 200);
    expect(ready).toBe(200);
    const result = await eventually(() => postGraphQL(server.graphqlUrl, query), (r) => r.status === 200);
    expect(result).toMatchObject({ status: 200, data: { organisations: [] } });
  });
});
