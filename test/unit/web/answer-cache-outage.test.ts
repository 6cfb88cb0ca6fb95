/**
 * The answer cache while the database is down, over real HTTP with a stand-in graph version and
 * database state: a conditional GET naming the ETag its read was answered with at the last known
 * version gets 304 without running, even with no answer kept; anything else goes to the read.
 */
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphVersion } from "../../../src/changes/graph-version.js";
import { AnswerStore } from "../../../src/http/cache/answer-store.js";
import { pathReadKey } from "../../../src/http/cache/request-keys.js";
import { answerCache } from "../../../src/http/middleware/answer-cache.js";

describe("the answer cache while the database is down", () => {
  let version: GraphVersion = { version: "g1", modifiedAt: "2026-12-06T10:00:00Z" };
  let down = false;
  let runs = 0;
  let base = "";
  let close = () => {};
  beforeAll(async () => {
    const app = express();
    // No memory for answers: the 304 must come from the validators alone.
    const store = new AnswerStore({ maxBytes: 0, rememberedEtags: 100 });
    app.use(answerCache({ store, graphVersion: { current: async () => version }, appliesTo: () => true, keyOf: pathReadKey, databaseDown: () => down, today: () => "2026-12-06", secondsLeftToday: () => 100 }));
    app.get("/read/:n", (req, res) => {
      runs++;
      if (down) return void res.status(503).setHeader("Cache-Control", "no-store").json({ errors: [{ message: "down", extensions: { code: "DATABASE_UNAVAILABLE" } }] });
      res.setHeader("Cache-Control", "max-age=600, public");
      res.json({ n: req.params.n, version: version.version });
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((ready) => server.once("listening", ready));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/read`;
    close = () => server.close();
  });
  afterAll(() => close());

  it("answers 304 to the ETag handed out at the last known version, without running the read", async () => {
    down = false;
    const first = await fetch(`${base}/a`);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"/);
    down = true;
    runs = 0;
    const again = await fetch(`${base}/a`, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    // Every answer holds for its day: max-age capped at midnight, as when it was answered.
    expect(again.headers.get("cache-control")).toBe("max-age=100, public");
    expect(runs).toBe(0);
  });

  it("sends another ETag, a read never answered, or a plain GET on to the read (503)", async () => {
    down = true;
    runs = 0;
    expect((await fetch(`${base}/a`, { headers: { "If-None-Match": 'W/"other"' } })).status).toBe(503);
    expect((await fetch(`${base}/never`, { headers: { "If-None-Match": "*" } })).status).toBe(503);
    expect((await fetch(`${base}/a`)).status).toBe(503);
    expect(runs).toBe(3);
  });

  it("does not answer 304 to an ETag of an older version", async () => {
    down = false;
    const old = (await fetch(`${base}/b`)).headers.get("etag")!;
    version = { version: "g2", modifiedAt: "2026-12-06T11:00:00Z" };
    down = true;
    expect((await fetch(`${base}/b`, { headers: { "If-None-Match": old } })).status).toBe(503);
  });

  it("gives no 304 from the validators while the database is up: the read decides", async () => {
    down = false;
    const etag = (await fetch(`${base}/c`)).headers.get("etag")!;
    runs = 0;
    const again = await fetch(`${base}/c`, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(runs).toBe(1);
  });
});
