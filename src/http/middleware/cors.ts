/**
 * CORS from the allow-list in CORS_ORIGINS: browsers on those origins (or any origin with `*`,
 * for a public read-only deployment) may read the API's answers. Preflights are answered (204)
 * and may be cached by the browser for a day. A disallowed origin gets no
 * Access-Control-Allow-Origin, so its browser withholds the answer (and, for a preflighted
 * POST, never sends it).
 */
import cors from "cors";
import type { RequestHandler } from "express";

export type CorsOrigins = "*" | string[];

/** Request headers a website may send: JSON POSTs, Apollo's CSRF headers, revalidation. */
const ALLOWED_HEADERS = ["content-type", "accept", "apollo-require-preflight", "x-apollo-operation-name", "if-none-match", "if-modified-since"];
/**
 * Response headers a page may read besides the CORS-safelisted ones (Cache-Control, Content-Type,
 * ...): validators, how long to wait after a 429 or 503, the rate limit's state, the id to quote
 * when reporting a problem. Last-Modified is safelisted but named anyway, so the list is the answer.
 */
const EXPOSED_HEADERS = ["ETag", "Last-Modified", "Retry-After", "RateLimit", "RateLimit-Policy", "X-Request-Id"];

export function corsMiddleware(origins: CorsOrigins): RequestHandler {
  return cors({
    // An empty list answers no origin: the default, where only same-origin pages and non-browser clients use the API.
    origin: origins === "*" ? "*" : [...origins],
    methods: ["GET", "HEAD", "POST"],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 86_400,
    // No credentials: the API has no cookies or logins, and `*` must not be combined with them.
    credentials: false,
  });
}
