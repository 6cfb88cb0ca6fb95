/**
 * The fair queue (src/http/middleware/fair-share.ts) on real Express responses over loopback:
 * a page of parallel reads is served, not refused; a client's requests beyond those in flight wait
 * their turn in order; only a full queue is refused (429 with Retry-After); clients are apart;
 * waiting requests are let through at once when asked (the database is known to be down).
 */
import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { fairQueue, type FairQueue } from "../../../src/http/middleware/fair-share.js";

let close: (() => Promise<void>) | undefined;

afterEach(async () => {
  await close?.();
  close = undefined;
});

/** A server whose requests finish only when the test says so. */
async function serve(queue: FairQueue, trustProxy: number | false = false) {
  const app = express();
  app.set("trust proxy", trustProxy);
  const open: (() => void)[] = [];
  const started: string[] = [];
  app.get("/r/:n", queue.middleware, (req, res) => {
    const n = String(req.params.n);
    started.push(n);
    open.push(() => res.json({ n }));
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  close = () =>
    new Promise((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const finishAll = () => open.splice(0).forEach((finish) => finish());
  return { base, open, started, finishAll };
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe("the fair queue", () => {
  it("serves a page of 30 parallel reads: 8 at once, the rest in order as turns free", async () => {
    const queue = fairQueue(8, 32);
    const { base, open, started, finishAll } = await serve(queue);
    const answers = Array.from({ length: 30 }, (_, n) => fetch(`${base}/r/${n}`));
    await until(() => queue.size().inFlight + queue.size().waiting === 30);
    expect(queue.size()).toEqual({ inFlight: 8, waiting: 22 });
    expect(started).toHaveLength(8);
    const releasing = setInterval(finishAll, 20);
    const statuses = (await Promise.all(answers)).map((r) => r.status);
    clearInterval(releasing);
    expect(statuses).toEqual(Array(30).fill(200));
    expect(started.slice(8)).toEqual(Array.from({ length: 22 }, (_, n) => String(n + 8)));
    expect(queue.size()).toEqual({ inFlight: 0, waiting: 0 });
    expect(open).toHaveLength(0);
  });

  it("refuses only beyond the queue, with 429, Retry-After and the GraphQL error shape", async () => {
    const queue = fairQueue(2, 3);
    const { base, finishAll } = await serve(queue);
    const kept = Array.from({ length: 5 }, (_, n) => fetch(`${base}/r/${n}`));
    await until(() => queue.size().waiting === 3);
    const refused = await fetch(`${base}/r/extra`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(await refused.json()).toEqual({ errors: [{ message: expect.stringMatching(/at most 2 in flight and 3 waiting/), extensions: { code: "TOO_MANY_CONCURRENT_REQUESTS", retryable: true } }] });
    const releasing = setInterval(finishAll, 20);
    expect((await Promise.all(kept)).map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    clearInterval(releasing);
  });

  it("tells clients behind a trusted proxy apart by X-Forwarded-For", async () => {
    const queue = fairQueue(1, 0);
    const { base, finishAll } = await serve(queue, 1);
    const first = fetch(`${base}/r/a`, { headers: { "x-forwarded-for": "203.0.113.1" } });
    await until(() => queue.size().inFlight === 1);
    const other = fetch(`${base}/r/b`, { headers: { "x-forwarded-for": "203.0.113.2" } });
    const same = await fetch(`${base}/r/c`, { headers: { "x-forwarded-for": "203.0.113.1" } });
    expect(same.status).toBe(429);
    await until(() => queue.size().inFlight === 2);
    finishAll();
    expect((await first).status).toBe(200);
    expect((await other).status).toBe(200);
  });

  it("lets every waiting request through when told to", async () => {
    const queue = fairQueue(1, 5);
    const { base, started, finishAll } = await serve(queue);
    const answers = Array.from({ length: 4 }, (_, n) => fetch(`${base}/r/${n}`));
    await until(() => queue.size().waiting === 3);
    queue.admitAll();
    await until(() => started.length === 4);
    expect(started).toHaveLength(4);
    finishAll();
    expect((await Promise.all(answers)).map((r) => r.status)).toEqual([200, 200, 200, 200]);
  });

  it("gives up the place of a request whose client went away", async () => {
    const queue = fairQueue(1, 5);
    const { base, finishAll } = await serve(queue);
    const first = fetch(`${base}/r/0`);
    await until(() => queue.size().inFlight === 1);
    const controller = new AbortController();
    const gone = fetch(`${base}/r/1`, { signal: controller.signal }).catch(() => "aborted");
    await until(() => queue.size().waiting === 1);
    controller.abort();
    expect(await gone).toBe("aborted");
    await until(() => queue.size().waiting === 0);
    expect(queue.size()).toEqual({ inFlight: 1, waiting: 0 });
    finishAll();
    expect((await first).status).toBe(200);
  });
});
