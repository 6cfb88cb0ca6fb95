/**
 * Validators for cacheable GET reads (GraphQL over GET, /id/<id>): an ETag and Last-Modified
 * derived from the graph's version, so they change exactly when the graph changes, and a 304
 * for a conditional GET (If-None-Match, or If-Modified-Since without it).
 *
 * The ETag hashes the graph version, the server's fingerprint (schema and code version: a
 * deploy that changes answers changes it), the request URL and its Accept header. A 304 is
 * answered before the query runs when this process already sent that ETag with a cacheable
 * policy (it repeats that Cache-Control, as a 304 must); otherwise the query runs and Express
 * answers 304 from the same ETag, which saves the bytes but not the work. Responses that are not
 * cacheable (errors, no-store) lose the validators. Without a graph version (no GraphMeta node)
 * nothing is added, and Express's weak ETag of the body still gives 304s; a version without a
 * time gets no Last-Modified, so only its ETag can earn a 304.
 */
import { createHash } from "node:crypto";
import type { Request, RequestHandler } from "express";
import onHeaders from "on-headers";
import type { GraphVersion } from "../../changes/graph-version.js";
import { CACHE_LIMITS } from "../../config/limits.js";

interface ConditionalGetOptions {
  /** The graph's current version (src/changes/graph-version.ts caches it for a moment). */
  graphVersion: { current(): Promise<GraphVersion | null> };
  /** Changes when the server's answers to the same request could change: schema, code version. */
  fingerprint: string;
  /** Which GET requests are reads of the graph (e.g. not GraphiQL). */
  appliesTo(req: Request): boolean;
  /** True while the database is known to be down: a tag of the last version read still earns its 304. */
  databaseDown?: () => boolean;
}

export function isCacheablePolicy(cacheControl: unknown): cacheControl is string {
  return typeof cacheControl === "string" && /max-age=\d*[1-9]/.test(cacheControl) && !/no-store|no-cache|private/.test(cacheControl);
}

/**
 * RFC 9110 §13.2.2: If-None-Match (weak comparison) decides when present, else If-Modified-Since.
 * Unlike Express's req.fresh this ignores a request's `Cache-Control: no-cache`, which tells
 * caches to revalidate with the origin (fetch() adds it to conditional requests), not the origin
 * to refuse a 304.
 */
export function isNotModified(req: Request, etag: string, lastModified: Date | undefined): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const ifNoneMatch = req.get("if-none-match");
  if (ifNoneMatch !== undefined) return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").map(opaque).includes(opaque(etag));
  const since = Date.parse(req.get("if-modified-since") ?? "");
  // HTTP dates have whole seconds.
  return lastModified !== undefined && !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** Undefined when the version has no (readable) time: the version still identifies the graph. */
function lastModifiedOf(graph: GraphVersion): Date | undefined {
  const date = new Date(graph.modifiedAt ?? Number.NaN);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function conditionalGet(options: ConditionalGetOptions): RequestHandler {
  // ETags sent with a cacheable policy, and that policy; bounded, oldest dropped first.
  const policies = new Map<string, string>();
  const remember = (etag: string, policy: string) => {
    policies.delete(etag);
    policies.set(etag, policy);
    if (policies.size > CACHE_LIMITS.rememberedEtags) policies.delete(policies.keys().next().value!);
  };

  return async (req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || !options.appliesTo(req)) return next();
    // The answer depends on Accept (content type, HTML redirect); the compression middleware adds Accept-Encoding.
    res.vary("Accept");
    let graph;
    try {
      graph = await options.graphVersion.current();
    } catch {
      return next(); // the database is unreachable: the request itself will say so
    }
    if (!graph) return next();
    const digest = createHash("sha256")
      .update([graph.version, options.fingerprint, req.originalUrl, req.get("accept") ?? ""].join("\n"))
      .digest("base64url")
      .slice(0, 27);
    const etag = `W/"${digest}"`;
    const lastModified = lastModifiedOf(graph);
    res.setHeader("ETag", etag);
    if (lastModified) res.setHeader("Last-Modified", lastModified.toUTCString());
    const policy = policies.get(etag);
    // While the database is down the graph cannot have changed since its last version was read.
    const down = options.databaseDown?.() ?? false;
    if ((policy || down) && isNotModified(req, etag, lastModified)) {
      res.setHeader("Cache-Control", policy ?? "no-cache");
      return void res.status(304).end();
    }
    onHeaders(res, function () {
      const cacheControl = this.getHeader("cache-control");
      if ((this.statusCode === 200 || this.statusCode === 304) && isCacheablePolicy(cacheControl)) {
        remember(etag, cacheControl);
      } else if (this.statusCode !== 304) {
        this.removeHeader("ETag");
        this.removeHeader("Last-Modified");
      }
    });
    next();
  };
}
