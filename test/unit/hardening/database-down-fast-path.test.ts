/**
 * The 503 fast path (src/http/middleware/database-down.ts) on a real Express server: while the
 * database is down, a GraphQL request that needs it is answered 503 DATABASE_UNAVAILABLE with
 * Retry-After before anything parses it; while the app re-plans after a restart, 503 WARMING_UP,
 * except the app's own warm-up and, once the app has let them through, the website's operations;
 * a document that may be introspection, and every request while the database is up, go on. The
 * health state is a plain object (the middleware only reads it).
 */
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseDownFastPath } from "../../../src/http/middleware/database-down.js";

const health = { isUp: true, holdsRequests: false, websiteLetThrough: false, retryAfterS: () => 2, holds: (kind: "website" | "other") => health.holdsRequests && !(kind === "website" && health.websiteLetThrough) };
/** A stand-in for the trusted documents: the query that names `website`. */
const kindOf = (req: express.Request) => ((req.body as { query?: string } | undefined)?.query?.includes("website") ? "website" : "other");
let base = "";
let close: () => void;

beforeAll(async () => {
  const app = express();
  app.use("/graphql", express.json(), databaseDownFastPath(health, (req) => req.get("x-warm-up") === "ok", kindOf), (_req, res) => void res.json({ data: { passed: true } }));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  close = () => server.close();
});
afterAll(() => close());

const post = async (query: string, headers: Record<string, string> = {}) => {
  const response = await fetch(base, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions: { code: string; retryable?: boolean } }[] };
  return { status: response.status, retryAfter: response.headers.get("retry-after"), code: body.errors?.[0]?.extensions.code, retryable: body.errors?.[0]?.extensions.retryable, passed: (body.data as { passed?: boolean } | null)?.passed === true };
};

describe("the 503 fast path", () => {
  it("lets everything through while the database is up", async () => {
    Object.assign(health, { isUp: true, holdsRequests: false });
    expect(await post("{ organisations { id } }")).toMatchObject({ status: 200, passed: true });
  });

  it("answers 503 DATABASE_UNAVAILABLE at once while it is down, but lets introspection go on", async () => {
    Object.assign(health, { isUp: false, holdsRequests: false });
    expect(await post("{ organisations { id } }")).toEqual({ status: 503, retryAfter: "2", code: "DATABASE_UNAVAILABLE", retryable: true, passed: false });
    expect(await post("query IntrospectionQuery { __schema { types { name } } }")).toMatchObject({ status: 200, passed: true });
    const get = await fetch(`${base}?query=${encodeURIComponent("{ meetings { id } }")}`);
    expect(get.status).toBe(503);
    // GraphiQL's page (no document) still loads.
    expect((await fetch(base, { headers: { accept: "text/html" } })).status).toBe(200);
  });

  it("answers 503 WARMING_UP while the app re-plans, except its own warm-up", async () => {
    Object.assign(health, { isUp: true, holdsRequests: true });
    expect(await post("{ organisations { id } }")).toMatchObject({ status: 503, code: "WARMING_UP", retryAfter: "2" });
    expect(await post("{ organisations { id } }", { "x-warm-up": "ok" })).toMatchObject({ status: 200, passed: true });
    expect(await post("query website { organisations { id } }")).toMatchObject({ status: 503, code: "WARMING_UP" });
  });

  it("lets the website's operations through once the app has planned them, and holds the rest", async () => {
    Object.assign(health, { isUp: true, holdsRequests: true, websiteLetThrough: true });
    expect(await post("query website { organisations { id } }")).toMatchObject({ status: 200, passed: true });
    expect(await post("{ organisations { id } }")).toMatchObject({ status: 503, code: "WARMING_UP" });
    Object.assign(health, { isUp: false });
    expect(await post("query website { organisations { id } }")).toMatchObject({ status: 503, code: "DATABASE_UNAVAILABLE" });
    Object.assign(health, { isUp: true, holdsRequests: false, websiteLetThrough: false });
  });
});
