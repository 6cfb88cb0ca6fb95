/**
 * The freshness rules of a conditional GET, and the ETag of an answer. The ETag is derived from
 * the answer's own bytes, so it changes exactly when the answer does: a change elsewhere in the
 * graph leaves a page's ETag as it was, and its conditional GET still gets 304.
 */
import { createHash } from "node:crypto";
import type { Request } from "express";

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

/** A weak ETag of the answer's bytes and content type (weak: compression re-encodes the bytes on the way). */
export function contentEtag(body: Buffer, contentType: string): string {
  const digest = createHash("sha256").update(contentType).update("\n").update(body).digest("base64url").slice(0, 27);
  return `W/"${digest}"`;
}
