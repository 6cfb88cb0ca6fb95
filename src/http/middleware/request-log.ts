/**
 * Structured logs: one JSON line on stderr per request (request id, method, path, status,
 * duration, client), and the request id in the `X-Request-Id` response header so a client can
 * quote it.
 */
import { randomUUID } from "node:crypto";
import type { RequestHandler, Response } from "express";
import { writeLogLine } from "../log-line.js";

const REQUEST_ID_HEADER = "X-Request-Id";

export function requestIdOf(res: Response): string | undefined {
  return res.locals.requestId as string | undefined;
}

export function requestLog(options: { enabled: boolean }): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    if (options.enabled) {
      res.on("close", () => {
        writeLogLine({
          event: "request",
          requestId,
          method: req.method,
          path: req.path,
          status: res.statusCode,
          durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
          client: req.ip,
          aborted: !res.writableFinished,
        });
      });
    }
    next();
  };
}
