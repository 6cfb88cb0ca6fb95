/**
 * 1. Dependencies of an agreement: "which agreements depend on the HoS-avtal?" — exact answers
 * on the seed graph, with the chain of typed relations, depth and sources for each; options for
 * relation types, depth, direction and as-of date; typed errors; cycles; limits.
 */
import { describe, expect, it } from "vitest";
import { arrow, DOC, STEP, useAnalysisApi, type Step } from "./support.js";

const api = useAnalysisApi();

interface Answer {
  documentDependencies: {
    document: { id: string; type: string };
    direction: string;
    relationTypes: string[];
    maxDepth: number;
    asOf: string | null;
    documentInForce: boolean | null;
    truncated: boolean;
    dependencies: { depth: number; document: { id: string; type: string; status: string | null }; path: Step[] }[];
  };
}

const QUERY = `query($id: ID!, $direction: DependencyDirection, $relationTypes: [DependencyRelation!], $maxDepth: Int, $asOf: String, $limit: Int) {
  documentDependencies(id: $id, direction: $direction, relationTypes: $relationTypes, maxDepth: $maxDepth, asOf: $asOf, limit: $limit) {
    document { id type } direction relationTypes maxDepth asOf documentInForce truncated
    dependencies { depth document { id type status } path { ${STEP} } }
  }
}`;

async function dependencies(variables: Record<string, unknown>) {
  return (await api.query<Answer>(QUERY, variables)).documentDependencies;
}

const byId = (deps: Answer["documentDependencies"]["dependencies"]) => Object.fromEntries(deps.map((d) => [d.document.id, d]));

describe("which agreements depend on the HoS-avtal?", () => {
  it("the underavtal (part of the avtal) and, one step further, the riktlinje for in- and discharge", async () => {
    const answer = await dependencies({ id: "doc:hos-avtal" });
    const found = byId(answer.dependencies);
    expect(found["doc:ok-in-utskrivning"]?.depth).toBe(1);
    expect(found["doc:ok-psykisk-funktionsnedsattning"]?.depth).toBe(1);
    expect(found["doc:ramavtal-lakarinsatser"]?.depth).toBe(1);
    expect(found["doc:riktlinje-in-utskrivning"]?.depth).toBe(2);
    expect(found["doc:ok-in-utskrivning"]!.path.map(arrow)).toEqual(["PART_OF doc:ok-in-utskrivning -> doc:hos-avtal"]);
    expect(found["doc:ramavtal-lakarinsatser"]!.path.map(arrow)).toEqual(["PART_OF doc:ramavtal-lakarinsatser -> doc:hos-avtal"]);
    expect(found["doc:riktlinje-in-utskrivning"]!.path.map(arrow)).toEqual([
      "PART_OF doc:ok-in-utskrivning -> doc:hos-avtal",
      "IMPLEMENTS doc:riktlinje-in-utskrivning -> doc:ok-in-utskrivning",
    ]);
  });

  it("Färdplan is not a dependent: the new HoS-avtal builds on it", async () => {
    const dependents = await dependencies({ id: "doc:hos-avtal", maxDepth: 8 });
    expect(dependents.dependencies.map((d) => d.document.id)).not.toContain("doc:fardplan");
    const upstream = await dependencies({ id: "doc:hos-avtal-2025", direction: "DEPENDENCIES" });
    const fardplan = byId(upstream.dependencies)["doc:fardplan"];
    expect(fardplan?.depth).toBe(1);
    expect(fardplan!.path.map(arrow)).toEqual(["BUILDS_ON doc:hos-avtal-2025 -> doc:fardplan"]);
    expect(fardplan!.path[0]!.sources).toContainEqual(
      expect.objectContaining({ quote: "Det gemensamma budskapet som ligger till grund för både avtalet och de tillhörande överenskommelserna utgår från målbilden i", document: expect.objectContaining({ id: DOC.sro2025 }) }),
    );
    const fromFardplan = await dependencies({ id: "doc:fardplan" });
    expect(fromFardplan.dependencies.map((d) => d.document.id)).toContain("doc:hos-avtal-2025");
  });

  it("answers exactly, with depth and chain, for the default relation types and depth 2", async () => {
    const answer = await dependencies({ id: "doc:hos-avtal", maxDepth: 2 });
    expect(answer).toMatchObject({
      document: { id: "doc:hos-avtal", type: "GoverningDocument" },
      direction: "DEPENDENTS",
      relationTypes: ["PART_OF", "ANNEXED_TO", "TERM_FOLLOWS", "BUILDS_ON", "IMPLEMENTS", "REFERENCES", "REPLACES"],
      maxDepth: 2,
      asOf: null,
      documentInForce: null,
      truncated: false,
    });
    expect(answer.dependencies.map((d) => `${d.depth} ${d.document.id}: ${d.path.map((s) => s.relation).join(" > ")}`)).toEqual([
      // depth 1: the underavtal, the LMR that builds on the avtal's division of responsibility, the successor
      "1 doc:hos-avtal-2025: REPLACES",
      "1 doc:lmr-palliativ-vard: REFERENCES",
      "1 doc:ok-in-utskrivning: PART_OF",
      "1 doc:ok-psykisk-funktionsnedsattning: PART_OF",
      "1 doc:ramavtal-lakarinsatser: PART_OF",
      // depth 2, ordered by id
      "2 doc:beslutsunderlag-justeringar-remissversioner-2025-01-30: REPLACES > REFERENCES",
      "2 doc:beslutsunderlag-remissutskick-hos-avtal-2025: REPLACES > REFERENCES",
      "2 doc:hos-avtal-2025-komplettering-patientsakerhet: REPLACES > PART_OF",
      "2 doc:ok-betalningsansvar-in-utskrivning-2025: PART_OF > REPLACES",
      "2 doc:ok-lakaransvar-kommunal-primarvard-2025: PART_OF > REPLACES",
      "2 doc:ok-munhalsa-2025: REPLACES > PART_OF",
      "2 doc:ok-psykisk-funktionsnedsattning-2025: PART_OF > REPLACES",
      "2 doc:presentation-hos-avtal-sro-2025-01-30: REPLACES > REFERENCES",
      "2 doc:remissbrev-hos-avtal-2025: REPLACES > REFERENCES",
      "2 doc:remissformular-hos-avtal-2025: REPLACES > REFERENCES",
      "2 doc:riktlinje-in-utskrivning: PART_OF > IMPLEMENTS",
      "2 doc:riktlinje-in-utskrivning-revision-2022: PART_OF > IMPLEMENTS",
    ]);
  });

  it("gives every step its meaning, provenance and verbatim sources", async () => {
    const answer = await dependencies({ id: "doc:hos-avtal" });
    for (const dep of answer.dependencies) {
      expect(dep.path).toHaveLength(dep.depth);
      expect(dep.path.at(-1)!.from.id).toBe(dep.document.id);
      for (const step of dep.path) {
        expect(step.meaning.length).toBeGreaterThan(3);
        expect(step.sources.length, `${arrow(step)} has sources`).toBeGreaterThan(0);
        for (const s of step.sources) expect(Object.values(DOC)).toContain(s.document.id);
      }
    }
    const partOf = byId(answer.dependencies)["doc:ok-psykisk-funktionsnedsattning"]!.path[0]!;
    expect(partOf).toMatchObject({ relation: "PART_OF", inferred: false, meaning: expect.stringContaining("part of") });
    expect(partOf.sources).toEqual([
      { quote: "Hälso- och sjukvårdsavtalet och underavtalen, överenskommelserna", document: { id: DOC.commission2020, title: expect.stringContaining("Uppdragshandling"), kind: "COMMISSION", date: null } },
    ]);
    const successor = byId(answer.dependencies)["doc:hos-avtal-2025"]!.path[0]!;
    expect(successor).toMatchObject({ relation: "REPLACES", inferred: true, because: expect.any(String) });
  });

  it("follows only the relation types asked for, and respects the maximum depth", async () => {
    const parts = await dependencies({ id: "doc:hos-avtal", relationTypes: ["PART_OF"] });
    expect(parts.dependencies.map((d) => d.document.id)).toEqual(["doc:ok-in-utskrivning", "doc:ok-psykisk-funktionsnedsattning", "doc:ramavtal-lakarinsatser"]);
    const term = await dependencies({ id: "doc:hos-avtal", relationTypes: ["TERM_FOLLOWS"] });
    // 000: three överenskommelser follow the avtal's term; in/utskrivning needs its own decision.
    expect(term.dependencies.map((d) => d.document.id)).toEqual(["doc:ok-psykisk-funktionsnedsattning", "doc:ramavtal-lakarinsatser"]);
    const shallow = await dependencies({ id: "doc:hos-avtal", maxDepth: 1 });
    expect(shallow.dependencies.every((d) => d.depth === 1)).toBe(true);
    expect(shallow.dependencies.map((d) => d.document.id)).not.toContain("doc:riktlinje-in-utskrivning");
  });

  it("as of a date, follows only documents in force then by their derived state", async () => {
    const ids = (a: Answer["documentDependencies"]) => a.dependencies.map((d) => `${d.depth} ${d.document.id}`);
    const in2021 = await dependencies({ id: "doc:hos-avtal", asOf: "2021-06-01" });
    expect(in2021.documentInForce).toBe(true);
    expect(ids(in2021)).toContain("1 doc:ok-in-utskrivning");
    // 000: "SRO ställer sig bakom förlängning av överenskommelsen till och med 2024-12-31", but no
    // decision of the huvudmän on it is stated: from 2023 the in/ut överenskommelse is only an
    // endorsed extension (then ended), so it and the riktlinje that implements it drop out.
    const in2023 = await dependencies({ id: "doc:hos-avtal", asOf: "2023-06-01" });
    expect(in2023.documentInForce).toBe(true);
    expect(ids(in2023)).toEqual(["1 doc:ok-psykisk-funktionsnedsattning", "1 doc:ramavtal-lakarinsatser"]);
    const in2025 = await dependencies({ id: "doc:hos-avtal", asOf: "2025-06-01" });
    expect(ids(in2025)).not.toContain("1 doc:ok-in-utskrivning");
    expect(ids(in2025)).not.toContain("2 doc:riktlinje-in-utskrivning");
    const proposal = await dependencies({ id: "doc:hos-avtal-2025", asOf: "2025-06-01" });
    expect(proposal.documentInForce).toBe(false);
    // In December 2026 the documents say nothing of the HoS-avtal: unknown, not in force.
    expect((await dependencies({ id: "doc:hos-avtal", asOf: "2026-12-06" })).documentInForce).toBe(false);
  });

  it("cuts the answer at the limit and says so", async () => {
    const answer = await dependencies({ id: "doc:hos-avtal", limit: 3 });
    expect(answer.truncated).toBe(true);
    expect(answer.dependencies.map((d) => d.document.id)).toEqual(["doc:hos-avtal-2025", "doc:lmr-palliativ-vard", "doc:ok-in-utskrivning"]);
  });
});

describe("cycles", () => {
  const prefix = `doc:test-cycle-${process.pid}`;
  it("neither hang nor duplicate: each document once, at its shortest distance", async () => {
    const driver = api.driver();
    await driver.executeQuery(
      `UNWIND range(1, 4) AS i CREATE (:GoverningDocument:Entity {id: $prefix + '-' + i, name: 'Cykel ' + i, kind: 'OTHER', origin: 'test', inferred: false, sourceDocuments: [], sourceQuotes: []})
       WITH count(*) AS _
       MATCH (a:GoverningDocument {id: $prefix + '-1'}), (b:GoverningDocument {id: $prefix + '-2'}), (c:GoverningDocument {id: $prefix + '-3'}), (d:GoverningDocument {id: $prefix + '-4'})
       CREATE (b)-[:PART_OF {origin: 'test', inferred: false, sourceDocuments: [], sourceQuotes: []}]->(a),
              (c)-[:IMPLEMENTS {origin: 'test', inferred: false, sourceDocuments: [], sourceQuotes: []}]->(b),
              (a)-[:REFERENCES {origin: 'test', inferred: false, sourceDocuments: [], sourceQuotes: []}]->(c),
              (d)-[:PART_OF {origin: 'test', inferred: false, sourceDocuments: [], sourceQuotes: []}]->(c),
              (c)-[:PART_OF {origin: 'test', inferred: false, sourceDocuments: [], sourceQuotes: []}]->(c)`,
      { prefix },
      { database: api.database },
    );
    try {
      const answer = await dependencies({ id: `${prefix}-1`, maxDepth: 8 });
      expect(answer.dependencies.map((d) => `${d.depth} ${d.document.id}`)).toEqual([`1 ${prefix}-2`, `2 ${prefix}-3`, `3 ${prefix}-4`]);
      const upstream = await dependencies({ id: `${prefix}-4`, direction: "DEPENDENCIES", maxDepth: 8 });
      expect(upstream.dependencies.map((d) => `${d.depth} ${d.document.id}`)).toEqual([`1 ${prefix}-3`, `2 ${prefix}-2`, `3 ${prefix}-1`]);
    } finally {
      await driver.executeQuery(`MATCH (n:GoverningDocument) WHERE n.id STARTS WITH $prefix DETACH DELETE n`, { prefix }, { database: api.database });
    }
  });
});

describe("errors", () => {
  it("an unknown id is a typed NOT_FOUND error naming the id, not an empty answer", async () => {
    const result = await api.post(QUERY, { id: "doc:finns-inte" });
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining("doc:finns-inte"),
        extensions: { code: "NOT_FOUND", id: "doc:finns-inte", expectedTypes: ["GoverningDocument"] },
      }),
    ]);
  });

  it("an id of another type is WRONG_ENTITY_TYPE", async () => {
    const result = await api.post(QUERY, { id: "forum:sro" });
    expect(result.errors?.[0]?.extensions).toEqual({ code: "WRONG_ENTITY_TYPE", id: "forum:sro", actualType: "Forum", expectedTypes: ["GoverningDocument"] });
  });

  it("out-of-range and malformed arguments are BAD_USER_INPUT, naming each argument", async () => {
    const result = await api.post(QUERY, { id: "doc:hos-avtal", maxDepth: 9, asOf: "2022-02-30", limit: 0 });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((result.errors?.[0]?.extensions?.problems as { argument: string }[]).map((p) => p.argument).sort()).toEqual(["asOf", "limit", "maxDepth"]);
    const badId = await api.post(QUERY, { id: "inte ett id" });
    expect(badId.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const noTypes = await api.post(QUERY, { id: "doc:hos-avtal", relationTypes: [] });
    expect(noTypes.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
