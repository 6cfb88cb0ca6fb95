/** The freshness rules of the conditional-GET middleware, and its fallback without a graph version. */
import type { AddressInfo } from "node:net";
import express, { type Request } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphVersion } from "../../../src/changes/graph-version.js";
import { conditionalGet, isCacheablePolicy, isNotModified } from "../../../src/http/middleware/conditional-get.js";

const request = (headers: Record<string, string>) => ({ get: (name: string) => headers[name.toLowerCase()] }) as unknown as Request;
const modified = new Date("2026-03-01T10:00:00.400Z");

describe("isNotModified", () => {
  it("matches If-None-Match weakly, in a list, and *", () => {
    expect(isNotModified(request({ "if-none-match": 'W/"abc"' }), 'W/"abc"', modified)).toBe(true);
    expect(isNotModified(request({ "if-none-match": '"x", "abc"' }), 'W/"abc"', modified)).toBe(true);
    expect(isNotModified(request({ "if-none-match": "*" }), 'W/"abc"', modified)).toBe(true);
    expect(isNotModified(request({ "if-none-match": 'W/"abd"' }), 'W/"abc"', modified)).toBe(false);
  });

  it("lets If-None-Match decide over If-Modified-Since", () => {
    expect(isNotModified(request({ "if-none-match": 'W/"old"', "if-modified-since": modified.toUTCString() }), 'W/"abc"', modified)).toBe(false);
  });

  it("compares If-Modified-Since in whole seconds", () => {
    expect(isNotModified(request({ "if-modified-since": modified.toUTCString() }), 'W/"abc"', modified)).toBe(true);
    expect(isNotModified(request({ "if-modified-since": new Date("2026-03-01T09:59:59Z").toUTCString() }), 'W/"abc"', modified)).toBe(false);
    expect(isNotModified(request({ "if-modified-since": "not a date" }), 'W/"abc"', modified)).toBe(false);
    expect(isNotModified(request({}), 'W/"abc"', modified)).toBe(false);
  });
});

describe("isCacheablePolicy", () => {
  it("accepts a public positive max-age only", () => {
    expect(isCacheablePolicy("max-age=60, public")).toBe(true);
    expect(isCacheablePolicy("max-age=0, public")).toBe(false);
    expect(isCacheablePolicy("no-store")).toBe(false);
    expect(isCacheablePolicy("max-age=60, private")).toBe(false);
    expect(isCacheablePolicy(undefined)).toBe(false);
  });
});

describe("conditionalGet over HTTP", () => {
  let version: GraphVersion | null = null;
  let runs = 0;
  let url = "";
  let close = () => {};
  beforeAll(async () => {
    const app = express();
    app.use(conditionalGet({ graphVersion: { current: async () => version }, fingerprint: "f", appliesTo: () => true }));
    app.get("/read", (_req, res) => {
      runs++;
      res.setHeader("Cache-Control", "max-age=60, public");
      res.json({ answer: 42 });
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((ready) => server.once("listening", ready));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/read`;
    close = () => server.close();
  });
  afterAll(() => close());

  it("answers a repeated conditional GET with 304 without running the handler", async () => {
    version = { version: "v1", modifiedAt: modified.toISOString() };
    const first = await fetch(url);
    const etag = first.headers.get("etag")!;
    await first.arrayBuffer();
    const before = runs;
    const second = await fetch(url, { headers: { "if-none-match": etag } });
    expect(second.status).toBe(304);
    expect(second.headers.get("cache-control")).toBe("max-age=60, public");
    expect(runs).toBe(before);
  });

  it("without a graph version adds no validators of its own (Express's body ETag remains)", async () => {
    version = null;
    const response = await fetch(url);
    expect(response.headers.get("last-modified")).toBeNull();
    expect(response.headers.get("etag")).toMatch(/^W\/"[0-9a-f]+-/);
    await response.arrayBuffer();
  });

  it("gives a version without a time no Last-Modified: only its ETag earns a 304", async () => {
    version = { version: "v-untimed", modifiedAt: null };
    const first = await fetch(url);
    expect(first.headers.get("last-modified")).toBeNull();
    const etag = first.headers.get("etag")!;
    await first.arrayBuffer();
    const before = runs;
    const sinceOnly = await fetch(url, { headers: { "if-modified-since": new Date().toUTCString() } });
    expect(sinceOnly.status).toBe(200);
    await sinceOnly.arrayBuffer();
    expect(runs).toBe(before + 1);
    const byEtag = await fetch(url, { headers: { "if-none-match": etag } });
    expect(byEtag.status).toBe(304);
  });
});
