/**
 * "A conditional GET gives 304, and changes after a re-seed with a changed fact", end to
 * end: an own local Neo4j (the shared test database must not be re-seeded with edited files), the
 * real HTTP server with the deployed caching options, the website's trusted document
 * ForumMeetings by id over a plain GET. A re-seed from a copy of the seeds with one fact changed
 * gives a new answer with a new ETag and Last-Modified; an unchanged re-seed keeps the 304, and so
 * does a re-seed that changes a fact the read does not show (the ETag is the answer's own).
 */
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { YAMLSeq } from "yaml";
import type { RunningHttpServer } from "../../../src/http/server.js";
import { DEFAULT_WEB_OPTIONS } from "../../../src/http/web-integration.js";
import { readTrustedDocuments } from "../../../src/website/trusted-documents.js";
import { startEditableSeedGraph, type EditableSeedGraph } from "../../support/editable-seed-graph.js";

const SRO_FILE = join("documents", "003-sro-2025-01-30.yaml");
const MEETING = "meeting:sro-2025-01-30";
const NEW_LOCATION = "Regionens hus, Göteborg (ändrad plats för provet)";
const VVG_FILE = join("documents", "002-vvg-2022-06-08.yaml");
const VVG_MEETING = "meeting:vvg-2022-06-08";

let graph: EditableSeedGraph;
let driver: Driver;
let server: RunningHttpServer;

const forumMeetings = readTrustedDocuments().byName.get("ForumMeetings")!;

/** The website's read: the trusted document by id, over GET, without custom headers. */
function forumMeetingsUrl(): string {
  const params = new URLSearchParams({
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: forumMeetings.id } }),
    variables: JSON.stringify({ forumId: "forum:sro" }),
  });
  return `${server.graphqlUrl}?${params}`;
}

interface Reply {
  status: number;
  etag: string | null;
  lastModified: string | null;
  body: string;
}

async function get(headers: Record<string, string> = {}): Promise<Reply> {
  const response = await fetch(forumMeetingsUrl(), { headers });
  return { status: response.status, etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified"), body: await response.text() };
}

function locationIn(body: string): string | undefined {
  const parsed = JSON.parse(body) as { data: { forums: { meetings: { id: string; location: string | null }[] }[] } };
  return parsed.data.forums[0]!.meetings.find((m) => m.id === MEETING)?.location ?? undefined;
}

async function reseed() {
  const report = await graph.reseed();
  // The HTTP layer reuses the graph version for graphVersionTtlMs; a client sees a change after it.
  await sleep(DEFAULT_WEB_OPTIONS.graphVersionTtlMs + 200);
  return report;
}

async function graphModifiedAt(): Promise<Date> {
  const rows = await driver.executeQuery(`MATCH (m:GraphMeta {id: "graph"}) RETURN toString(m.modifiedAt) AS modifiedAt`);
  return new Date(rows.records[0]!.get("modifiedAt") as string);
}

beforeAll(async () => {
  // The deployed caching options (graph version reused for about a second), not a test shortcut.
  graph = await startEditableSeedGraph("conditional-get", DEFAULT_WEB_OPTIONS);
  ({ driver, server } = graph);
  // Starting a JVM and seeding: seconds alone, minutes on a machine shared by many.
}, 600_000);

afterAll(async () => {
  await graph?.stop();
});

describe("conditional GET of a website read across re-seeds", () => {
  let first: Reply;
  let changed: Reply;

  it("answers the website read with validators, and a conditional GET with 304", async () => {
    first = await get();
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^W\/".+"$/);
    expect(first.lastModified).toBe((await graphModifiedAt()).toUTCString());
    expect(locationIn(first.body)).toMatch(/Centralhuset/);

    const conditional = await get({ "if-none-match": first.etag! });
    expect(conditional.status).toBe(304);
    expect(conditional.etag).toBe(first.etag);
    expect(conditional.body).toBe("");
  });

  it("gives 200 with a new ETag and Last-Modified after a re-seed with one fact changed", async () => {
    // Last-Modified has whole seconds: let the first seed's second pass so the change can show.
    const firstSeed = await graphModifiedAt();
    await sleep(Math.max(0, firstSeed.getTime() + 1_100 - Date.now()));

    graph.editSeedFile(SRO_FILE, (entities: YAMLSeq) => {
      const meeting = (entities as YAMLSeq<{ get(k: string): unknown; set(k: string, v: unknown): void }>).items.find((e) => e.get("id") === MEETING)!;
      meeting.set("location", NEW_LOCATION);
    });

    const report = await reseed();
    expect(report).toMatchObject({ nodesUpdated: 1, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsUpdated: 0, relationshipsDeleted: 0 });

    changed = await get({ "if-none-match": first.etag! });
    expect(changed.status).toBe(200);
    expect(changed.etag).toMatch(/^W\/".+"$/);
    expect(changed.etag).not.toBe(first.etag);
    expect(changed.lastModified).toBe((await graphModifiedAt()).toUTCString());
    expect(Date.parse(changed.lastModified!)).toBeGreaterThan(Date.parse(first.lastModified!));
    expect(locationIn(changed.body)).toBe(NEW_LOCATION);

    // If-Modified-Since with the old date is stale now too.
    const byOldDate = await get({ "if-modified-since": first.lastModified! });
    expect(byOldDate.status).toBe(200);
  });

  it("keeps answering 304 after a re-seed that changes nothing", async () => {
    const report = await reseed();
    expect(report.unchanged).toBe(true);
    const conditional = await get({ "if-none-match": changed.etag! });
    expect(conditional.status).toBe(304);
    expect(conditional.etag).toBe(changed.etag);
    const byDate = await get({ "if-modified-since": changed.lastModified! });
    expect(byDate.status).toBe(304);
  });

  it("keeps answering 304, for the read and for /id/<id>, after a re-seed that changes a fact neither shows", async () => {
    const entityUrl = `${server.url}/id/doc:hos-avtal`;
    const entity = await fetch(entityUrl);
    const entityEtag = entity.headers.get("etag")!;
    await entity.arrayBuffer();
    const versionBefore = (await driver.executeQuery(`MATCH (m:GraphMeta {id: "graph"}) RETURN m.version AS v`)).records[0]!.get("v");

    graph.editSeedFile(VVG_FILE, (entities: YAMLSeq) => {
      const meeting = (entities as YAMLSeq<{ get(k: string): unknown; set(k: string, v: unknown): void }>).items.find((e) => e.get("id") === VVG_MEETING)!;
      meeting.set("location", "Teams (ändrat för provet)");
    });
    const report = await reseed();
    expect(report).toMatchObject({ nodesUpdated: 1, nodesCreated: 0 });
    const versionAfter = (await driver.executeQuery(`MATCH (m:GraphMeta {id: "graph"}) RETURN m.version AS v`)).records[0]!.get("v");
    expect(versionAfter).not.toBe(versionBefore);

    const conditional = await get({ "if-none-match": changed.etag! });
    expect(conditional.status).toBe(304);
    expect(conditional.etag).toBe(changed.etag);
    const entityAgain = await fetch(entityUrl, { headers: { "if-none-match": entityEtag } });
    expect(entityAgain.status).toBe(304);
  });
});
