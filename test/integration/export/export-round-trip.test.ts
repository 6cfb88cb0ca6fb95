/**
 * The export round-trips: GET /export/graph.ndjson from the real server on the seeded test
 * database, load it into an EMPTY Neo4j of this file's own (the shared one is never wiped), and
 * compare counts per label and relationship type, and a sample of facts with their sources
 * through the same GraphQL query on both. Also: ETag = graph version, 304, gzip, times to the
 * millisecond, the licence, CSV with a BOM and every field of the NDJSON as a column.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyDatabaseSchema } from "../../../src/database/apply-schema.js";
import { nodeColumns, RELATIONSHIP_COLUMNS, SOURCE_COLUMNS } from "../../../src/export/records.js";
import { entityTypes, type EntityType } from "../../../src/model/entities.js";
import type { RunningHttpServer } from "../../../src/http/server.js";
import { dateFields } from "../../../src/model/entities.js";
import { TEST_ID_MARK, useTestApi } from "../../support/test-api.js";
import { queryOk, startTestServer } from "../../support/test-server.js";
import { startOwnNeo4j, type OwnNeo4j } from "../../support/own-neo4j.js";

const source = useTestApi();
let own: OwnNeo4j;
let copy: Driver;
let copyServer: RunningHttpServer;
let exportUrl: string;
let lines: Record<string, unknown>[];
let etag: string;

/** Fixtures other test files write into the shared database meanwhile are not seed facts. */
const notTest = (id: unknown) => typeof id === "string" && !id.includes(TEST_ID_MARK);

type Rec = Record<string, unknown> & { properties?: Record<string, unknown>; sources?: { document: string; quote: string }[] };

function storedProperties(record: Rec): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record.properties ?? {})) {
    props[k] = dateFields.has(k) && typeof v === "string" ? neo4j.types.Date.fromStandardDate(new Date(`${v}T00:00:00Z`)) : v;
  }
  return {
    ...props,
    inferred: record.inferred,
    ...(record.because ? { because: record.because } : {}),
    sourceDocuments: (record.sources ?? []).map((s) => s.document),
    sourceQuotes: (record.sources ?? []).map((s) => s.quote),
  };
}

/** A minimal loader for the documented NDJSON format (docs/export.md), as a consumer would write it. */
async function load(driver: Driver, records: Rec[]): Promise<void> {
  const sources = records.filter((r) => r.record === "source").map((r) => {
    // The file's description stays with the server that holds the text.
    const { record: _r, createdAt: _c, modifiedAt: _m, file: _f, ...rest } = r;
    return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null));
  });
  await driver.executeQuery(
    `UNWIND $rows AS row CREATE (d:SourceDocument) SET d = row, d.date = date(row.date), d.publishedOn = date(row.publishedOn), d.urlFoundOn = date(row.urlFoundOn)`,
    { rows: sources },
  );
  const nodes = records.filter((r) => r.record === "node" && notTest(r.id)).map((r) => ({ id: r.id, label: r.type, props: { id: r.id, ...storedProperties(r) } }));
  await driver.executeQuery(`UNWIND $rows AS row CALL apoc.create.node(['Entity', row.label], row.props) YIELD node RETURN count(node)`, { rows: nodes });
  const rels = records
    .filter((r) => r.record === "relationship" && notTest(r.from) && notTest(r.to))
    .map((r) => ({ type: r.type, from: r.from, to: r.to, props: storedProperties(r) }));
  await driver.executeQuery(
    `UNWIND $rows AS row MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
     CALL apoc.create.relationship(a, row.type, row.props, b) YIELD rel RETURN count(rel)`,
    { rows: rels },
  );
}

async function countsOf(driver: Driver): Promise<{ labels: Record<string, number>; types: Record<string, number> }> {
  const labels = await driver.executeQuery(
    `MATCH (n) WHERE (n:Entity OR n:SourceDocument) AND NOT n.id CONTAINS $mark UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label`,
    { mark: TEST_ID_MARK },
  );
  const types = await driver.executeQuery(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT a.id CONTAINS $mark AND NOT b.id CONTAINS $mark RETURN type(r) AS type, count(*) AS n ORDER BY type`,
    { mark: TEST_ID_MARK },
  );
  return {
    labels: Object.fromEntries(labels.records.map((r) => [r.get("label"), r.get("n").toNumber()])),
    types: Object.fromEntries(types.records.map((r) => [r.get("type"), r.get("n").toNumber()])),
  };
}

/** Facts with their sources: a forum's meetings with agenda, a governing document with its parts, a fund flow; sources on nodes and edges. */
const SAMPLE = `{
  meetings(where: { id: { in: ["meeting:sro-2025-01-30", "meeting:vvg-2022-06-08", "meeting:sro-2021-05-21"] } }, sort: [{ id: ASC }]) {
    id name kind status month date startTime location inferred because
    sources { document { id title kind date } quote }
    forumConnection(sort: [{ node: { id: ASC } }]) { edges { node { id name } properties { inferred because sources { document { id } quote } } } }
    items(sort: [{ order: ASC }, { id: ASC }]) { id order name positions(sort: [{ id: ASC }]) { id positionType wording sources { document { id } quote } } presenters(sort: [{ id: ASC }]) { id name } }
  }
  governingDocuments(sort: [{ id: ASC }], limit: 8) {
    id name kind status validFrom validTo sources { document { id title } quote }
    partOfConnection(sort: [{ node: { id: ASC } }]) { edges { node { id } properties { inferred because sources { quote } } } }
  }
  funds(sort: [{ id: ASC }]) { id name amountSek periodStart sources { quote } }
  sourceDocuments(sort: [{ id: ASC }]) { id title kind date year description url urlFoundBy urlFoundOn urlMissing publisher publishedOn }
}`;

beforeAll(async () => {
  own = await startOwnNeo4j("export");
  copy = neo4j.driver(own.url);
  await applyDatabaseSchema(copy, "neo4j");
  copyServer = await startTestServer(copy, "neo4j");
  exportUrl = source.url().replace(/\/graphql$/, "/export");
  // Starting a JVM: seconds alone, minutes on a machine shared by many.
}, 600_000);

afterAll(async () => {
  await copyServer?.close();
  await copy?.close();
  await own?.stop();
});

describe("NDJSON export", () => {
  it("streams the whole graph with the graph version as ETag", async () => {
    const version = await source.query<{ graphVersion: { version: string } }>("{ graphVersion { version } }");
    const response = await fetch(`${exportUrl}/graph.ndjson`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/x-ndjson/);
    etag = response.headers.get("etag")!;
    expect(etag).toBe(`"${version.graphVersion.version}"`);
    expect(response.headers.get("last-modified")).toBeTruthy();
    lines = (await response.text()).trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ record: "meta", graphVersion: version.graphVersion.version });
    const kinds = lines.map((l) => l.record as string);
    // sources, then nodes, then relationships: every node comes before its edges.
    expect(kinds.lastIndexOf("source")).toBeLessThan(kinds.indexOf("node"));
    expect(kinds.lastIndexOf("node")).toBeLessThan(kinds.indexOf("relationship"));
  });

  it("says its licence, and gives every time in UTC to the millisecond", async () => {
    expect(lines[0]).toMatchObject({ license: "https://creativecommons.org/publicdomain/zero/1.0/" });
    const times = lines.flatMap((l) => [l.createdAt, l.modifiedAt, l.exportedAt]).filter((t) => typeof t === "string") as string[];
    expect(times.length).toBeGreaterThan(1000);
    for (const t of times) expect(t).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("is compressed for a client that accepts gzip", async () => {
    const response = await fetch(`${exportUrl}/graph.ndjson`, { headers: { "accept-encoding": "gzip" } });
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect((await response.text()).split("\n")[0]).toContain('"record":"meta"');
  });

  it("answers a conditional GET on the same version with 304 and no body", async () => {
    const response = await fetch(`${exportUrl}/graph.ndjson`, { headers: { "if-none-match": etag } });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    const stale = await fetch(`${exportUrl}/graph.ndjson`, { headers: { "if-none-match": `"g0-0"` } });
    expect(stale.status).toBe(200);
    await stale.body?.cancel();
  });

  it("loads into an empty Neo4j with the same counts per label and relationship type", async () => {
    await load(copy, lines as Rec[]);
    const [original, loaded] = await Promise.all([countsOf(source.driver()), countsOf(copy)]);
    expect(Object.keys(original.types).length).toBeGreaterThan(30);
    expect(loaded).toEqual(original);
  });

  it("serves the same sample of facts with their sources from the copy as from the original", async () => {
    const [original, loaded] = await Promise.all([source.query(SAMPLE), queryOk(copyServer.graphqlUrl, SAMPLE)]);
    expect((original as { meetings: unknown[] }).meetings).toHaveLength(3);
    expect(loaded).toEqual(original);
  }, 180_000);
});

describe("CSV export", () => {
  it("writes one table per type with a BOM, a header of the documented columns and every row", async () => {
    const response = await fetch(`${exportUrl}/Meeting.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    expect(response.headers.get("etag")).toBe(etag);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text.split("\n")[0]).toBe(nodeColumns("Meeting").join(","));
    const meetings = await source.cypher<{ id: string }>(`MATCH (m:Meeting) WHERE NOT m.id CONTAINS $mark RETURN m.id AS id`, { mark: TEST_ID_MARK });
    for (const m of meetings) expect(text).toContain(`\n${m.id},`);
    expect(text).toContain("Göteborg");
  });

  it("has a column for every field of the NDJSON, for every table", async () => {
    const top = (l: Record<string, unknown>, skip: string[]) => Object.keys(l).filter((k) => !skip.includes(k));
    for (const type of entityTypes) {
      const fields = new Set<string>();
      for (const l of lines.filter((l) => l.record === "node" && l.type === type)) {
        top(l, ["record", "type", "properties"]).forEach((k) => fields.add(k));
        Object.keys((l.properties as Record<string, unknown>) ?? {}).forEach((k) => fields.add(k));
      }
      expect([...fields].filter((f) => !nodeColumns(type as EntityType).includes(f)), type).toEqual([]);
    }
    const relationshipFields = new Set(lines.filter((l) => l.record === "relationship").flatMap((l) => [...top(l, ["record", "properties"]), ...Object.keys(l.properties as object)]));
    expect([...relationshipFields].filter((f) => !RELATIONSHIP_COLUMNS.includes(f))).toEqual([]);
    const sourceFields = new Set(lines.filter((l) => l.record === "source").flatMap((l) => top(l, ["record", "file"])));
    expect([...sourceFields].filter((f) => !SOURCE_COLUMNS.includes(f))).toEqual([]);
    expect(SOURCE_COLUMNS).toEqual(expect.arrayContaining(["fileMediaType", "fileSize", "fileSha256", "fileTextLength", "fileAccessUrl"]));
    expect(nodeColumns("Meeting")).toEqual(expect.arrayContaining(["datePrecision", "sortKey"]));
  });

  it("answers 304 for a CSV on the same version and 404 for an unknown table", async () => {
    expect((await fetch(`${exportUrl}/relationships.csv`, { headers: { "if-none-match": etag } })).status).toBe(304);
    const missing = await fetch(`${exportUrl}/Nothing.csv`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({
      errors: [{ extensions: { code: "NOT_FOUND", files: expect.arrayContaining(["/export/graph.ndjson", "/export/Meeting.csv", "/export/sources.csv"]) } }],
    });
  });
});
