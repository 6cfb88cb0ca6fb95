/**
 * After a restarted local database comes back, the app re-plans its queries (src/database/health.ts
 * prepare with holdRequests) and, meanwhile, the GraphQL plugin (src/http/apollo/database-errors.ts) answers
 * requests that need the database 503 WARMING_UP with Retry-After, except the app's own warm-up
 * requests (they carry the process's token) and, once the work lets them through, the website's
 * operations. At start-up nothing is held. A real Apollo server
 * over a tiny schema; the driver below the health state is a stub that answers or fails on demand.
 */
import { ApolloServer, HeaderMap } from "@apollo/server";
import type { Driver } from "neo4j-driver";
import { Kind, type DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";
import { DatabaseHealth } from "../../../src/database/health.js";
import { databaseErrorsPlugin, WARM_UP_HEADER } from "../../../src/http/apollo/database-errors.js";
import { failedRequestStatusPlugin } from "../../../src/http/apollo/failed-request-status.js";

const stubDriver = (state: { up: boolean }) =>
  ({ executeQuery: () => (state.up ? Promise.resolve({ records: [] }) : Promise.reject(new Error("Failed to connect to server"))) }) as unknown as Driver;

async function ask(apollo: ApolloServer, headers: Record<string, string> = {}, query = "{ answer }") {
  const map = new HeaderMap();
  for (const [k, v] of Object.entries(headers)) map.set(k, v);
  const response = await apollo.executeOperation({ query, http: { method: "POST", headers: map, search: "", body: {} } });
  const body = response.body.kind === "single" ? response.body.singleResult : undefined;
  return { status: response.http.status ?? 200, retryAfter: response.http.headers.get("retry-after"), codes: (body?.errors ?? []).map((e) => e.extensions?.code), data: body?.data };
}

describe("holding requests while the app re-plans after a restart", () => {
  it("answers 503 WARMING_UP to others, lets its own warm-up through, and serves everyone once planned", async () => {
    const state = { up: true };
    let finishPlanning!: () => void;
    const planned = new Promise<void>((resolve) => (finishPlanning = resolve));
    // As the app does for a restarted local database (src/app.ts): plan again, holding requests meanwhile.
    const health: DatabaseHealth = new DatabaseHealth({ driver: stubDriver(state), database: "neo4j", log: () => undefined, onRecovered: () => health.prepare(() => planned, { holdRequests: true }) });
    const token = "token-of-this-process";
    const apollo = new ApolloServer({ typeDefs: "type Query { answer: Int }", resolvers: { Query: { answer: () => 42 } }, plugins: [databaseErrorsPlugin(health, token), failedRequestStatusPlugin()] });
    await apollo.start();

    // Start-up warming (no hold): served.
    let startupDone!: () => void;
    void health.prepare(() => new Promise<void>((resolve) => (startupDone = resolve)));
    expect(health.holdsRequests).toBe(false);
    expect((await ask(apollo)).data).toEqual({ answer: 42 });
    startupDone();

    health.reportUnavailable("ECONNREFUSED");
    expect(await ask(apollo)).toMatchObject({ status: 503, codes: ["DATABASE_UNAVAILABLE"] });
    expect(await health.probe()).toBe(true);
    expect(health.holdsRequests).toBe(true);
    expect(health.readiness()).toMatchObject({ ready: false, status: "warming" });
    expect(await ask(apollo)).toMatchObject({ status: 503, codes: ["WARMING_UP"], retryAfter: "2", data: null });
    expect(await ask(apollo, { [WARM_UP_HEADER]: "a guess" })).toMatchObject({ status: 503, codes: ["WARMING_UP"] });
    expect(await ask(apollo, { [WARM_UP_HEADER]: token })).toMatchObject({ status: 200, data: { answer: 42 } });

    finishPlanning();
    await planned;
    await new Promise((r) => setTimeout(r, 0));
    expect(health.holdsRequests).toBe(false);
    expect(health.readiness()).toEqual({ ready: true, status: "ready" });
    expect(await ask(apollo)).toMatchObject({ status: 200, data: { answer: 42 } });
    health.stop();
    await apollo.stop();
  });

  it("lets the website's operations through once the work releases them, and holds the rest until it is done", async () => {
    const health = new DatabaseHealth({ driver: stubDriver({ up: true }), database: "neo4j", log: () => undefined });
    // A stand-in for the trusted documents: the operation named Site.
    const kindOf = (document: DocumentNode) => (document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === "Site") ? "website" : "other");
    const apollo = new ApolloServer({ typeDefs: "type Query { answer: Int }", resolvers: { Query: { answer: () => 42 } }, plugins: [databaseErrorsPlugin(health, "token", kindOf), failedRequestStatusPlugin()] });
    await apollo.start();
    const site = "query Site { answer }";
    const steps: Record<string, () => void> = {};
    const step = (name: string) => new Promise<void>((resolve) => (steps[name] = resolve));
    const websitePlanned = step("website");
    const allPlanned = step("all");
    const planning = health.prepare(async (release) => {
      await websitePlanned;
      release("website");
      await allPlanned;
    }, { holdRequests: true });
    expect(await ask(apollo, {}, site)).toMatchObject({ status: 503, codes: ["WARMING_UP"] });
    expect(await ask(apollo)).toMatchObject({ status: 503, codes: ["WARMING_UP"] });

    steps.website!();
    await new Promise((r) => setTimeout(r, 0));
    expect(health.holds("website")).toBe(false);
    expect(await ask(apollo, {}, site)).toMatchObject({ status: 200, data: { answer: 42 } });
    expect(await ask(apollo)).toMatchObject({ status: 503, codes: ["WARMING_UP"] });
    expect(health.readiness()).toMatchObject({ ready: false, status: "warming" });

    // A second restart's preparing, not released yet, holds the website again.
    let secondDone!: () => void;
    const second = health.prepare(() => new Promise<void>((resolve) => (secondDone = resolve)), { holdRequests: true });
    expect(await ask(apollo, {}, site)).toMatchObject({ status: 503, codes: ["WARMING_UP"] });
    secondDone();
    await second;

    steps.all!();
    await planning;
    expect(health.holdsRequests).toBe(false);
    expect(await ask(apollo)).toMatchObject({ status: 200, data: { answer: 42 } });
    expect(health.readiness()).toEqual({ ready: true, status: "ready" });
    health.stop();
    await apollo.stop();
  });
});
