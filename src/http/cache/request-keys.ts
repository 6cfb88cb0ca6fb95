/**
 * What identifies a cacheable read, apart from the graph's version and the date (answer-store.ts
 * holds those): for GraphQL, the document (its persisted-query hash, or the hash of its text),
 * the operation name, the variables in a canonical order and the Accept header (which picks the
 * response's content type); for the other reads, the path and Accept. GraphQL over GET is always
 * a candidate; a POST only when it runs a trusted document, since arbitrary POSTs are one-off
 * analyst queries that would only crowd the cache out.
 */
import { createHash } from "node:crypto";
import type { Request } from "express";

export interface TrustedLookup {
  /** True when `hash` names a trusted document (any id it is known by). */
  isTrustedHash(hash: string): boolean;
  /** True when `text` is a trusted document in another layout (same printed form). */
  isTrustedText(text: string): boolean;
}

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` give one key. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

function parsedJson(value: unknown): { ok: true; value: unknown } | { ok: false } {
  if (value === undefined || value === null || value === "") return { ok: true, value: undefined };
  if (typeof value !== "string") return { ok: true, value };
  try {
    return { ok: true, value: JSON.parse(value) };
  } catch {
    return { ok: false };
  }
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The key of a GraphQL request, or undefined when it is not to be cached (or not well-formed: Apollo will say why). */
export function graphqlReadKey(req: Request, trusted: TrustedLookup): string | undefined {
  const params = (req.method === "POST" ? req.body : req.query) as Record<string, unknown> | undefined;
  if (!params || typeof params !== "object") return undefined;
  const query = typeof params.query === "string" ? params.query : undefined;
  const extensions = parsedJson(params.extensions);
  const variables = parsedJson(params.variables);
  if (!extensions.ok || !variables.ok) return undefined;
  const hash = (extensions.value as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  const persisted = typeof hash === "string" ? hash : undefined;
  if (!persisted && !query) return undefined;
  if (req.method === "POST" && !(persisted ? trusted.isTrustedHash(persisted) : trusted.isTrustedText(query!))) return undefined;
  const document = persisted ? `h:${persisted}` : `t:${sha256(query!)}`;
  const operationName = typeof params.operationName === "string" ? params.operationName : "";
  // GET and POST of the same document give the same answer: one entry serves both.
  return canonicalJson(["graphql", document, operationName, variables.value ?? null, req.get("accept") ?? ""]);
}

/** The key of a read that its path names (/id/<id>, /source/<id>); with the host, which JSON-LD ids are addresses on. */
export function pathReadKey(req: Request): string {
  return canonicalJson(["path", req.originalUrl, req.get("accept") ?? "", req.get("host") ?? ""]);
}
