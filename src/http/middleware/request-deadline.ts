/**
 * A deadline for every request: a request without an answer after `ms` gets a typed 504
 * REQUEST_TIMEOUT (waiting in the fair queue counts), and its work is told to stop. `res.locals.signal` (an AbortSignal) fires at
 * the deadline or when the client goes away; the analyst queries pass it to the driver, which
 * then cancels their transaction. Generated queries cannot take a signal (@neo4j/graphql runs
 * its own transaction); their transaction timeout bounds them instead.
 */
import type { Request, RequestHandler, Response } from "express";
import { graphqlErrorBody } from "./error-body.js";

export function signalOf(res: Response): AbortSignal | undefined {
  return res.locals.signal as AbortSignal | undefined;
}

/** `exempt`: requests with a deadline of their own (a download of the whole graph). */
export function requestDeadline(ms: number, exempt: (req: Request) => boolean = () => false): RequestHandler {
  return (req, res, next) => {
    if (exempt(req)) return next();
    const controller = new AbortController();
    res.locals.signal = controller.signal;
    const timer = setTimeout(() => {
      if (!res.headersSent) {
        // The unfinished work may still try to answer later, and Express then drops the socket:
        // no next request of the client's may be on that connection.
        res.setHeader("Connection", "close");
        res.status(504).json(graphqlErrorBody("REQUEST_TIMEOUT", `No answer within ${ms / 1000} s; the request was stopped. Ask for less, or try again.`, { retryable: true }));
      }
      controller.abort(new Error("request deadline"));
    }, ms);
    res.on("close", () => {
      clearTimeout(timer);
      // The client went away (or the answer is out): nothing is waiting for unfinished work.
      if (!controller.signal.aborted) controller.abort(new Error("request closed"));
    });
    next();
  };
}
