/**
 * A database outage under load: ten clients query a real server on its own local
 * Neo4j (never the shared test database), the database is killed mid-run and started again.
 * Asserted: once the outage is known, requests fail fast (503 DATABASE_UNAVAILABLE within 1 s);
 * no request hangs; /ready answers within its timeout; the outage and the recovery are logged;
 * the analyst queries are warmed again; and the time until every client is served again.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { TIME_LIMITS } from "../../../src/config/limits.js";
import { createDriver } from "../../../src/database/connection.js";
import { createNeo4jGraphQL } from "../../../src/graphql/neo4j-graphql.js";
import { startHttpServer, type RunningHttpServer } from "../../../src/http/server.js";
import { startOwnNeo4j, type OwnNeo4j } from "../../support/own-neo4j.js";

const CLIENTS = 10;
const REQUEST_BOUND_MS = 15_000;
const query = JSON.stringify({ query: "{ organisations(limit: 1) { id } }" });

let own: OwnNeo4j;
let driver: Driver;
let server: RunningHttpServer;
let rewarmed = 0;
const logLines: string[] = [];

interface Sample {
  client: number;
  startedAt: number;
  durationMs: number;
  status: number | "hung" | "error";
  code?: string;
}

beforeAll(async () => {
  own = await startOwnNeo4j("outage", { startTimeoutS: 300 });
  const url = own.url;
  driver = createDriver(url, undefined);
  const schema = await createNeo4jGraphQL(driver).getSchema();
  server = await startHttpServer({ schema, driver, database: "neo4j", port: 0, host: "127.0.0.1", onDatabaseRecovered: () => void rewarmed++ });
  const write = process.stderr.write.bind(process.stderr);
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
    logLines.push(String(chunk));
    return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
  });
}, 240_000);

afterAll(async () => {
  vi.restoreAllMocks();
  await server?.close();
  await driver?.close();
  await own?.stop();
});

async function request(client: number): Promise<Sample> {
  const startedAt = performance.now();
  try {
    const response = await fetch(server.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: query, signal: AbortSignal.timeout(REQUEST_BOUND_MS) });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { client, startedAt, durationMs: performance.now() - startedAt, status: response.status, code: body.errors?.[0]?.extensions?.code };
  } catch (error) {
    return { client, startedAt, durationMs: performance.now() - startedAt, status: (error as Error).name === "TimeoutError" ? "hung" : "error" };
  }
}

describe("database outage under load", () => {
  it("fails fast while the database is down and serves everyone again after it is back", async () => {
    // The first query plans (seconds on a busy machine); serve one before the load starts.
    for (let i = 0; i < 30 && (await request(-1)).status !== 200; i++) await new Promise((r) => setTimeout(r, 1_000));
    const samples: Sample[] = [];
    let running = true;
    const clients = Array.from({ length: CLIENTS }, async (_, client) => {
      // Bounded: stops when told, or after 400 requests per client.
      for (let i = 0; running && i < 400; i++) {
        samples.push(await request(client));
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    await new Promise((r) => setTimeout(r, 5_000));
    const baseline = samples.filter((s) => s.status === 200);
    expect(baseline.length, "served before the outage").toBeGreaterThan(CLIENTS);

    await own.local.kill();
    const killedAt = performance.now();
    await new Promise((r) => setTimeout(r, 6_000));
    const readyStarted = performance.now();
    const ready = await fetch(`${server.url}/ready`);
    const readyMs = performance.now() - readyStarted;
    const report = (list: Sample[]) => list.map((s) => `${Math.round(s.startedAt - killedAt)} ms: ${s.status} ${s.code ?? ""} in ${Math.round(s.durationMs)} ms`).join("\n");

    // The outage is known once the first 503 arrived; from then until the restart, every answer is a fast 503.
    const first503 = samples.find((s) => s.startedAt > killedAt && s.status === 503);
    expect(first503, "a 503 after the kill").toBeDefined();
    const knownDown = samples.filter((s) => s.startedAt > first503!.startedAt + first503!.durationMs && s.startedAt + s.durationMs < performance.now());
    expect(knownDown.length).toBeGreaterThan(CLIENTS * 5);
    expect(knownDown.filter((s) => s.status !== 503 || s.code !== "DATABASE_UNAVAILABLE").map((s) => s.status), report(knownDown)).toEqual([]);
    expect(Math.max(...knownDown.map((s) => s.durationMs)), "slowest 503 while known down").toBeLessThan(1_000);
    // How long the first requests after the kill waited before the outage was known.
    const firstAfterKill = samples.filter((s) => s.startedAt > killedAt && s.startedAt < first503!.startedAt + first503!.durationMs);
    expect(Math.max(0, ...firstAfterKill.map((s) => s.durationMs)), report(firstAfterKill)).toBeLessThan(5_000);
    const restartAt = performance.now();
    await own.local.start();
    const startedAt = performance.now();
    // Every client served again: each one's latest answer is a 200 (bounded wait).
    const deadline = Date.now() + 60_000;
    let backAt: number | undefined;
    while (Date.now() < deadline) {
      const latest = new Map<number, Sample>();
      for (const s of samples) if (s.startedAt > startedAt) latest.set(s.client, s);
      if (latest.size === CLIENTS && [...latest.values()].every((s) => s.status === 200)) {
        backAt = performance.now();
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    running = false;
    await Promise.all(clients);

    // No request hung or failed at the HTTP level.
    expect(samples.filter((s) => typeof s.status !== "number").length, "hung or broken requests").toBe(0);
    expect(samples.filter((s) => typeof s.status === "number" && s.status >= 500 && s.status !== 503).length).toBe(0);
    // /ready answered within its timeout, with 503.
    expect(ready.status).toBe(503);
    expect(readyMs).toBeLessThan(TIME_LIMITS.readyTimeoutMs + 1_000);
    // Back: every client served within 30 s of the database accepting connections again.
    expect(backAt, "every client served again").toBeDefined();
    const backMs = backAt! - startedAt;
    expect(backMs).toBeLessThan(30_000);
    const logged = logLines.join("");
    expect(logged).toContain('"event":"database_down"');
    expect(logged).toContain('"event":"database_up"');
    expect(rewarmed).toBeGreaterThanOrEqual(1);
    console.log(
      `outage figures: first 503 after ${Math.round(first503!.startedAt + first503!.durationMs - killedAt)} ms; slowest 503 while known down ${Math.round(Math.max(...knownDown.map((s) => s.durationMs)))} ms;` +
        ` /ready ${Math.round(readyMs)} ms; restart took ${Math.round(startedAt - restartAt)} ms; all clients served ${Math.round(backMs)} ms after it`,
    );
  }, 420_000);
});
