/** The freshness rules of a conditional GET, and the answer cache with its content ETags, over real HTTP with a stand-in graph version. */
import type { AddressInfo } from "node:net";
import express, { type Request } from "express";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphVersion } from "../../../src/changes/graph-version.js";
import { answerDependsOnDate, capMaxAge } from "../../../src/http/cache/answer-date.js";
import { AnswerStore } from "../../../src/http/cache/answer-store.js";
import { pathReadKey } from "../../../src/http/cache/request-keys.js";
import { answerCache } from "../../../src/http/middleware/answer-cache.js";
import { isCacheablePolicy, isNotModified } from "../../../src/http/middleware/conditional-get.js";

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

describe("capMaxAge", () => {
  it("lowers a larger max-age to the cap and leaves a smaller one", () => {
    expect(capMaxAge("max-age=60, public", 30)).toBe("max-age=30, public");
    expect(capMaxAge("max-age=60, public", 300)).toBe("max-age=60, public");
  });
});

describe("the answer cache over HTTP", () => {
  let version: GraphVersion | null = null;
  let today = "2026-12-06";
  let answer: unknown = { answer: 42 };
  let runs = 0;
  let dated = false;
  let status = 200;
  let delayMs = 0;
  let base = "";
  let store: AnswerStore;
  let close = () => {};
  beforeAll(async () => {
    const app = express();
    store = new AnswerStore({ maxBytes: 64 * 1024, rememberedEtags: 100 });
    app.use(answerCache({ store, graphVersion: { current: async () => version }, appliesTo: () => true, keyOf: pathReadKey, today: () => today, secondsLeftToday: () => 100 }));
    app.get("/read/:n", async (req, res) => {
      runs++;
      if (delayMs) await sleep(delayMs);
      if (dated) answerDependsOnDate(res, today);
      res.setHeader("Cache-Control", status === 200 ? "max-age=600, public" : "no-store");
      res.status(status).json({ n: req.params.n, answer, pad: "x".repeat(req.params.n === "big" ? 40_000 : 0) });
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((ready) => server.once("listening", ready));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/read`;
    close = () => server.close();
  });
  afterAll(() => close());
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}/${path}`, { headers });
    return { status: response.status, etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified"), cacheControl: response.headers.get("cache-control"), body: await response.text() };
  };

  it("answers a repeated read from the cache and a conditional GET with 304, without running the read", async () => {
    version = { version: "v1", modifiedAt: modified.toISOString() };
    const first = await get("a");
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^W\/".+"$/);
    expect(first.lastModified).toBe(modified.toUTCString());
    const before = runs;
    const again = await get("a");
    expect(again.body).toBe(first.body);
    expect(again.etag).toBe(first.etag);
    const conditional = await get("a", { "if-none-match": first.etag! });
    expect(conditional.status).toBe(304);
    // Every answer holds for its day (a question without a date answers for today): max-age ends at midnight, 100 s away here.
    expect(conditional.cacheControl).toBe("max-age=100, public");
    expect(runs).toBe(before);
  });

  it("runs again in a new graph version, and keeps ETag, Last-Modified and the 304 when the answer is the same", async () => {
    version = { version: "v1", modifiedAt: modified.toISOString() };
    const first = await get("b");
    version = { version: "v2", modifiedAt: "2026-04-01T00:00:00.000Z" };
    const before = runs;
    const after = await get("b", { "if-none-match": first.etag! });
    expect(runs).toBe(before + 1);
    expect(after.status).toBe(304);
    expect(after.etag).toBe(first.etag);
    expect(after.lastModified).toBe(first.lastModified);
  });

  it("gives a changed answer a new ETag and a 200, never the old answer", async () => {
    version = { version: "v3", modifiedAt: modified.toISOString() };
    const first = await get("c");
    answer = { answer: 43 };
    version = { version: "v4", modifiedAt: "2026-05-01T00:00:00.000Z" };
    const after = await get("c", { "if-none-match": first.etag! });
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(first.etag);
    expect(JSON.parse(after.body).answer).toEqual({ answer: 43 });
    expect(after.lastModified).toBe(new Date("2026-05-01T00:00:00.000Z").toUTCString());
    answer = { answer: 42 };
  });

  it("keeps a dated answer for its day only, with max-age capped at midnight", async () => {
    version = { version: "v5", modifiedAt: modified.toISOString() };
    dated = true;
    try {
      const first = await get("d");
      expect(first.cacheControl).toBe("max-age=100, public");
      const before = runs;
      await get("d");
      expect(runs).toBe(before);
      today = "2026-12-07";
      await get("d");
      expect(runs).toBe(before + 1);
    } finally {
      dated = false;
      today = "2026-12-06";
    }
  });

  it("runs identical reads that arrive together once", async () => {
    version = { version: "v6", modifiedAt: modified.toISOString() };
    delayMs = 200;
    try {
      const before = runs;
      const answers = await Promise.all([get("e"), get("e"), get("e")]);
      expect(runs).toBe(before + 1);
      expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    } finally {
      delayMs = 0;
    }
  });

  it("keeps no errors: no validators, and the read runs every time", async () => {
    version = { version: "v7", modifiedAt: modified.toISOString() };
    status = 500;
    try {
      const first = await get("f");
      expect(first.status).toBe(500);
      expect(first.etag).toBeNull();
      expect(first.lastModified).toBeNull();
      const before = runs;
      await get("f");
      expect(runs).toBe(before + 1);
    } finally {
      status = 200;
    }
  });

  it("without a graph version keeps nothing, and still gives the answer's ETag and 304", async () => {
    version = null;
    const first = await get("g");
    expect(first.lastModified).toBeNull();
    expect(first.etag).toMatch(/^W\/".+"$/);
    const before = runs;
    const conditional = await get("g", { "if-none-match": first.etag! });
    expect(conditional.status).toBe(304);
    expect(runs).toBe(before + 1);
  });

  it("stays within its memory bound", async () => {
    version = { version: "v8", modifiedAt: modified.toISOString() };
    for (let i = 0; i < 4; i++) await get(`big?i=${i}`);
    expect(store.bytes).toBeGreaterThan(0);
    expect(store.bytes).toBeLessThanOrEqual(64 * 1024);
  });
});
