/**
 * Answers of cacheable reads (GraphQL over GET, trusted documents over POST, /id/<id>,
 * /source/<id>) from memory, and ETags from the answers' content.
 *
 * A read whose answer the store holds for the graph's current version (and, for a dated answer,
 * for today) is answered from it without running: 304 for a conditional GET that names its ETag,
 * else the stored bytes. Identical reads that arrive while one is running wait for it instead of
 * running again. Any other read runs; on its way out its answer is stored when its Cache-Control
 * allows a shared cache to keep it (public, max-age > 0, no error), and it gets an ETag of its own
 * bytes, with a 304 when the client already has them: after a change that did not touch the
 * answer, the tag is the same and the client gets 304. Answers that may not be kept get no
 * validators. Without a readable graph version (a database that is down or never seeded) nothing
 * is stored or served from the store, and answers still get their content ETag.
 *
 * While the database is known to be down, the graph version is the last one read (graph-version.ts)
 * and cannot have changed: a kept answer is still served, and a conditional GET naming the ETag
 * this read was last answered with at that version gets 304, even when its answer is no longer kept.
 */
import type { Request, RequestHandler, Response } from "express";
import onHeaders from "on-headers";
import type { GraphVersion } from "../../changes/graph-version.js";
import { answerScopeOf, capMaxAge, secondsToNextMidnightInSweden, todayInSweden } from "../cache/answer-date.js";
import type { AnswerStore, StoredAnswer } from "../cache/answer-store.js";
import { contentEtag, isCacheablePolicy, isNotModified } from "./conditional-get.js";

export interface AnswerCacheOptions {
  store: AnswerStore;
  /** The graph's current version (src/changes/graph-version.ts caches it for a moment). */
  graphVersion: { current(): Promise<GraphVersion | null> };
  /** Which requests are reads that get validators (e.g. not GraphiQL's page). */
  appliesTo(req: Request): boolean;
  /** The key of a read whose answer may be stored (request-keys.ts), or undefined. */
  keyOf(req: Request): string | undefined;
  /** Today's calendar date (YYYY-MM-DD) for dated answers; Europe/Stockholm by default. */
  today?: () => string;
  /** Seconds left of today, the cap of a dated answer's max-age. */
  secondsLeftToday?: () => number;
  /** True while the database is known to be down (src/database/health.ts). */
  databaseDown?: () => boolean;
}

function timeOf(graph: GraphVersion | null): Date | undefined {
  const date = new Date(graph?.modifiedAt ?? Number.NaN);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function answerCache(options: AnswerCacheOptions): RequestHandler {
  const today = options.today ?? (() => todayInSweden());
  const secondsLeftToday = options.secondsLeftToday ?? (() => secondsToNextMidnightInSweden());
  const policyOf = (answer: StoredAnswer) => (answer.date ? capMaxAge(answer.cacheControl, secondsLeftToday()) : answer.cacheControl);

  /** 304 for a client that holds what `key` was answered with at this version; false otherwise. */
  function notModifiedWhileDown(req: Request, res: Response, version: string, key: string, day: string): boolean {
    const issued = options.store.issued(version, key, day);
    if (!issued || !isNotModified(req, issued.etag, issued.lastModified)) return false;
    res.setHeader("ETag", issued.etag);
    if (issued.lastModified) res.setHeader("Last-Modified", issued.lastModified.toUTCString());
    res.setHeader("Cache-Control", issued.date ? capMaxAge(issued.cacheControl, secondsLeftToday()) : issued.cacheControl);
    res.status(304).end();
    return true;
  }

  function serve(req: Request, res: Response, answer: StoredAnswer, conditional: boolean): void {
    res.setHeader("Content-Type", answer.contentType);
    res.setHeader("Cache-Control", policyOf(answer));
    if (conditional) {
      res.setHeader("ETag", answer.etag);
      if (answer.lastModified) res.setHeader("Last-Modified", answer.lastModified.toUTCString());
      if (isNotModified(req, answer.etag, answer.lastModified)) return void res.status(304).end();
    }
    res.status(200).setHeader("Content-Length", String(answer.body.length));
    if (req.method === "HEAD") return void res.end();
    res.end(answer.body);
  }

  /** Takes the answer as the route sends it (Apollo's integration and res.json both end in res.send). */
  function capture(req: Request, res: Response, conditional: boolean, graphTime: Date | undefined, done: (answer: StoredAnswer | undefined) => void, issue: (answer: StoredAnswer) => void): void {
    const send = res.send.bind(res);
    let kept: StoredAnswer | undefined;
    res.send = function (body?: unknown) {
      res.send = send;
      const cacheControl = res.getHeader("cache-control");
      const bytes = typeof body === "string" ? Buffer.from(body) : Buffer.isBuffer(body) ? body : undefined;
      if (res.statusCode !== 200 || !bytes || !isCacheablePolicy(cacheControl)) {
        done(undefined);
        return send(body);
      }
      const contentType = String(res.getHeader("content-type") ?? "application/json; charset=utf-8");
      const etag = contentEtag(bytes, contentType);
      // Answers hold as of a date, and one asked without a date holds for today (docs/time.md):
      // every answer is kept for its day only, since telling which reads default to today would
      // need the parsed query; an unchanged answer keeps its content ETag across the day.
      const date = answerScopeOf(res).date ?? today();
      kept = { body: bytes, contentType, cacheControl, etag, lastModified: options.store.lastModifiedFor(etag, graphTime), ...(date ? { date } : {}) };
      done(kept);
      res.setHeader("Cache-Control", policyOf(kept));
      if (!conditional) return send(body);
      issue(kept);
      res.setHeader("ETag", kept.etag);
      if (kept.lastModified) res.setHeader("Last-Modified", kept.lastModified.toUTCString());
      if (isNotModified(req, kept.etag, kept.lastModified)) {
        res.status(304).end();
        return res;
      }
      return send(body);
    } as Response["send"];
    // Whatever ends without an answer to keep (an error page, a stream) carries no validators.
    onHeaders(res, function () {
      if (kept || this.statusCode === 304) return;
      this.removeHeader("ETag");
      this.removeHeader("Last-Modified");
    });
    res.once("close", () => done(undefined));
  }

  return async (req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD" && req.method !== "POST") || !options.appliesTo(req)) return next();
    const conditional = req.method !== "POST";
    // A POST that is not a trusted document is a one-off: nothing to keep, so no graph version to read
    // (while the database is down that read would hold the request before it can fail fast).
    if (!conditional && (!options.store.enabled || options.keyOf(req) === undefined)) return next();
    // The answer depends on Accept (content type, HTML redirect); compression adds Accept-Encoding.
    if (conditional) res.vary("Accept");
    let graph: GraphVersion | null = null;
    try {
      graph = await options.graphVersion.current();
    } catch {
      graph = null; // the database is unreachable: the read itself will say so
    }
    const readKey = graph ? options.keyOf(req) : undefined;
    if (readKey !== undefined && graph && conditional && options.databaseDown?.() && notModifiedWhileDown(req, res, graph.version, readKey, today())) return;
    const key = options.store.enabled ? readKey : undefined;
    if (key !== undefined && graph) {
      const day = today();
      const held = options.store.get(graph.version, key, day) ?? (await options.store.pendingFor(graph.version, key));
      if (held && (held.date === undefined || held.date === day)) return serve(req, res, held, conditional);
    }
    const settle = key !== undefined && graph ? options.store.begin(graph.version, key) : undefined;
    let settled = false;
    capture(req, res, conditional, timeOf(graph), (answer) => {
      if (settled) return;
      settled = true;
      if (answer && key !== undefined && graph) options.store.set(graph.version, key, answer);
      settle?.(answer);
    }, (answer) => {
      if (readKey !== undefined && graph) options.store.issue(graph.version, readKey, answer);
    });
    next();
  };
}
