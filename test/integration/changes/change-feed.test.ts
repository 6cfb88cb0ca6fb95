/**
 * The change feed on an own local Neo4j (the shared test database must not be re-seeded with
 * edited files): seed, edit a copy of the seed files, re-seed, and ask `changes` over HTTP for
 * exactly the created, changed and removed facts (since exclusive: polling from the previous asOf
 * sees each change once; with records in the export's shape on request); an unchanged re-seed
 * keeps the version; bad arguments get a typed 400.
 */
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { YAMLSeq } from "yaml";
import type { Change, ChangePage } from "../../../src/changes/feed.js";
import type { RunningHttpServer } from "../../../src/http/server.js";
import { postGraphQL, queryOk } from "../../support/test-server.js";
import { startEditableSeedGraph, type EditableSeedGraph } from "../../support/editable-seed-graph.js";

const VVG_FILE = join("documents", "002-vvg-2022-06-08.yaml");
const NEW_TOPIC = "topic:andringsflode-prov";
const ITEM = "item:vvg-2022-06-08-01";
const CHANGED = "topic:mellanplatser";

let graph: EditableSeedGraph;
let driver: Driver;
let server: RunningHttpServer;

interface Page {
  changes: ChangePage;
}
const CHANGES = `query($since: DateTime!, $after: String, $first: Int, $withRecords: Boolean) {
  changes(since: $since, after: $after, first: $first, withRecords: $withRecords) {
    since asOf hasNextPage endCursor
    changes { id change object type from to createdAt modifiedAt deletedAt record }
  }
}`;

function editVvgFile(edit: (entities: YAMLSeq, relations: YAMLSeq) => void): void {
  graph.editSeedFile(VVG_FILE, edit);
}

function indexOfId(seq: YAMLSeq, id: string): number {
  return seq.items.findIndex((item) => (item as { get(k: string): unknown }).get("id") === id);
}

function reseed() {
  return graph.reseed();
}

async function graphVersion(): Promise<{ version: string; modifiedAt: string } | null> {
  return (await queryOk<{ graphVersion: { version: string; modifiedAt: string } | null }>(server.graphqlUrl, "{ graphVersion { version modifiedAt } }")).graphVersion;
}

/** All changes since a time, page by page (small pages, to exercise the cursor). */
async function allChanges(since: string, first = 2, withRecords = false): Promise<Change[]> {
  const out: Change[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const result: Page = await queryOk<Page>(server.graphqlUrl, CHANGES, { since, after, first, withRecords });
    out.push(...result.changes.changes);
    if (!result.changes.hasNextPage) return out;
    after = result.changes.endCursor;
  }
  throw new Error("more than 50 pages");
}

beforeAll(async () => {
  graph = await startEditableSeedGraph("changes");
  ({ driver, server } = graph);
  // Starting a JVM and seeding: seconds alone, minutes on a machine shared by many.
}, 600_000);

afterAll(async () => {
  await graph?.stop();
});

describe("graph version", () => {
  it("is set by the first seed and stays the same when re-seeding changes nothing", async () => {
    const before = await graphVersion();
    expect(before?.version).toMatch(/^g\d+-\d+$/);
    const report = await reseed();
    expect(report.unchanged).toBe(true);
    expect(await graphVersion()).toEqual(before);
    // The Cypher contract the HTTP caching reads.
    const raw = await driver.executeQuery(`MATCH (m:GraphMeta {id: "graph"}) RETURN m.version AS version, m.modifiedAt AS modifiedAt`);
    expect(raw.records[0]!.get("version")).toBe(before!.version);
    expect(neo4j.isDateTime(raw.records[0]!.get("modifiedAt"))).toBe(true);
  });

  it("gives every node and relationship createdAt and modifiedAt", async () => {
    const missing = await driver.executeQuery(
      `CALL () { MATCH (n) WHERE (n:Entity OR n:SourceDocument) AND (n.createdAt IS NULL OR n.modifiedAt IS NULL) RETURN count(n) AS c
                 UNION ALL MATCH ()-[r]->() WHERE r.createdAt IS NULL OR r.modifiedAt IS NULL RETURN count(r) AS c }
       RETURN sum(c) AS n`,
    );
    expect(missing.records[0]!.get("n").toNumber()).toBe(0);
  });
});

describe("change feed after editing a seed file", () => {
  let afterFirstSeed: string;
  let afterAdding: string;
  let createdAtOfChanged: string;

  it("lists nothing after the last change", async () => {
    const version = (await graphVersion())!;
    afterFirstSeed = version.modifiedAt;
    expect(await allChanges(afterFirstSeed)).toEqual([]);
  });

  it("stamps times to the millisecond, as the API prints them", async () => {
    const rows = await driver.executeQuery(`MATCH (n:Entity) WITH n LIMIT 20 RETURN toString(n.modifiedAt) AS m UNION MATCH (g:GraphMeta) RETURN toString(g.modifiedAt) AS m`);
    for (const record of rows.records) expect(record.get("m")).toMatch(/T\d\d:\d\d:\d\d(\.\d{1,3})?Z$/);
  });

  it("hands a poller every fact of the first seed once: the next poll from its asOf is empty", async () => {
    const first = await queryOk<Page>(server.graphqlUrl, CHANGES, { since: "2020-01-01T00:00:00Z", first: 500 });
    expect(first.changes.changes.length).toBe(500);
    const next = await queryOk<Page>(server.graphqlUrl, CHANGES, { since: first.changes.asOf, first: 500 });
    expect(next.changes.changes).toEqual([]);
    expect(next.changes.asOf).toBe(first.changes.asOf);
  });

  it("lists exactly the created node and relationship after they were added", async () => {
    editVvgFile((entities, relations) => {
      entities.add({ id: NEW_TOPIC, type: "Topic", name: "Ändringsflödesprov", cite: ["Omvandla kommunala vårdplatser till mellanplatser med viss medicinskt kvarstående behov"] });
      relations.add({ type: "CONCERNS", from: ITEM, to: NEW_TOPIC, cite: ["Omvandla kommunala vårdplatser till mellanplatser med viss medicinskt kvarstående behov"] });
    });
    const report = await reseed();
    expect(report).toMatchObject({ nodesCreated: 1, relationshipsCreated: 1, nodesUpdated: 0, relationshipsUpdated: 0, nodesDeleted: 0, relationshipsDeleted: 0 });
    const changes = await allChanges(afterFirstSeed, 1);
    expect(changes.map((c) => [c.change, c.object, c.type, c.id]).sort()).toEqual(
      [
        ["CREATED", "NODE", "Topic", NEW_TOPIC],
        ["CREATED", "RELATIONSHIP", "CONCERNS", `CONCERNS|${ITEM}|${NEW_TOPIC}`],
      ].sort(),
    );
    const rel = changes.find((c) => c.object === "RELATIONSHIP")!;
    expect(rel).toMatchObject({ from: ITEM, to: NEW_TOPIC, deletedAt: null });
    const version = (await graphVersion())!;
    expect(changes.every((c) => c.modifiedAt === version.modifiedAt)).toBe(true);
    afterAdding = version.modifiedAt;

    // With records: each entry carries its node or relationship as the export writes it.
    const withRecords = await allChanges(afterFirstSeed, 5, true);
    const topic = withRecords.find((c) => c.id === NEW_TOPIC)!.record as Record<string, unknown>;
    expect(topic).toMatchObject({ record: "node", id: NEW_TOPIC, type: "Topic", inferred: false, properties: { name: "Ändringsflödesprov" } });
    expect((topic.sources as { document: string }[])[0]!.document).toBe("002_8d4a43273a73bb64.txt");
    const link = withRecords.find((c) => c.object === "RELATIONSHIP")!.record;
    expect(link).toMatchObject({ record: "relationship", type: "CONCERNS", from: ITEM, to: NEW_TOPIC });
    expect(changes.every((c) => c.record === null)).toBe(true);
  });

  it("lists exactly the changed node and the removed node and relationship, with tombstones", async () => {
    const before = await driver.executeQuery(`MATCH (n:Entity {id: $id}) RETURN toString(n.createdAt) AS c`, { id: CHANGED });
    createdAtOfChanged = before.records[0]!.get("c");
    editVvgFile((entities, relations) => {
      const changed = entities.items[indexOfId(entities, CHANGED)] as { set(k: string, v: unknown): void };
      changed.set("description", "Kommunala platser för patienter med kvarstående medicinskt behov efter sjukhusvård (ändrad).");
      entities.delete(indexOfId(entities, NEW_TOPIC));
      const relIndex = relations.items.findIndex((r) => (r as { get(k: string): unknown }).get("to") === NEW_TOPIC);
      relations.delete(relIndex);
    });
    const versionBefore = (await graphVersion())!.version;
    const report = await reseed();
    expect(report).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, nodesUpdated: 1, relationshipsUpdated: 0, nodesDeleted: 1, relationshipsDeleted: 1 });
    expect((await graphVersion())!.version).not.toBe(versionBefore);

    const changes = await allChanges(afterAdding);
    expect(changes.map((c) => [c.change, c.object, c.type, c.id]).sort()).toEqual(
      [
        ["DELETED", "NODE", "Topic", NEW_TOPIC],
        ["DELETED", "RELATIONSHIP", "CONCERNS", `CONCERNS|${ITEM}|${NEW_TOPIC}`],
        ["UPDATED", "NODE", "Topic", CHANGED],
      ].sort(),
    );
    const updated = changes.find((c) => c.id === CHANGED)!;
    // createdAt survives an update (the scalar prints milliseconds).
    expect(Date.parse(updated.createdAt!)).toBe(Math.floor(Date.parse(createdAtOfChanged)));
    const deleted = changes.find((c) => c.id === NEW_TOPIC)!;
    expect(deleted.deletedAt).toBe(deleted.modifiedAt);
    expect(deleted.createdAt).not.toBeNull();
  });

  it("lists all three kinds since the first seed, the removed topic as deleted", async () => {
    const changes = await allChanges(afterFirstSeed, 3);
    expect(changes.map((c) => `${c.change} ${c.id}`).sort()).toEqual([`DELETED CONCERNS|${ITEM}|${NEW_TOPIC}`, `DELETED ${NEW_TOPIC}`, `UPDATED ${CHANGED}`].sort());
    // Stable order: modifiedAt, then id.
    const keys = changes.map((c) => `${c.modifiedAt} ${c.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it("does not show tombstones or bookkeeping as entities (lists, search)", async () => {
    const data = await queryOk<{ topics: unknown[]; search: { hits: unknown[] } }>(
      server.graphqlUrl,
      `{ topics(where: { id: { eq: "${NEW_TOPIC}" } }) { id } search(text: "Ändringsflödesprov") { hits { entity { id } } } }`,
    );
    expect(data.topics).toEqual([]);
    expect(data.search.hits).toEqual([]);
  });

  it("counts a re-added fact as created again and drops its tombstone", async () => {
    const before = (await graphVersion())!;
    editVvgFile((entities) => {
      entities.add({ id: NEW_TOPIC, type: "Topic", name: "Ändringsflödesprov", cite: ["Omvandla kommunala vårdplatser till mellanplatser med viss medicinskt kvarstående behov"] });
    });
    await reseed();
    const changes = await allChanges(before.modifiedAt);
    expect(changes.map((c) => `${c.change} ${c.id}`)).toEqual([`CREATED ${NEW_TOPIC}`]);
    const tombstones = await driver.executeQuery(`MATCH (t:Tombstone {id: $id}) RETURN count(t) AS n`, { id: NEW_TOPIC });
    expect(tombstones.records[0]!.get("n").toNumber()).toBe(0);
  });
});

describe("bad input gets a typed 400", () => {
  it("rejects an unparseable since", async () => {
    const result = await postGraphQL(server.graphqlUrl, CHANGES, { since: "igår" });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/since/);
  });

  it("rejects a since without a UTC offset", async () => {
    const result = await postGraphQL(server.graphqlUrl, `{ changes(since: "2025-01-01T10:00:00") { asOf } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "since" } });
  });

  it("rejects a since in the future", async () => {
    const result = await postGraphQL(server.graphqlUrl, CHANGES, { since: "2030-01-01T00:00:00Z" });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "since" } });
    expect(result.errors?.[0]?.message).toMatch(/future/);
  });

  it("rejects first out of range", async () => {
    for (const first of [0, 501]) {
      const result = await postGraphQL(server.graphqlUrl, CHANGES, { since: "2020-01-01T00:00:00Z", first });
      expect(result.status).toBe(400);
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "first" } });
    }
  });

  it("rejects a cursor made for another since, and one that is not a cursor", async () => {
    const page = await queryOk<Page>(server.graphqlUrl, CHANGES, { since: "2020-01-01T00:00:00Z", first: 1 });
    expect(page.changes.hasNextPage).toBe(true);
    const other = await postGraphQL(server.graphqlUrl, CHANGES, { since: "2020-01-02T00:00:00Z", after: page.changes.endCursor });
    expect(other.status).toBe(400);
    expect(other.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "after" } });
    expect(other.errors?.[0]?.message).toMatch(/another `since`/);
    const garbage = await postGraphQL(server.graphqlUrl, CHANGES, { since: "2020-01-01T00:00:00Z", after: "MTIz" });
    expect(garbage.status).toBe(400);
    expect(garbage.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "after" } });
  });
});
