/**
 * Fair share between clients (by IP address): a rate limit (express-rate-limit, requests per
 * minute) and a cap on one client's requests in flight at once. Together with the root-field
 * limit (each root field takes at most one database connection), one client cannot hold more
 * than concurrentPerClient × maxRootFields of the driver's 100 connections. Either is off at 0
 * (for a deployment behind a trusted gateway that does this itself).
 */
import type { RequestHandler } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import { graphqlErrorBody } from "./error-body.js";

export interface FairShareOptions {
  /** Requests per client per minute; 0: no rate limit. */
  requestsPerMinute: number;
  /** Requests of one client in flight at once; 0: no cap. */
  concurrentPerClient: number;
}

const clientKey = (ip: string | undefined) => ipKeyGenerator(ip ?? "unknown");

function rateLimitMiddleware(requestsPerMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: requestsPerMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    // Written out (not through clientKey): express-rate-limit checks that its key generator calls
    // ipKeyGenerator on the IP, by reading the function's source.
    keyGenerator: (req) => ipKeyGenerator(req.ip ?? "unknown"),
    // GraphQL clients expect JSON, not express-rate-limit's default text.
    handler: (_req, res) => {
      res.status(429).json(graphqlErrorBody("RATE_LIMITED", `Too many requests: at most ${requestsPerMinute} per minute per client. Try again shortly.`, { retryable: true }));
    },
  });
}

/** Rejects (429) a client's request while it already has `limit` requests in flight. */
function concurrencyLimitMiddleware(limit: number): RequestHandler {
  const inFlight = new Map<string, number>();
  return (req, res, next) => {
    const key = clientKey(req.ip);
    const current = inFlight.get(key) ?? 0;
    if (current >= limit) {
      res.status(429).json(graphqlErrorBody("TOO_MANY_CONCURRENT_REQUESTS", `Too many requests at once: at most ${limit} in flight per client.`, { retryable: true }));
      return;
    }
    inFlight.set(key, current + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const left = (inFlight.get(key) ?? 1) - 1;
      if (left <= 0) inFlight.delete(key);
      else inFlight.set(key, left);
    };
    res.on("close", release);
    res.on("finish", release);
    next();
  };
}

export function fairShare(options: FairShareOptions): RequestHandler[] {
  const handlers: RequestHandler[] = [];
  if (options.requestsPerMinute > 0) handlers.push(rateLimitMiddleware(options.requestsPerMinute));
  if (options.concurrentPerClient > 0) handlers.push(concurrencyLimitMiddleware(options.concurrentPerClient));
  return handlers;
}
