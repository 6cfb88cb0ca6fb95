/**
 * Provenance: every node and relationship cites at least one verbatim passage of a source
 * document; inferred facts say why. Checked in the database (Cypher through the driver) and
 * through the GraphQL API, for every node and every relationship.
 */
import { describe, expect, it } from "vitest";
import { seedPaths } from "../../../src/config/paths.js";
import { normaliseWhitespace, SourceTexts } from "../../../src/seed/source-texts.js";
import { anchorOf } from "../../../src/sources/passages.js";
import { TEST_ID_MARK } from "../../support/test-api.js";
import { DOC, seedGraph, useApi } from "./harness.js";

const api = useApi();
const DOCUMENTS = Object.values(DOC).sort();
/** Nodes and relationships other test files create (and delete) with the driver are not seed facts. */
const NOT_TEST = `coalesce(x.origin, '') <> 'test'`;
const num = (v: unknown) => (typeof v === "number" ? v : (v as { toNumber(): number }).toNumber());

describe("in the database (Cypher)", () => {
  it("every node is an Entity or a SourceDocument (or change bookkeeping), and the six source documents are there", async () => {
    // :GraphMeta (the graph's version) and :Tombstone (removed facts) are read only by the change feed.
    const others = await api.cypher<{ n: unknown }>(`MATCH (x) WHERE ${NOT_TEST} AND NOT x:Entity AND NOT x:SourceDocument AND NOT x:GraphMeta AND NOT x:Tombstone RETURN count(x) AS n`);
    expect(num(others[0]!.n)).toBe(0);
    const docs = await api.cypher<{ id: string }>(`MATCH (d:SourceDocument) RETURN d.id AS id ORDER BY id`);
    expect(docs.map((d) => d.id)).toEqual(DOCUMENTS);
  });

  it("no Entity node has empty sourceDocuments", async () => {
    const rows = await api.cypher<{ id: string }>(`MATCH (x:Entity) WHERE ${NOT_TEST} AND (x.sourceDocuments IS NULL OR size(x.sourceDocuments) = 0) RETURN x.id AS id`);
    expect(rows).toEqual([]);
    const total = await api.cypher<{ n: unknown }>(`MATCH (x:Entity) WHERE ${NOT_TEST} RETURN count(x) AS n`);
    expect(num(total[0]!.n)).toBe(seedGraph().entities.length);
  });

  it("no relationship has empty sourceDocuments", async () => {
    const rows = await api.cypher<{ key: string }>(
      `MATCH (a)-[x]->(b) WHERE ${NOT_TEST} AND (x.sourceDocuments IS NULL OR size(x.sourceDocuments) = 0) RETURN type(x) + ' ' + a.id + ' -> ' + b.id AS key`,
    );
    expect(rows).toEqual([]);
    const total = await api.cypher<{ n: unknown }>(`MATCH ()-[x]->() WHERE ${NOT_TEST} RETURN count(x) AS n`);
    expect(num(total[0]!.n)).toBe(seedGraph().relations.length);
  });

  it("every citation pairs a known source document with a non-empty quote", async () => {
    const bad = await api.cypher<{ what: string }>(
      `CALL () { MATCH (x:Entity) WHERE ${NOT_TEST} RETURN x.id AS what, x.sourceDocuments AS docs, x.sourceQuotes AS quotes
                 UNION ALL MATCH (a)-[x]->(b) WHERE ${NOT_TEST} RETURN type(x) + ' ' + a.id + ' -> ' + b.id AS what, x.sourceDocuments AS docs, x.sourceQuotes AS quotes }
       WITH what, docs, quotes
       WHERE quotes IS NULL OR size(quotes) <> size(docs)
          OR any(q IN quotes WHERE trim(q) = '')
          OR any(d IN docs WHERE NOT EXISTS { MATCH (:SourceDocument {id: d}) })
       RETURN what`,
    );
    expect(bad).toEqual([]);
  });

  it("every quote occurs verbatim (up to whitespace) in the document it cites", async () => {
    const texts = new SourceTexts(seedPaths.sourcesDir);
    const rows = await api.cypher<{ what: string; docs: string[]; quotes: string[] }>(
      `MATCH (x:Entity) WHERE ${NOT_TEST} RETURN x.id AS what, x.sourceDocuments AS docs, x.sourceQuotes AS quotes
       UNION ALL MATCH (a)-[x]->(b) WHERE ${NOT_TEST} RETURN type(x) + ' ' + a.id + ' -> ' + b.id AS what, x.sourceDocuments AS docs, x.sourceQuotes AS quotes`,
    );
    const missing: string[] = [];
    let checked = 0;
    for (const row of rows) {
      row.docs.forEach((doc, i) => {
        checked++;
        const text = texts.normalised(doc);
        if (text === undefined || !text.includes(normaliseWhitespace(row.quotes[i]!))) missing.push(`${row.what}: ${doc}: ${row.quotes[i]!.slice(0, 60)}`);
      });
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(4000);
  });

  it("every quote's anchor as the app computes it is the one Neo4j computes (the signing terms' anchors are computed in Cypher)", async () => {
    const rows = await api.cypher<{ quote: string; anchor: string }>(
      `CALL () { MATCH (x) WHERE x.sourceQuotes IS NOT NULL RETURN x.sourceQuotes AS quotes UNION ALL MATCH ()-[x]->() WHERE x.sourceQuotes IS NOT NULL RETURN x.sourceQuotes AS quotes }
       UNWIND quotes AS quote WITH DISTINCT quote RETURN quote, 'citation-' + left(apoc.util.sha256([quote]), 12) AS anchor`,
    );
    expect(rows.length).toBeGreaterThan(100);
    // Swedish letters and typographic marks are where two encodings would part.
    expect(rows.some((r) => /[åäöÅÄÖ]/.test(r.quote) && /[–”’»]/.test(r.quote))).toBe(true);
    for (const { quote, anchor } of rows) expect(anchorOf(quote), quote).toBe(anchor);
  });

  it("every inferred fact says why, and only inferred facts carry a 'because'", async () => {
    const rows = await api.cypher<{ what: string; inferred: boolean | null; because: string | null }>(
      `MATCH (x:Entity) WHERE ${NOT_TEST} RETURN x.id AS what, x.inferred AS inferred, x.because AS because
       UNION ALL MATCH (a)-[x]->(b) WHERE ${NOT_TEST} RETURN type(x) + ' ' + a.id + ' -> ' + b.id AS what, x.inferred AS inferred, x.because AS because`,
    );
    const wrong = rows.filter((r) => typeof r.inferred !== "boolean" || (r.inferred ? !r.because?.trim() : r.because !== null && r.because !== undefined));
    expect(wrong).toEqual([]);
    expect(rows.filter((r) => r.inferred).length).toBeGreaterThan(50);
  });
});

describe("through the GraphQL API", () => {
  interface Src {
    quote: string;
    document: { id: string; title: string; kind: string };
  }
  const isGood = (s: Src) => s.quote.trim().length >= 3 && DOCUMENTS.includes(s.document.id as (typeof DOCUMENTS)[number]) && s.document.title.length > 0;

  it("every entity has sources with non-empty quotes, and inferred entities have 'because'", async () => {
    const data = await api.query<{ entities: { id: string; inferred: boolean; because: string | null; sourceDocuments: string[]; sources: Src[] }[] }>(
      `{ entities(where: { NOT: { id: { contains: "${TEST_ID_MARK}" } } }) { id inferred because sourceDocuments sources { quote document { id title kind } } } }`,
    );
    expect(data.entities).toHaveLength(seedGraph().entities.length);
    for (const e of data.entities) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      expect(e.sources.length, e.id).toBe(e.sourceDocuments.length);
      for (const s of e.sources) expect(isGood(s), `${e.id}: ${JSON.stringify(s)}`).toBe(true);
      if (e.inferred) expect(e.because?.trim(), e.id).toBeTruthy();
    }
  });

  // Every relationship type is read from the side it starts at (schema/*.graphql, direction OUT).
  const OUTGOING: Record<string, [string, Record<string, string>]> = {
    Organisation: ["organisations", { memberOf: "MEMBER_OF", partOf: "PART_OF", partyTo: "PARTY_TO" }],
    Forum: ["forums", { composedOf: "COMPOSED_OF", advises: "ADVISES", reportsTo: "REPORTS_TO", partOf: "PART_OF", commissionedBy: "COMMISSIONED_BY" }],
    Person: ["people", { affiliatedWith: "AFFILIATED_WITH", roles: "HOLDS", invitedTo: "INVITED_TO", absentFrom: "ABSENT_FROM" }],
    Membership: ["memberships", { body: "IN_BODY", represents: "REPRESENTS" }],
    Meeting: ["meetings", { forum: "OF_FORUM", items: "HAS_ITEM", previousMeeting: "FOLLOWS" }],
    AgendaItem: ["agendaItems", { presenters: "PRESENTED_BY", positions: "RESULTED_IN", concerns: "CONCERNS" }],
    Position: ["positions", { takenBy: "TAKEN_BY", concerns: "CONCERNS", recommends: "RECOMMENDS", assigns: "ASSIGNS" }],
    GoverningDocument: [
      "governingDocuments",
      { partOf: "PART_OF", annexedTo: "ANNEXED_TO", termFollows: "TERM_FOLLOWS", buildsOn: "BUILDS_ON", implements: "IMPLEMENTS", replaces: "REPLACES", revises: "REVISES", references: "REFERENCES", legalBasis: "HAS_LEGAL_BASIS", continues: "CONTINUES", concerns: "CONCERNS" },
    ],
    Fund: ["funds", { grantedBy: "GRANTED_BY", directedTo: "DIRECTED_TO", continues: "CONTINUES" }],
    FundFlow: ["fundFlows", { fund: "OF_FUND", flowsFrom: "FLOWS_FROM", flowsTo: "FLOWS_TO", authorisedBy: "AUTHORISED_BY", previousStep: "FOLLOWS" }],
    Project: [
      "projects",
      { subprojectOf: "SUBPROJECT_OF", commissionedBy: "COMMISSIONED_BY", steeredBy: "STEERED_BY", preparedBy: "PREPARED_BY", advisedBy: "ADVISED_BY", carriedOutBy: "CARRIED_OUT_BY", reportsTo: "REPORTS_TO", produces: "PRODUCES", concerns: "CONCERNS", coordinatesWith: "COORDINATES_WITH", references: "REFERENCES", continues: "CONTINUES" },
    ],
    Milestone: ["milestones", { milestoneOf: "MILESTONE_OF", concerns: "CONCERNS" }],
  };

  interface Edge {
    node: { id: string };
    properties: { inferred: boolean; because: string | null; sourceDocuments: string[]; sources: Src[] };
  }

  it("every relationship is served with its sources (non-empty quotes), and inferred ones with 'because'", async () => {
    // One small query per relationship field (large generated queries are slow to plan on a cold
    // database; fields typed with the Entity interface are the slow ones), three at a time.
    const reads = Object.entries(OUTGOING).flatMap(([type, [plural, fields]]) =>
      Object.entries(fields).map(([field, relType]) => async () => {
        const data = await api.query<Record<string, (Record<string, { edges: Edge[] }> & { id: string })[]>>(
          `{ ${plural}(where: { NOT: { id: { contains: "${TEST_ID_MARK}" } } }) { id ${field}Connection { edges { node { id } properties { inferred because sourceDocuments sources { quote document { id title kind } } } } } } }`,
        );
        expect(data[plural]!.length, type).toBeGreaterThan(0);
        return data[plural]!.flatMap((node) => node[`${field}Connection`]!.edges.map((edge) => [`${relType}|${node.id}|${edge.node.id}`, edge.properties] as const));
      }),
    );
    const results: (readonly [string, Edge["properties"]])[][] = [];
    const worker = async () => {
      for (let read = reads.shift(); read; read = reads.shift()) results.push(await read());
    };
    await Promise.all([worker(), worker(), worker()]);
    const served = new Map<string, Edge["properties"]>(results.flat());
    const seedKeys = seedGraph().relations.map((r) => `${r.type}|${r.from}|${r.to}`).sort();
    expect([...served.keys()].sort()).toEqual(seedKeys);
    for (const [key, p] of served) {
      expect(p.sources.length, key).toBeGreaterThan(0);
      expect(p.sources.length, key).toBe(p.sourceDocuments.length);
      for (const s of p.sources) expect(isGood(s), `${key}: ${JSON.stringify(s)}`).toBe(true);
      if (p.inferred) expect(p.because?.trim(), key).toBeTruthy();
      else expect(p.because, key).toBeNull();
    }
  }, 180_000);

  it("a stated fact quotes its document: the 49 million grant is 'riktade till regionen' (002)", async () => {
    const data = await api.query<{ funds: { sources: Src[]; directedToConnection: { edges: Edge[] } }[] }>(
      `{ funds(where: { id: { eq: "fund:statsbidrag-lakarkompetens-aldreomsorg" } }) { sources { quote document { id title kind } }
         directedToConnection { edges { node { id } properties { inferred because sourceDocuments sources { quote document { id title kind } } } } } } }`,
    );
    const f = data.funds[0]!;
    expect(f.sources).toEqual([{ quote: "Statsbidrag för utökad läkarkompetens i äldreomsorgen (49 miljoner)", document: { id: DOC.vvg2022, title: "Mötesanteckning VVG 8 juni 2022", kind: "MEETING_NOTES" } }]);
    expect(f.directedToConnection.edges[0]!.properties).toMatchObject({
      inferred: false,
      because: null,
      sources: [{ quote: "Förslag till gemensam hantering av två statsbidrag riktade till regionen", document: { id: DOC.vvg2022 } }],
    });
  });

  it("every source document is cited", async () => {
    const data = await api.query<{ sourceDocuments: { id: string; kind: string; citationCount: number }[] }>(`{ sourceDocuments(sort: [{ id: ASC }]) { id kind citationCount } }`);
    expect(data.sourceDocuments.map((d) => [d.id, d.kind])).toEqual([
      [DOC.review2022, "YEAR_REVIEW"],
      [DOC.sro2021, "MEETING_SUMMARY"],
      [DOC.vvg2022, "MEETING_NOTES"],
      [DOC.sro2025, "MEETING_NOTES"],
      [DOC.commission2020, "COMMISSION"],
      [DOC.register, "REGISTER"],
    ]);
    for (const d of data.sourceDocuments) expect(d.citationCount, d.id).toBeGreaterThan(50);
  });
});
