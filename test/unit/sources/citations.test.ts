/**
 * Citations built in the app (src/sources/citations.ts): the pairing of ids and quotes, the
 * marker an analyst statement returns, and one read of the documents per answer or request. The
 * database is stubbed here (what it returns for the documents' ids); the integration suites check
 * the same answers against a real Neo4j.
 */
import { describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { citationsOf, fillCitations, DOCUMENT_REFS_STATEMENT, type SourceDocumentRef } from "../../../src/sources/citations.js";
import { CITATIONS_KEY } from "../../../src/sources/citation-marker.js";
import { anchorOf } from "../../../src/sources/passages.js";
import { toNative } from "../../../src/questions/shared/run.js";
import { noPendingMarkers } from "../../../src/questions/shared/markers.js";
import { sourcesResolvers } from "../../../src/graphql/sources-resolvers.js";
import { readTypeDefs } from "../../../src/graphql/type-defs.js";

const DOCS: SourceDocumentRef[] = [
  { id: "a.txt", title: "Protokoll A", kind: "MEETING_NOTES", date: "2024-05-17" },
  { id: "b.txt", title: "Uppdrag B", kind: "COMMISSION", date: null },
];
const REFS = new Map(DOCS.map((d) => [d.id, d]));

/** A driver that answers the documents' statement from DOCS and counts what it was asked. */
function documentsDriver() {
  const asked: { statement: string; ids: string[] }[] = [];
  const driver = {
    async executeQuery(statement: string, params: { ids: string[] }) {
      asked.push({ statement, ids: params.ids });
      const records = DOCS.filter((d) => params.ids.includes(d.id)).map((d) => ({ get: (key: keyof SourceDocumentRef) => d[key] }));
      return { records };
    },
  } as unknown as Driver;
  return { driver, asked };
}

describe("citationsOf", () => {
  it("pairs quote i with document i and anchors each quote", () => {
    const cited = citationsOf(["b.txt", "a.txt"], ["första citatet", "andra – med tankstreck"], REFS);
    expect(cited).toEqual([
      { document: DOCS[1], quote: "första citatet", anchor: anchorOf("första citatet") },
      { document: DOCS[0], quote: "andra – med tankstreck", anchor: anchorOf("andra – med tankstreck") },
    ]);
    expect(cited[0]!.anchor).toMatch(/^citation-[0-9a-f]{12}$/);
  });

  it("leaves out a quote whose document the graph does not hold, or that has no document", () => {
    expect(citationsOf(["gone.txt", "a.txt"], ["x", "y", "z"], REFS).map((c) => c.quote)).toEqual(["y"]);
  });
});

describe("an analyst answer's citations", () => {
  const marker = (documents: string[], quotes: string[]) => ({ [CITATIONS_KEY]: [documents, quotes] });

  it("become lists where the statement put a marker, filled with one read of the documents", async () => {
    const pending = noPendingMarkers();
    const answer = toNative({ steps: [{ relation: "PART_OF", sources: marker(["a.txt"], ["ett"]) }, { relation: "CONCERNS", sources: marker(["b.txt", "a.txt"], ["två", "tre"]) }] }, pending) as {
      steps: { sources: { quote: string; document: { id: string } }[] }[];
    };
    expect(pending.citations).toHaveLength(2);
    const { driver, asked } = documentsDriver();
    await fillCitations({ driver, database: "neo4j" }, pending.citations);
    expect(asked).toEqual([{ statement: DOCUMENT_REFS_STATEMENT, ids: ["a.txt", "b.txt"] }]);
    expect(answer.steps.map((s) => s.sources.map((c) => `${c.document.id}:${c.quote}`))).toEqual([["a.txt:ett"], ["b.txt:två", "a.txt:tre"]]);
  });

  it("cost no read when the answer cites nothing", async () => {
    const pending = noPendingMarkers();
    toNative({ steps: [{ relation: "PART_OF", sources: [] }] }, pending);
    const { driver, asked } = documentsDriver();
    await fillCitations({ driver, database: "neo4j" }, pending.citations);
    expect(asked).toEqual([]);
  });
});

describe("the GraphQL field sources", () => {
  const resolvers = sourcesResolvers(readTypeDefs());

  it("has a resolver on every node type and on the relationships' properties", () => {
    for (const type of ["GoverningDocument", "Organisation", "Meeting", "Fund", "Fact", "PartyFact"]) expect(resolvers[type]?.sources, type).toBeTypeOf("function");
    // Types whose sources an analyst statement or another resolver builds keep theirs.
    for (const type of ["PathStep", "SigningTerm", "Source"]) expect(resolvers[type], type).toBeUndefined();
  });

  it("reads the documents of every fact of one request once, together", async () => {
    const { driver, asked } = documentsDriver();
    const context = { executionContext: driver, sessionConfig: { database: "neo4j" } };
    const sources = resolvers.GoverningDocument!.sources;
    const [first, second] = await Promise.all([
      sources({ sourceDocuments: ["a.txt"], sourceQuotes: ["ett"] }, {}, context),
      resolvers.Fact!.sources({ sourceDocuments: ["b.txt", "a.txt"], sourceQuotes: ["två", "tre"] }, {}, context),
    ]);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.ids.sort()).toEqual(["a.txt", "b.txt"]);
    expect(first.map((c) => c.quote)).toEqual(["ett"]);
    expect(second.map((c) => c.document.id)).toEqual(["b.txt", "a.txt"]);
    // Another request reads for itself.
    await sources({ sourceDocuments: ["a.txt"], sourceQuotes: ["ett"] }, {}, { ...context });
    expect(asked).toHaveLength(2);
  });

  it("reads through the schema's own driver when a request's context brings none", async () => {
    const { driver, asked } = documentsDriver();
    const withDriver = sourcesResolvers(readTypeDefs(), driver);
    const cited = await withDriver.Meeting!.sources({ sourceDocuments: ["b.txt"], sourceQuotes: ["fyra"] }, {}, { sessionConfig: { database: "neo4j" } });
    expect(cited.map((c) => c.document.title)).toEqual(["Uppdrag B"]);
    expect(asked).toHaveLength(1);
    await expect(resolvers.Meeting!.sources({ sourceDocuments: ["b.txt"], sourceQuotes: ["fyra"] }, {}, {})).rejects.toThrow(/no Neo4j driver/);
  });

  it("reads in the request's own transaction when its context brings one", async () => {
    const { driver, asked } = documentsDriver();
    const transaction = { run: (statement: string, params: { ids: string[] }) => driver.executeQuery(statement, params) };
    const cited = await resolvers.Fact!.sources({ sourceDocuments: ["a.txt"], sourceQuotes: ["fem"] }, {}, { executionContext: transaction });
    expect(cited.map((c) => c.document.id)).toEqual(["a.txt"]);
    expect(asked).toHaveLength(1);
  });
});
