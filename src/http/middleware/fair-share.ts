/**
 * Fair share between clients: a rate limit (express-rate-limit, requests per minute) and a short
 * fair queue per client. A client has at most `concurrentPerClient` requests in flight; the next
 * `queuedPerClient` wait their turn (in order, each bounded by the request deadline, which
 * answers it if its turn does not come); only a request beyond those is refused (429 with
 * Retry-After). A browser's page load of a few dozen parallel reads is served, one client cannot
 * hold more than concurrentPerClient × maxRootFields of the driver's connections, and a waiting
 * request costs only its socket. Either limit is off at 0 (behind a gateway that limits itself).
 *
 * Clients are told apart by IP address: `req.ip`, which honours Express's `trust proxy` setting
 * (TRUST_PROXY), so that behind the website's proxy or CDN each visitor has their own share.
 *
 * The queue is hand-written: the maintained promise queues (p-limit, p-queue) limit functions,
 * not requests kept per key and released when their response closes.
 */
import type { Request, RequestHandler, Response } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import { graphqlErrorBody } from "./error-body.js";

export interface FairShareOptions {
  /** Requests per client per minute; 0: no rate limit. */
  requestsPerMinute: number;
  /** Requests of one client in flight at once; 0: no cap (and no queue). */
  concurrentPerClient: number;
  /** Requests of one client waiting for a turn beyond those; more are refused. */
  queuedPerClient: number;
}

/** Seconds a refused client is asked to wait before trying again. */
const QUEUE_FULL_RETRY_AFTER_S = 1;

/** The fair share's key for a client: its address (an IPv6 client by its /56 network, as express-rate-limit does). */
export function clientKey(req: Request): string {
  return ipKeyGenerator(req.ip ?? "unknown");
}

function rateLimitMiddleware(requestsPerMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: requestsPerMinute,
    // RateLimit and RateLimit-Policy (IETF draft 8), and Retry-After on a refusal.
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

interface ClientTurns {
  inFlight: number;
  waiting: (() => void)[];
}

export interface FairQueue {
  middleware: RequestHandler;
  /** Lets every waiting request through now (e.g. the database is known to be down: each gets its 503 in milliseconds). */
  admitAll(): void;
  /** Requests in flight and waiting, over all clients (for tests and figures). */
  size(): { inFlight: number; waiting: number };
}

export function fairQueue(concurrentPerClient: number, queuedPerClient: number, admitAtOnce: () => boolean = () => false): FairQueue {
  const clients = new Map<string, ClientTurns>();

  const start = (turns: ClientTurns, key: string, res: Response, next: () => void) => {
    turns.inFlight++;
    res.once("close", () => {
      turns.inFlight--;
      const waiter = turns.waiting.shift();
      if (waiter) waiter();
      else if (turns.inFlight === 0) clients.delete(key);
    });
    next();
  };

  const middleware: RequestHandler = (req, res, next) => {
    if (admitAtOnce()) return next();
    const key = clientKey(req);
    let turns = clients.get(key);
    if (!turns) clients.set(key, (turns = { inFlight: 0, waiting: [] }));
    if (turns.inFlight < concurrentPerClient) return start(turns, key, res, next);
    if (turns.waiting.length >= queuedPerClient) {
      res.setHeader("Retry-After", String(QUEUE_FULL_RETRY_AFTER_S));
      res.status(429).json(
        graphqlErrorBody("TOO_MANY_CONCURRENT_REQUESTS", `Too many requests at once: at most ${concurrentPerClient} in flight and ${queuedPerClient} waiting per client.`, { retryable: true }),
      );
      return;
    }
    const client = turns;
    const turn = () => {
      res.off("close", leave);
      start(client, key, res, next);
    };
    // Answered while waiting (the deadline passed) or the client went away: give up the place.
    const leave = () => {
      const at = client.waiting.indexOf(turn);
      if (at >= 0) client.waiting.splice(at, 1);
      if (client.inFlight === 0 && client.waiting.length === 0) clients.delete(key);
    };
    client.waiting.push(turn);
    res.once("close", leave);
  };

  return {
    middleware,
    admitAll() {
      for (const turns of clients.values()) for (const turn of turns.waiting.splice(0)) turn();
    },
    size() {
      let inFlight = 0;
      let waiting = 0;
      for (const turns of clients.values()) {
        inFlight += turns.inFlight;
        waiting += turns.waiting.length;
      }
      return { inFlight, waiting };
    },
  };
}

export interface FairShare {
  handlers: RequestHandler[];
  queue?: FairQueue;
}

export function fairShare(options: FairShareOptions, admitAtOnce?: () => boolean): FairShare {
  const handlers: RequestHandler[] = [];
  if (options.requestsPerMinute > 0) handlers.push(rateLimitMiddleware(options.requestsPerMinute));
  if (options.concurrentPerClient <= 0) return { handlers };
  const queue = fairQueue(options.concurrentPerClient, options.queuedPerClient, admitAtOnce);
  handlers.push(queue.middleware);
  return { handlers, queue };
}
