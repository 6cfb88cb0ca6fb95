/**
 * The subject index per graph version, with the database stubbed (the index and its rules are
 * what is tested): built once however many searches ask at once, again for a new version, never
 * replaced by an older build; no index for a graph without a version or over the cap, and then
 * the search field gathers with Lucene (its statement is run).
 */
import { describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { SEARCH_INDEX_LIMITS } from "../../../../src/config/limits.js";
import { currentSubjectIndex, type SubjectIndexSource } from "../../../../src/questions/search/index/current.js";
import { loadSearchableNodes, type LoadedNodes } from "../../../../src/questions/search/index/load.js";
import type { IndexedNode } from "../../../../src/questions/search/index/subject-index.js";
import { question as search } from "../../../../src/questions/search/resolver.js";

const node = (id: string, name: string): IndexedNode => ({
  entity: { id, name, type: "Topic", kind: null, shortName: null, status: null },
  names: [name],
  searchText: name,
  date: null,
  precision: null,
  amount: null,
  forum: null,
  text: null,
  facts: null,
});

/** A source whose version and nodes the test sets; each load waits for `release` when one is set. */
function fakeSource() {
  const state = { version: "g1" as string | null, nodes: [node("topic:a", "Första ämnet")], loads: 0, release: null as Promise<void> | null };
  const source: SubjectIndexSource = {
    version: async () => state.version,
    async load(): Promise<LoadedNodes> {
      state.loads++;
      const [version, nodes] = [state.version, state.nodes];
      if (state.release) await state.release;
      return { version, searchable: nodes.length, nodes };
    },
  };
  return { state, source };
}

const names = async (current: ReturnType<typeof currentSubjectIndex>) => (await current.get())?.nodes.map((n) => n.entity.name) ?? null;

describe("the subject index per graph version", () => {
  it("leaves the search to Lucene after a failed build, and tries again only after a while", async () => {
    const { state, source } = fakeSource();
    let clock = 0;
    let failing = true;
    const flaky: SubjectIndexSource = { version: source.version, load: () => (failing ? (state.loads++, Promise.reject(new Error("transaction timed out"))) : source.load()) };
    const current = currentSubjectIndex(flaky, 60_000, () => clock);
    expect(await current.get()).toBeNull();
    expect(await current.get()).toBeNull();
    expect(state.loads).toBe(1);
    failing = false;
    clock = 59_999;
    expect(await current.get()).toBeNull();
    clock = 60_000;
    expect(await names(current)).toEqual(["Första ämnet"]);
    expect(state.loads).toBe(2);
  });

  it("is built once for a version, however many ask at once", async () => {
    const { state, source } = fakeSource();
    const current = currentSubjectIndex(source);
    const [a, b, c] = await Promise.all([current.get(), current.get(), current.get()]);
    expect(a).not.toBeNull();
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(await current.get()).toBe(a);
    expect(state.loads).toBe(1);
  });

  it("is built again for a new version, and answers with the new nodes", async () => {
    const { state, source } = fakeSource();
    const current = currentSubjectIndex(source);
    expect(await names(current)).toEqual(["Första ämnet"]);
    state.nodes = [...state.nodes, node("topic:b", "Nytt ämne")];
    expect(await names(current)).toEqual(["Första ämnet"]);
    state.version = "g2";
    expect(await names(current)).toEqual(["Första ämnet", "Nytt ämne"]);
    expect(state.loads).toBe(2);
  });

  it("is not replaced by a build that started earlier and ended later", async () => {
    const { state, source } = fakeSource();
    const current = currentSubjectIndex(source);
    let release!: () => void;
    state.release = new Promise((r) => (release = r));
    const first = current.get();
    // The first build has read its version and started loading.
    while (state.loads === 0) await new Promise((r) => setImmediate(r));
    state.release = null;
    state.version = "g2";
    state.nodes = [node("topic:b", "Nytt ämne")];
    expect(await names(current)).toEqual(["Nytt ämne"]);
    release();
    expect((await first)?.nodes.map((n) => n.entity.name)).toEqual(["Första ämnet"]);
    expect(await names(current)).toEqual(["Nytt ämne"]);
  });

  it("is none for a graph without a version, or over the cap", async () => {
    const { state, source } = fakeSource();
    state.version = null;
    expect(await currentSubjectIndex(source).get()).toBeNull();
    const tooMany = currentSubjectIndex({ version: async () => "g1", load: async () => ({ version: "g1", searchable: SEARCH_INDEX_LIMITS.maxNodes + 1, nodes: null }) });
    expect(await tooMany.get()).toBeNull();
  });

  it("fails a search when the database is out of reach during the build, and builds again on the next", async () => {
    const { state, source } = fakeSource();
    let fail = true;
    const down = Object.assign(new Error("connection refused"), { code: "ServiceUnavailable" });
    const current = currentSubjectIndex({ version: source.version, load: () => (fail ? Promise.reject(down) : source.load()) });
    await expect(current.get()).rejects.toThrow("connection refused");
    fail = false;
    expect(await names(current)).toEqual(["Första ämnet"]);
    expect(state.loads).toBe(1);
  });
});

/** A record as the driver gives one. */
const record = (values: Record<string, unknown>) => ({ get: (key: string) => values[key], toObject: () => values });

/** A database stub: the graph's version, a count of searchable nodes, and one row for any other statement. */
function stubDriver(searchable: number, row: Record<string, unknown>) {
  const statements: string[] = [];
  const answer = (cypher: string) => {
    statements.push(cypher);
    if (cypher.includes("GraphMeta")) return { records: [record({ version: "g7-1", modifiedAt: null })] };
    if (cypher.includes("count(n) AS searchable")) return { records: [record({ searchable })] };
    return { records: [record(row)] };
  };
  const driver = {
    executeQuery: async (cypher: string) => answer(cypher),
    session: () => ({ executeRead: async <T>(work: (tx: unknown) => Promise<T>) => work({ run: async (cypher: string) => answer(cypher) }), close: async () => undefined }),
  };
  return { driver: driver as unknown as Driver, statements };
}

describe("a graph over the cap", () => {
  it("loads no nodes: the count alone", async () => {
    const { driver, statements } = stubDriver(11, { nodes: [] });
    expect(await loadSearchableNodes({ driver, database: "neo4j" }, 10)).toEqual({ version: "g7-1", searchable: 11, nodes: null });
    expect(statements.some((s) => s.includes("MATCH (node:Entity)"))).toBe(false);
  });

  it("is searched with Lucene: the search field runs its full-text statement", async () => {
    const candidate = { ...node("topic:a", "Ungdomsmottagningar"), luceneScore: 3 };
    const { driver, statements } = stubDriver(SEARCH_INDEX_LIMITS.maxNodes + 1, { candidates: [candidate] });
    const answer = await search.run({ driver, database: "neo4j" }, { text: "ungdomsmottagningar", types: [], limit: 5, asOf: "2026-12-06" });
    expect(answer.hits.map((h) => [h.entity.id, h.match])).toEqual([["topic:a", "EXACT"]]);
    expect(statements.some((s) => s.includes("db.index.fulltext.queryNodes"))).toBe(true);
    expect(statements.some((s) => s.includes("MATCH (node:Entity)"))).toBe(false);
  });

  it("within the cap, is searched in memory: no full-text statement", async () => {
    const { driver, statements } = stubDriver(1, { nodes: [node("topic:a", "Ungdomsmottagningar")] });
    const answer = await search.run({ driver, database: "neo4j" }, { text: "ungdomsmotagningar", types: [], limit: 5, asOf: "2026-12-06" });
    expect(answer.hits.map((h) => [h.entity.id, h.match])).toEqual([["topic:a", "FUZZY"]]);
    expect(statements.some((s) => s.includes("db.index.fulltext.queryNodes"))).toBe(false);
  });
});
