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

/** A GraphQL request's parts (POST body or GET parameters); undefined when they are not well-formed (Apollo will say why). */
function graphqlRequestParts(req: Request): { query?: string; persisted?: string; variables: unknown; operationName: string } | undefined {
  const params = (req.method === "POST" ? req.body : req.query) as Record<string, unknown> | undefined;
  if (!params || typeof params !== "object") return undefined;
  const extensions = parsedJson(params.extensions);
  const variables = parsedJson(params.variables);
  if (!extensions.ok || !variables.ok) return undefined;
  const hash = (extensions.value as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  return {
    ...(typeof params.query === "string" ? { query: params.query } : {}),
    ...(typeof hash === "string" ? { persisted: hash } : {}),
    variables: variables.value,
    operationName: typeof params.operationName === "string" ? params.operationName : "",
  };
}

const isTrusted = (parts: { query?: string; persisted?: string }, trusted: TrustedLookup) =>
  parts.persisted !== undefined ? trusted.isTrustedHash(parts.persisted) : parts.query !== undefined && trusted.isTrustedText(parts.query);

/** Whether a GraphQL request runs a trusted document: by its hash, or its text in any layout. */
export function isTrustedRequest(req: Request, trusted: TrustedLookup): boolean {
  const parts = graphqlRequestParts(req);
  return parts !== undefined && isTrusted(parts, trusted);
}

/** The key of a GraphQL request, or undefined when it is not to be cached (or not well-formed: Apollo will say why). */
export function graphqlReadKey(req: Request, trusted: TrustedLookup): string | undefined {
  const parts = graphqlRequestParts(req);
  if (!parts || (!parts.persisted && !parts.query)) return undefined;
  if (req.method === "POST" && !isTrusted(parts, trusted)) return undefined;
  const document = parts.persisted ? `h:${parts.persisted}` : `t:${sha256(parts.query!)}`;
  // GET and POST of the same document give the same answer: one entry serves both.
  return canonicalJson(["graphql", document, parts.operationName, parts.variables ?? null, req.get("accept") ?? ""]);
}

/** The key of a read that its path names (/id/<id>, /source/<id>); with the host, which JSON-LD ids are addresses on. */
export function pathReadKey(req: Request): string {
  return canonicalJson(["path", req.originalUrl, req.get("accept") ?? "", req.get("host") ?? ""]);
}
