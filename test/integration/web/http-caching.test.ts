/**
 * HTTP caching of the website's reads against the real server and database: GraphQL over GET
 * without custom headers, Cache-Control from the cache hints, an ETag from the answer's content and
 * Last-Modified from the graph version (the GraphMeta node) when the answer was first seen, 304 on a
 * conditional GET, the same ETag when the graph's version changes but the answer does not, and
 * compression.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../support/test-api.js";

const QUERY = '{ entity(id: "doc:hos-avtal") { id name sources { quote } } }';
/** A large answer (all SRO meetings with agenda), to see compression at work. */
const LARGE_QUERY = '{ meetings(where: { forum: { some: { id: { eq: "forum:sro" } } } }) { id name date items { name positions { wording } } sources { quote } } }';

describe("HTTP caching", () => {
  // Read the graph version on every request, so the test sees its own change at once.
  const api = useTestApi({ graphVersionTtlMs: 0, cacheMaxAgeS: 60 });
  const getUrl = (query = QUERY) => `${api.url()}?query=${encodeURIComponent(query)}`;

  /** This file's GraphMeta versions; the node as it was is restored afterwards. */
  const mine = (n: number) => `test-web-http-${process.pid}-${n}`;
  let original: { version: unknown; modifiedAt: unknown } | null = null;
  const setGraphVersion = (version: string, modifiedAt: string) =>
    api.cypher('MERGE (m:GraphMeta {id: "graph"}) SET m.version = $version, m.modifiedAt = datetime($modifiedAt)', { version, modifiedAt });

  beforeAll(async () => {
    const rows = await api.cypher<{ version: unknown; modifiedAt: unknown }>('MATCH (m:GraphMeta {id: "graph"}) RETURN m.version AS version, m.modifiedAt AS modifiedAt');
    original = rows[0] ?? null;
    await setGraphVersion(mine(1), "2026-03-01T10:00:00Z");
  });
  afterAll(async () => {
    // Put back what was there, unless someone else (a re-seed) has changed it since.
    if (original) {
      await api.cypher('MATCH (m:GraphMeta {id: "graph"}) WHERE m.version STARTS WITH "test-web-http-" SET m.version = $version, m.modifiedAt = $modifiedAt', original);
    } else {
      await api.cypher('MATCH (m:GraphMeta {id: "graph"}) WHERE m.version STARTS WITH "test-web-http-" DELETE m');
    }
  });

  it("answers a plain GET (no custom headers) with a public max-age, an ETag and Last-Modified from the graph", async () => {
    const response = await fetch(getUrl());
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/^max-age=(\d+), public$/);
    expect(Number(/max-age=(\d+)/.exec(response.headers.get("cache-control")!)![1])).toBeGreaterThan(0);
    expect(response.headers.get("etag")).toMatch(/^W\/".+"$/);
    expect(response.headers.get("last-modified")).toBe(new Date("2026-03-01T10:00:00Z").toUTCString());
    expect(response.headers.get("vary")).toMatch(/Accept/);
    const body = (await response.json()) as { data: { entity: { id: string; sources: unknown[] } } };
    expect(body.data.entity.id).toBe("doc:hos-avtal");
    expect(body.data.entity.sources.length).toBeGreaterThan(0);
  });

  it("answers a conditional GET with 304 (If-None-Match, and If-Modified-Since), repeating Cache-Control", async () => {
    const first = await fetch(getUrl());
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    await first.arrayBuffer();

    const byEtag = await fetch(getUrl(), { headers: { "if-none-match": etag } });
    expect(byEtag.status).toBe(304);
    expect(byEtag.headers.get("etag")).toBe(etag);
    expect(byEtag.headers.get("cache-control")).toBe(first.headers.get("cache-control"));
    expect(await byEtag.text()).toBe("");

    const byDate = await fetch(getUrl(), { headers: { "if-modified-since": lastModified } });
    expect(byDate.status).toBe(304);
    const earlier = await fetch(getUrl(), { headers: { "if-modified-since": new Date("2026-02-01T00:00:00Z").toUTCString() } });
    expect(earlier.status).toBe(200);
    await earlier.arrayBuffer();

    const otherQuery = await fetch(getUrl('{ entity(id: "forum:sro") { id } }'), { headers: { "if-none-match": etag } });
    expect(otherQuery.status).toBe(200);
    expect(otherQuery.headers.get("etag")).not.toBe(etag);
    await otherQuery.arrayBuffer();
  });

  it("keeps an answer's ETag, Last-Modified and 304 when the graph version changes and the answer does not", async () => {
    const before = await fetch(getUrl());
    const etag = before.headers.get("etag")!;
    const lastModified = before.headers.get("last-modified");
    await before.arrayBuffer();
    const again = await fetch(getUrl());
    expect(again.headers.get("etag")).toBe(etag); // same graph, same tag
    await again.arrayBuffer();

    await setGraphVersion(mine(2), "2026-04-01T12:30:00Z");
    const after = await fetch(getUrl(), { headers: { "if-none-match": etag } });
    expect(after.status).toBe(304);
    expect(after.headers.get("etag")).toBe(etag);
    expect(after.headers.get("last-modified")).toBe(lastModified);

    await setGraphVersion(mine(1), "2026-03-01T10:00:00Z");
    const back = await fetch(getUrl());
    expect(back.headers.get("etag")).toBe(etag);
    await back.arrayBuffer();
  });

  it("gives a different answer a different ETag", async () => {
    const one = await fetch(getUrl());
    const other = await fetch(getUrl('{ entity(id: "forum:sro") { id name } }'), { headers: { "if-none-match": one.headers.get("etag")! } });
    expect(other.status).toBe(200);
    expect(other.headers.get("etag")).not.toBe(one.headers.get("etag"));
    await one.arrayBuffer();
    await other.arrayBuffer();
  });

  it("never caches errors: no-store and no validators", async () => {
    const response = await fetch(`${api.url()}?query=${encodeURIComponent("{ entity(id: 1, nope: 2) { id } }")}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("etag")).toBeNull();
    expect(response.headers.get("last-modified")).toBeNull();
  });

  it("never answers a POST with 304", async () => {
    const first = await fetch(getUrl());
    const etag = first.headers.get("etag")!;
    await first.arrayBuffer();
    const post = await fetch(api.url(), { method: "POST", headers: { "content-type": "application/json", "if-none-match": etag }, body: JSON.stringify({ query: QUERY }) });
    expect(post.status).toBe(200);
    await post.arrayBuffer();
  });

  it("compresses large answers for clients that accept it", async () => {
    const plain = await fetch(getUrl(LARGE_QUERY), { headers: { "accept-encoding": "identity" } });
    const plainBytes = (await plain.arrayBuffer()).byteLength;
    expect(plain.headers.get("content-encoding")).toBeNull();
    // fetch() decodes transparently; the header says what travelled.
    const compressed = await fetch(getUrl(LARGE_QUERY), { headers: { "accept-encoding": "gzip" } });
    expect(compressed.headers.get("content-encoding")).toBe("gzip");
    expect(compressed.headers.get("vary")).toMatch(/Accept-Encoding/);
    expect((await compressed.arrayBuffer()).byteLength).toBe(plainBytes);
  });

  it("gives /id/<id> the same validators and 304", async () => {
    const first = await fetch(`${api.baseUrl()}/id/doc:hos-avtal`);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toMatch(/public/);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\//);
    await first.arrayBuffer();
    const second = await fetch(`${api.baseUrl()}/id/doc:hos-avtal`, { headers: { "if-none-match": etag } });
    expect(second.status).toBe(304);
  });
});
