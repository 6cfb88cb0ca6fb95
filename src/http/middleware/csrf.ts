/**
 * Cross-site request forgery protection, for what it protects in a read-only, cookie-free API:
 * the CORS allow-list. A POST with a "simple" content type (or none) can be sent by any page
 * without a preflight, so the allow-list would not stop it from making the server run queries;
 * such POSTs are refused unless they carry `apollo-require-preflight` or
 * `x-apollo-operation-name` (headers that force a preflight). This is Apollo's csrfPrevention
 * rule applied to POST only: GET stays open without custom headers, because GET runs queries
 * only (never mutations), the data is public, and a CDN, `<a href>` and curl must be able to
 * fetch it. (Apollo's own check also blocks such GETs, hence this replacement.)
 */
import type { RequestHandler } from "express";

const SIMPLE_CONTENT_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"]);
const PREFLIGHT_HEADERS = ["apollo-require-preflight", "x-apollo-operation-name"];

export function csrfPostGuard(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== "POST") return next();
    const contentType = req.get("content-type")?.split(";")[0]?.trim().toLowerCase();
    const simple = contentType === undefined || contentType === "" || SIMPLE_CONTENT_TYPES.has(contentType);
    if (!simple || PREFLIGHT_HEADERS.some((name) => (req.get(name) ?? "") !== "")) return next();
    res.status(400).json({
      errors: [
        {
          message: `POST with content-type ${contentType ? `'${contentType}'` : "missing"} refused as a possible cross-site request forgery: send 'content-type: application/json' (or a non-empty 'apollo-require-preflight' header), or use GET.`,
          extensions: { code: "CSRF_BLOCKED" },
        },
      ],
    });
  };
}
