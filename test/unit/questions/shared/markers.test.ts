/**
 * The markers an analyst statement returns for entity references (`{{ref n}}`), dated facts
 * (`{{dated d}}`) and a path's steps (`{{step r}}`): small in the statement, filled in the app with
 * one read of each kind per answer (a step from the relationship it carries).
 * The database is stubbed (what it returns for the ids); the integration suites and the answer
 * snapshots check whole answers against a real Neo4j.
 */
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { expandFragments } from "../../../../src/database/cypher-fragments.js";
import { DATED_FACTS_KEY, DATED_FACTS_STATEMENTS } from "../../../../src/database/dated-facts-fragment.js";
import { ENTITY_REF_KEY, ENTITY_REFS_STATEMENT, ENTITY_TYPE_KEY } from "../../../../src/database/entity-ref-fragment.js";
import { STEP_KEY } from "../../../../src/database/step-fragment.js";
import { fillMarkers, noPendingMarkers, type RowsReader } from "../../../../src/questions/shared/markers.js";
import { toNative } from "../../../../src/questions/shared/run.js";

const FAMILIES = [
  { root: "doc:a", links: [], documents: [{ id: "doc:a", status: "ACTIVE" }] },
  { root: "doc:b", links: [{ from: "doc:c", to: "doc:b", relation: "REPLACES" }], documents: [{ id: "doc:b" }, { id: "doc:c" }] },
];
const REFS = [
  { id: "forum:sro", name: "SRO", shortName: "SRO", status: null, type: "Forum", kind: null },
  { id: "doc:a", name: "Avtal A", shortName: null, status: "ACTIVE", type: "GoverningDocument", kind: "AGREEMENT" },
];

/** Answers the families' and the references' statements from the lists above, and records what it was asked. */
function stubReader() {
  const asked: { cypher: string; ids: string[] }[] = [];
  const read: RowsReader = async (cypher, params) => {
    const ids = params.ids as string[];
    asked.push({ cypher, ids });
    if (cypher === DATED_FACTS_STATEMENTS.plain) return [{ docs: FAMILIES.filter((f) => ids.includes(f.root)) }];
    if (cypher === ENTITY_REFS_STATEMENT) return REFS.filter((r) => ids.includes(r.id)).map((ref) => ({ ref }));
    throw new Error(`unexpected statement ${cypher}`);
  };
  return { read, asked };
}

/** No citation is marked in these answers: a read of documents would be a mistake. */
const noCitations = { queryRunner: { run: () => Promise.reject(new Error("no documents should be read")) } } as never;

const dated = (id: string | null) => ({ [DATED_FACTS_KEY]: id });
const ref = (id: string | null, type?: string) => ({ [ENTITY_REF_KEY]: id, ...(type ? { [ENTITY_TYPE_KEY]: type } : {}) });

describe("markers in an analyst answer", () => {
  it("are small in the statement, not the Cypher of what they stand for", () => {
    expect(expandFragments("RETURN {{dated d}} AS f", {}, "q.cypher")).toBe(`RETURN {${DATED_FACTS_KEY}: d.id} AS f`);
    expect(expandFragments("RETURN {{ref n}}, {{ref f Forum}}", {}, "q.cypher")).toBe(`RETURN {${ENTITY_REF_KEY}: n.id}, {${ENTITY_REF_KEY}: f.id, ${ENTITY_TYPE_KEY}: 'Forum'}`);
    // The statements that fill them mark nothing themselves.
    for (const statement of [DATED_FACTS_STATEMENTS.plain, DATED_FACTS_STATEMENTS.sourced, ENTITY_REFS_STATEMENT]) {
      expect(statement).not.toContain(DATED_FACTS_KEY);
      expect(statement).not.toContain(ENTITY_REF_KEY);
    }
  });

  it("are filled in place with one read of each kind, each id asked once", async () => {
    const pending = noPendingMarkers();
    const answer = toNative(
      { documents: [{ document: ref("doc:a"), facts: dated("doc:a") }, { document: ref("doc:a"), facts: dated("doc:b") }], forum: ref("forum:sro", "Forum") },
      pending,
    ) as { documents: { document: Record<string, unknown>; facts: { root: string } }[]; forum: Record<string, unknown> };
    expect([pending.entityRefs.length, pending.datedFacts.length]).toEqual([3, 2]);
    const { read, asked } = stubReader();
    await fillMarkers(noCitations, read, pending);
    expect(asked.sort((a, b) => a.cypher.localeCompare(b.cypher))).toEqual(
      [
        { cypher: DATED_FACTS_STATEMENTS.plain, ids: ["doc:a", "doc:b"] },
        { cypher: ENTITY_REFS_STATEMENT, ids: ["doc:a", "forum:sro"] },
      ].sort((a, b) => a.cypher.localeCompare(b.cypher)),
    );
    expect(answer.documents.map((d) => d.facts.root)).toEqual(["doc:a", "doc:b"]);
    expect(answer.documents[1]!.facts).toEqual(FAMILIES[1]);
    expect(answer.documents[0]!.document).toEqual(REFS[1]);
    // Each place holds its own copy, in the fields' order of the reference.
    expect(answer.documents[0]!.document).not.toBe(answer.documents[1]!.document);
    expect(Object.keys(answer.forum)).toEqual(["id", "name", "shortName", "status", "type", "kind"]);
  });

  it("keep the type a statement knew", async () => {
    const pending = noPendingMarkers();
    const answer = toNative({ entity: ref("doc:a", "Agreement") }, pending) as { entity: { type: string } };
    await fillMarkers(noCitations, stubReader().read, pending);
    expect(answer.entity.type).toBe("Agreement");
  });

  it("stay null where the statement had no node, and cost no read", async () => {
    const pending = noPendingMarkers();
    expect(toNative({ family: dated(null), meeting: ref(null, "Meeting") }, pending)).toEqual({ family: null, meeting: null });
    const { read, asked } = stubReader();
    await fillMarkers(noCitations, read, pending);
    expect(asked).toEqual([]);
  });

  it("refuse an answer whose node is gone by the time it is read", async () => {
    for (const marker of [dated("doc:deleted"), ref("doc:deleted")]) {
      const pending = noPendingMarkers();
      toNative({ x: marker }, pending);
      await expect(fillMarkers(noCitations, stubReader().read, pending)).rejects.toThrow(/doc:deleted is gone/);
    }
  });

  it("build a step from the relationship it carries, its citations read like the others", async () => {
    expect(expandFragments("RETURN {{step r}}, {{step t p f}}", {}, "q.cypher")).toBe(
      `RETURN {${STEP_KEY}: r, from: startNode(r).id, to: endNode(r).id}, {${STEP_KEY}: t, from: p.id, to: f.id}`,
    );
    const relationship = (type: string, properties: Record<string, unknown>) => new neo4j.types.Relationship(neo4j.int(1), neo4j.int(2), neo4j.int(3), type, properties, "r1", "n2", "n3");
    const pending = noPendingMarkers();
    const answer = toNative(
      {
        stated: { [STEP_KEY]: relationship("PART_OF", { sourceDocuments: ["doc:hos"], sourceQuotes: ["ingår i avtalet"], note: "bilaga" }), from: "doc:a", to: "doc:hos" },
        implied: { [STEP_KEY]: relationship("REVISES", { inferred: true, because: "samma namn, senare år" }), from: "doc:b", to: "doc:a" },
        none: { [STEP_KEY]: null, from: null, to: null },
      },
      pending,
    ) as Record<string, Record<string, unknown> | null>;
    // The fields in the order the API has always given them; what the relationship lacks is null, or false for inferred.
    expect(answer.stated).toEqual({ relation: "PART_OF", from: "doc:a", to: "doc:hos", inferred: false, because: null, note: "bilaga", sources: [] });
    expect(Object.keys(answer.stated!)).toEqual(["relation", "from", "to", "inferred", "because", "note", "sources"]);
    expect(answer.implied).toMatchObject({ relation: "REVISES", inferred: true, because: "samma namn, senare år", note: null });
    expect(answer.none).toBeNull();
    // The stated step's citation waits for the one read of the documents, like every other citation.
    expect(pending.citations.map((c) => [c.documents, c.quotes])).toEqual([
      [["doc:hos"], ["ingår i avtalet"]],
      [[], []],
    ]);
    expect(pending.citations[0]!.into).toBe(answer.stated!.sources);
    expect(() => toNative({ [STEP_KEY]: "PART_OF", from: "a", to: "b" }, noPendingMarkers())).toThrow(/step marker \(__step\) holds no relationship/);
  });
});
