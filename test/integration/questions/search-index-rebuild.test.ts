/**
 * The search's subject index follows the graph: a topic written after the index was built (with a
 * new graph version, as every writer records one) is found by the search field once the version
 * is read again, by its name and with a typing error, and the index then holds it. A writer: it
 * adds a throw-away topic to the shared database and removes it afterwards (vitest.config.ts).
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { ManagedTransaction } from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { bumpGraphVersion } from "../../../src/changes/tracking.js";
import { CACHE_LIMITS } from "../../../src/config/limits.js";
import { subjectIndexOf } from "../../../src/questions/search/index/current.js";
import { searchTextOf } from "../../../src/seed/search-text.js";
import { useTestApi } from "../../support/test-api.js";

const api = useTestApi();
const ID = `topic:test-search-index-${process.pid}`;
const NAME = "Zyxåttaprovet för sökindex";

const write = async (work: (tx: ManagedTransaction) => Promise<unknown>) => {
  const session = api.driver().session({ database: api.database });
  try {
    await session.executeWrite(async (tx) => {
      await work(tx);
      await bumpGraphVersion(tx);
    });
  } finally {
    await session.close();
  }
};

const QUERY = `query($text: String!) { search(text: $text, limit: 5) { hits { match entity { id } } } }`;
const hits = async (text: string) => (await api.query<{ search: { hits: { match: string; entity: { id: string } }[] } }>(QUERY, { text })).search.hits;

afterAll(async () => {
  await write((tx) => tx.run("MATCH (n:Entity {id: $id}) DETACH DELETE n", { id: ID }));
});

describe("the subject index after a write", () => {
  it("answers a name written after it was built, once the graph's version is read again", async () => {
    expect(await hits("Zyxåttaprovet")).toEqual([]);
    const db = { driver: api.driver(), database: api.database };
    const built = await subjectIndexOf(db);
    expect(built).not.toBeNull();
    expect(built!.nodes.some((n) => n.entity.id === ID)).toBe(false);

    await write((tx) => tx.run("CREATE (:Entity:Topic {id: $id, name: $name, searchText: $searchText})", { id: ID, name: NAME, searchText: searchTextOf({ name: NAME }) }));
    // The graph's version is read at most once per graphVersionTtlMs (as the HTTP answers are).
    await sleep(CACHE_LIMITS.graphVersionTtlMs + 300);

    expect((await hits("Zyxåttaprovet"))[0]).toEqual({ match: "PREFIX", entity: { id: ID } });
    expect((await hits("zyxattaprovet sökindex"))[0]?.entity.id).toBe(ID);
    expect((await hits("Zyxåtaprovet"))[0]).toEqual({ match: "FUZZY", entity: { id: ID } });
    const rebuilt = await subjectIndexOf(db);
    expect(rebuilt).not.toBe(built);
    expect(rebuilt!.nodes.some((n) => n.entity.id === ID)).toBe(true);
  });
});
