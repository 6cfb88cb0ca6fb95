/**
 * Impact of an agreement with many dependent documents, each with many positions on it (as a
 * long-lived agreement has on a generated graph): the query answers instead of running out of the
 * transaction's memory (before: the forums' candidate chains were made distinct together with the
 * whole list of affected documents, 256 MiB passed at 60 documents × 50 positions), and still keeps
 * the first chain by relation, start and end id.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arrow, STEP, useAnalysisApi, type Step } from "./support.js";

const api = useAnalysisApi();
const P = `test-impact-many-${process.pid}`;
const DOCUMENTS = 60;
const POSITIONS_PER_DOCUMENT = 50;

beforeAll(async () => {
  await api.cypher(
    `CREATE (root:GoverningDocument:Entity {id: 'doc:' + $p + '-root', name: 'Avtal ' + $p, kind: 'AGREEMENT', origin: 'test', inferred: false, sourceDocuments: [], sourceQuotes: []})
     CREATE (forum:Forum:Entity {id: 'forum:' + $p, name: 'Forum ' + $p, origin: 'test', inferred: false, sourceDocuments: [], sourceQuotes: []})
     WITH root, forum
     UNWIND range(1, $documents) AS i
     CREATE (doc:GoverningDocument:Entity {id: 'doc:' + $p + '-' + i, name: 'Överenskommelse ' + i, kind: 'AGREEMENT', origin: 'test', inferred: false, sourceDocuments: [], sourceQuotes: []})
     CREATE (doc)-[:PART_OF {origin: 'test', inferred: false, sourceDocuments: [], sourceQuotes: []}]->(root)
     WITH doc, forum, i
     UNWIND range(1, $positions) AS j
     CREATE (pos:Position:Entity {id: 'position:' + $p + '-' + i + '-' + j, name: 'Beslut ' + i + '-' + j, positionType: 'DECISION', origin: 'test', inferred: false, sourceDocuments: [], sourceQuotes: []})
     CREATE (pos)-[:CONCERNS {origin: 'test', inferred: false, sourceDocuments: [], sourceQuotes: []}]->(doc)
     CREATE (pos)-[:TAKEN_BY {origin: 'test', inferred: false, sourceDocuments: [], sourceQuotes: []}]->(forum)
     RETURN count(*) AS n`,
    { p: P, documents: DOCUMENTS, positions: POSITIONS_PER_DOCUMENT },
  );
});
afterAll(async () => {
  await api.cypher(`MATCH (n:Entity) WHERE n.id CONTAINS $p DETACH DELETE n`, { p: P });
});

const QUERY = `query($id: ID!) {
  impact(id: $id) { truncated documents { entity { id } depth } forums { entity { id } depth path { ${STEP} } } }
}`;

describe("impact of an agreement with thousands of positions on its parts", () => {
  it("answers with every part and the forum, through the first part and the first position by id", async () => {
    const { impact } = await api.query<{ impact: { truncated: boolean; documents: { entity: { id: string }; depth: number }[]; forums: { entity: { id: string }; depth: number; path: Step[] }[] } }>(
      QUERY,
      { id: `doc:${P}-root` },
    );
    expect(impact.truncated).toBe(false);
    expect(impact.documents).toHaveLength(DOCUMENTS);
    expect(impact.documents.every((d) => d.depth === 1)).toBe(true);
    expect(impact.forums.map((f) => f.entity.id)).toEqual([`forum:${P}`]);
    expect(impact.forums[0]!.path.map(arrow)).toEqual([
      `PART_OF doc:${P}-1 -> doc:${P}-root`,
      `CONCERNS position:${P}-1-1 -> doc:${P}-1`,
      `TAKEN_BY position:${P}-1-1 -> forum:${P}`,
    ]);
  });
});
