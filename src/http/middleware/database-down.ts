/**
 * While the database is known to be down, or held back while the app plans its queries again after
 * a restart, a GraphQL request that needs it is answered 503 here, before Apollo parses, validates
 * and estimates it: the same answer as the plugin's (src/http/apollo/database-errors.ts), in a
 * fraction of the work, which is what clients retrying through an outage ask of a small machine.
 * Runs after the answer cache, so kept answers and 304s are still served. A document that may be
 * introspection alone (it names `__schema` or `__type`), and a request with no document at all
 * (GraphiQL's page), go on to Apollo, which tells exactly.
 */
import type { Request, RequestHandler } from "express";
import type { DatabaseHealth, HeldRequestKind } from "../../database/health.js";
import { DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE, WARMING_UP, WARMING_UP_MESSAGE } from "../apollo/database-errors.js";
import { graphqlErrorBody } from "./error-body.js";

/** The request's document: its text, or a persisted query's hash (in `extensions`); neither for GraphiQL's page. */
function documentOf(req: Request): { query?: unknown; extensions?: unknown } {
  const source = (req.method === "POST" ? req.body : req.query) as { query?: unknown; extensions?: unknown } | undefined;
  return { query: source?.query, extensions: source?.extensions };
}

/**
 * `passes`: requests never held back (the app's own warm-up). `kindOf`: which kind of held request
 * this is (the website's trusted operations are let through first after a restart).
 */
export function databaseDownFastPath(health: Pick<DatabaseHealth, "isUp" | "holdsRequests" | "holds" | "retryAfterS">, passes: (req: Request) => boolean, kindOf: (req: Request) => HeldRequestKind = () => "other"): RequestHandler {
  return (req, res, next) => {
    if (health.isUp && !health.holdsRequests) return next();
    const held = health.isUp && !passes(req) && health.holds(kindOf(req));
    if (health.isUp && !held) return next();
    const { query, extensions } = documentOf(req);
    if (query === undefined && extensions === undefined) return next();
    if (query !== undefined && (typeof query !== "string" || /__schema|__type\b/.test(query))) return next();
    res.setHeader("Retry-After", String(health.retryAfterS()));
    res.setHeader("Cache-Control", "no-store");
    res.status(503).json({ ...graphqlErrorBody(held ? WARMING_UP : DATABASE_UNAVAILABLE, held ? WARMING_UP_MESSAGE : DATABASE_UNAVAILABLE_MESSAGE, { retryable: true }), data: null });
  };
}
