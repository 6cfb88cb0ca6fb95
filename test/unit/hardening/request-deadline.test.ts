/**
 * The request deadline (src/http/middleware/request-deadline.ts) on a real Express server: a
 * request without an answer in time gets 504 REQUEST_TIMEOUT, its work is told to stop, and the
 * connection is closed, so the work's late answer cannot cut another request on it.
 */
import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it, vi } from "vitest";
import { httpErrorHandler } from "../../../src/http/middleware/http-errors.js";
import { requestDeadline, signalOf } from "../../../src/http/middleware/request-deadline.js";

let close: (() => void) | undefined;
afterEach(() => close?.());

describe("the request deadline", () => {
  it("answers 504 with its code, stops the work and closes the connection", async () => {
    const app = express();
    let stopped = false;
    app.use(requestDeadline(100));
    app.get("/slow", (_req, res, next) => {
      signalOf(res)?.addEventListener("abort", () => (stopped = true));
      // Work that ignores the signal and answers late, as Apollo's would: the error goes to Express.
      setTimeout(() => {
        try {
          res.json({ late: true });
        } catch (error) {
          next(error);
        }
      }, 300);
    });
    app.get("/fast", (_req, res) => void res.json({ ok: true }));
    app.use(httpErrorHandler);
    const logged: string[] = [];
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (logged.push(String(chunk)), true));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    close = () => {
      server.closeAllConnections();
      server.close();
    };
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const slow = await fetch(`${base}/slow`);
    expect(slow.status).toBe(504);
    expect(slow.headers.get("connection")).toBe("close");
    expect(await slow.json()).toEqual({ errors: [{ message: expect.stringMatching(/No answer within 0.1 s/), extensions: { code: "REQUEST_TIMEOUT", retryable: true } }] });
    expect(stopped).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect((await fetch(`${base}/fast`)).status).toBe(200);
    stderr.mockRestore();
    // The late answer is dropped with one log line of its own, not a stack on stderr.
    expect(logged.map((line) => JSON.parse(line) as { event: string })).toEqual([expect.objectContaining({ event: "late_answer_dropped", level: "info" })]);
  });
});
