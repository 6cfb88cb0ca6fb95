/**
 * The shared provenance fields (schema/01-field-groups.graphql) answer at every depth, not only
 * on a root list: `aliasFacts` and `sources` of entities reached two and three relationships
 * deep, from several root lists, and `sources` of relationships reached through nested
 * connections. Each answer is compared with the node's or relationship's own properties, read
 * with direct Cypher. (Nested, @neo4j/graphql binds the node to `this` with a WITH inside the
 * generated subquery, so a statement whose own WITH drops `this` fails there.)
 */
import { describe, expect, it } from "vitest";
import type { EntityType } from "../../../src/model/entities.js";
import { useTestApi } from "../../support/test-api.js";

interface AliasFact {
  name: string;
  inferred: boolean;
  because: string | null;
}
interface SourceRow {
  document: { id: string; title: string; kind: string; date: string | null };
  quote: string;
}
interface EntityAnswer {
  id: string;
  aliasFacts: AliasFact[];
  sources: SourceRow[];
}
interface Found {
  /** Root list items are 1 deep, the entities they lead to 2, and so on. */
  depth: number;
  entity: EntityAnswer;
}

const SOURCES = "sources { document { id title kind date } quote }";
const PROVENANCE = `id aliasFacts { name inferred because } ${SOURCES}`;
/**
 * For a relationship field that ends at any node type: the same fields on the types it ends at in
 * the seed graph. (Each type more makes a much larger Cypher query, slow to plan on a busy machine.)
 */
const onTypes = (...types: EntityType[]) => types.map((type) => `... on ${type} { ${PROVENANCE} }`).join(" ");

/** Every entity (an object with an id) of the answer that carries the provenance fields. */
function entitiesIn(value: unknown, depth = 0, found: Found[] = []): Found[] {
  if (Array.isArray(value)) {
    for (const item of value) entitiesIn(item, depth, found);
  } else if (value && typeof value === "object") {
    const level = "id" in value ? depth + 1 : depth;
    if ("aliasFacts" in value && "sources" in value) found.push({ depth: level, entity: value as EntityAnswer });
    for (const child of Object.values(value)) entitiesIn(child, level, found);
  }
  return found;
}

const deepest = (found: Found[]) => Math.max(0, ...found.map((e) => e.depth));
const withInferredAlias = (found: Found[], depth: number) => found.filter((e) => e.depth === depth && e.entity.aliasFacts.some((a) => a.inferred)).map((e) => e.entity.id);

describe("aliasFacts and sources nested in a selection", () => {
  const api = useTestApi();

  /** The citations as the stored parallel lists give them, with each document's own fields. */
  async function citations(documentIds: string[], quotes: string[]): Promise<SourceRow[]> {
    const rows = await api.cypher<SourceRow["document"]>("MATCH (d:SourceDocument) WHERE d.id IN $ids RETURN d.id AS id, d.title AS title, d.kind AS kind, toString(d.date) AS date", {
      ids: documentIds,
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return quotes.map((quote, i) => ({ document: byId.get(documentIds[i]!)!, quote }));
  }

  /** What the nodes' stored properties say their aliasFacts and sources are. */
  async function storedProvenance(ids: string[]): Promise<Map<string, Omit<EntityAnswer, "id">>> {
    const nodes = await api.cypher<{ id: string; aliases: string[]; inferredAliases: string[]; reasons: string[]; documents: string[]; quotes: string[] }>(
      "MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, coalesce(n.aliases, []) AS aliases, coalesce(n.inferredAliases, []) AS inferredAliases, coalesce(n.inferredAliasReasons, []) AS reasons, n.sourceDocuments AS documents, n.sourceQuotes AS quotes",
      { ids },
    );
    const stored = new Map<string, Omit<EntityAnswer, "id">>();
    for (const node of nodes) {
      const aliasFacts = node.aliases.map((name) => {
        const i = node.inferredAliases.indexOf(name);
        return { name, inferred: i >= 0, because: i >= 0 ? node.reasons[i]! : null };
      });
      stored.set(node.id, { aliasFacts, sources: await citations(node.documents, node.quotes) });
    }
    return stored;
  }

  /** Runs the query and compares every entity below the root list with what Cypher reads. */
  async function checkNested(query: string): Promise<Found[]> {
    const nested = entitiesIn(await api.query(query)).filter((e) => e.depth >= 2);
    const stored = await storedProvenance([...new Set(nested.map((e) => e.entity.id))]);
    for (const { entity } of nested) expect({ aliasFacts: entity.aliasFacts, sources: entity.sources }, entity.id).toEqual(stored.get(entity.id));
    return nested;
  }

  it("meetings -> forum, and meetings -> items -> what they concern", async () => {
    const nested = await checkNested(`{
      meetings(where: { forum: { some: { id: { eq: "forum:sro" } } } }, sort: [{ month: ASC }], limit: 10) {
        id
        forum(limit: 2) { ${PROVENANCE} }
        items(limit: 20) { ${PROVENANCE} concerns(limit: 5) { ${onTypes("GoverningDocument", "Topic")} } }
      }
    }`);
    expect(deepest(nested)).toBe(3);
    expect(nested.some((e) => e.depth === 2 && e.entity.id === "forum:sro" && e.entity.aliasFacts.length > 0)).toBe(true);
    expect(withInferredAlias(nested, 3).length).toBeGreaterThan(0);
  });

  it("organisations -> the body they are members of -> the body that is a member of", async () => {
    const nested = await checkNested(`{
      organisations(where: { memberOf: { some: { id: { eq: "org:fyrbodal" } } } }, limit: 5) {
        id
        memberOf(limit: 5) { ${PROVENANCE} memberOf(limit: 5) { ${PROVENANCE} } }
      }
    }`);
    expect(deepest(nested)).toBe(3);
    expect(withInferredAlias(nested, 2)).toContain("org:fyrbodal");
  });

  it("topics -> milestones -> what the milestone belongs to", async () => {
    const nested = await checkNested(`{
      topics(where: { milestones: { some: { id: { contains: ":" } } } }, limit: 10) {
        id
        milestones(limit: 10) { ${PROVENANCE} milestoneOf(limit: 5) { ${onTypes("GoverningDocument", "Topic")} } }
      }
    }`);
    expect(deepest(nested)).toBe(3);
    expect(nested.some((e) => e.depth === 3 && e.entity.aliasFacts.length > 0)).toBe(true);
  });

  it("governingDocuments -> parts and parties -> what the parties are members of", async () => {
    const nested = await checkNested(`{
      governingDocuments(where: { id: { eq: "doc:hos-avtal" } }) {
        id
        parts(limit: 20) { ${onTypes("GoverningDocument")} }
        parties(limit: 60) { ${PROVENANCE} memberOf(limit: 5) { ${PROVENANCE} } }
      }
    }`);
    expect(deepest(nested)).toBe(3);
    // The parties (the region and the municipalities) have aliases; the bodies they are members of, inferred ones too.
    expect(nested.filter((e) => e.depth === 2 && e.entity.aliasFacts.length > 0).length).toBeGreaterThan(40);
    expect(withInferredAlias(nested, 3).length).toBeGreaterThan(0);
  });

  it("people -> roles -> the organisation the role represents", async () => {
    const nested = await checkNested(`{
      people(where: { roles: { some: { represents: { some: { id: { eq: "org:vastkom" } } } } } }, limit: 10) {
        id
        roles(limit: 10) { ${PROVENANCE} represents(limit: 5) { ${PROVENANCE} } }
      }
    }`);
    expect(deepest(nested)).toBe(3);
    expect(withInferredAlias(nested, 3)).toContain("org:vastkom");
  });

  it("relationships' sources through nested connections: forums -> meetings -> items", async () => {
    interface Edge<N> {
      properties: { sources: SourceRow[] };
      node: N;
    }
    const data = await api.query<{ forums: { id: string; meetingsConnection: { edges: Edge<{ id: string; itemsConnection: { edges: Edge<{ id: string }>[] } }>[] } }[] }>(`{
      forums(where: { id: { eq: "forum:sro" } }) {
        id
        meetingsConnection(first: 5, sort: [{ node: { month: ASC } }]) {
          edges { properties { ${SOURCES} } node { id itemsConnection(first: 5) { edges { properties { ${SOURCES} } node { id } } } } }
        }
      }
    }`);
    const relationships: { from: string; type: string; to: string; sources: SourceRow[] }[] = [];
    for (const forum of data.forums) {
      for (const meeting of forum.meetingsConnection.edges) {
        relationships.push({ from: meeting.node.id, type: "OF_FORUM", to: forum.id, sources: meeting.properties.sources });
        for (const item of meeting.node.itemsConnection.edges) relationships.push({ from: meeting.node.id, type: "HAS_ITEM", to: item.node.id, sources: item.properties.sources });
      }
    }
    expect(relationships.filter((r) => r.type === "HAS_ITEM").length).toBeGreaterThan(0);
    for (const r of relationships) {
      const [stored] = await api.cypher<{ documents: string[]; quotes: string[] }>(
        `MATCH (:Entity {id: $from})-[r:${r.type}]->(:Entity {id: $to}) RETURN r.sourceDocuments AS documents, r.sourceQuotes AS quotes`,
        { from: r.from, to: r.to },
      );
      expect(r.sources, `${r.from} ${r.type} ${r.to}`).toEqual(await citations(stored!.documents, stored!.quotes));
    }
  });
});
