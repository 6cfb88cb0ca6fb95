/**
 * Which GraphQL requests run a trusted document (src/http/cache/request-keys.ts): by the hash a
 * persisted query names, or by the text in any layout; over POST (a body) and GET (URL parameters,
 * `extensions` as JSON text). The answer cache keys the same requests; after a restart the app lets
 * the trusted ones through first.
 */
import type { Request } from "express";
import { describe, expect, it } from "vitest";
import { graphqlReadKey, isTrustedRequest, type TrustedLookup } from "../../../src/http/cache/request-keys.js";

const trusted: TrustedLookup = { isTrustedHash: (hash) => hash === "a".repeat(64), isTrustedText: (text) => text.replace(/\s+/g, " ").trim() === "query Site { answer }" };
const request = (method: "GET" | "POST", params: Record<string, unknown>): Request =>
  ({ method, body: method === "POST" ? params : undefined, query: method === "GET" ? params : {}, get: () => undefined }) as unknown as Request;
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

describe("a trusted request", () => {
  it("is told by its persisted query's hash, over POST and over GET", () => {
    expect(isTrustedRequest(request("POST", { extensions: persisted("a".repeat(64)) }), trusted)).toBe(true);
    expect(isTrustedRequest(request("POST", { extensions: persisted("b".repeat(64)) }), trusted)).toBe(false);
    expect(isTrustedRequest(request("GET", { extensions: JSON.stringify(persisted("a".repeat(64))) }), trusted)).toBe(true);
  });

  it("is told by its text in any layout; a hash decides over a text", () => {
    expect(isTrustedRequest(request("POST", { query: "query Site {\n  answer\n}" }), trusted)).toBe(true);
    expect(isTrustedRequest(request("POST", { query: "{ answer }" }), trusted)).toBe(false);
    expect(isTrustedRequest(request("POST", { query: "query Site { answer }", extensions: persisted("b".repeat(64)) }), trusted)).toBe(false);
  });

  it("is not one when the request is not well-formed", () => {
    expect(isTrustedRequest(request("GET", { extensions: "{not json" }), trusted)).toBe(false);
    expect(isTrustedRequest(request("POST", {}), trusted)).toBe(false);
    expect(isTrustedRequest({ method: "POST", body: undefined, query: {}, get: () => undefined } as unknown as Request, trusted)).toBe(false);
  });
});

describe("the answer cache's key of a GraphQL read", () => {
  it("is one key for GET and POST of the same trusted document, none for another POST", () => {
    const variables = { id: "forum:sro" };
    const post = graphqlReadKey(request("POST", { extensions: persisted("a".repeat(64)), variables }), trusted);
    const get = graphqlReadKey(request("GET", { extensions: JSON.stringify(persisted("a".repeat(64))), variables: JSON.stringify(variables) }), trusted);
    expect(post).toBeDefined();
    expect(get).toBe(post);
    expect(graphqlReadKey(request("POST", { query: "{ answer }" }), trusted)).toBeUndefined();
    expect(graphqlReadKey(request("GET", { query: "{ answer }" }), trusted)).toBeDefined();
    expect(graphqlReadKey(request("GET", { query: "{ answer }", variables: "{not json" }), trusted)).toBeUndefined();
  });
});
