/** 8. Neighbourhood: an entity's facts, sources and every relationship in both directions (the explore page's entity view). */
import { beforeAll, describe, expect, it } from "vitest";
import { warmAnalysisQueries } from "../../../src/questions/warm.js";
import { DOC, useAnalysisApi } from "./support.js";

const api = useAnalysisApi();
// Plans the query first (as the app does at start): on a cold, busy database planning alone can
// take seconds, which would count against the query's own timeout.
beforeAll(() => warmAnalysisQueries(api.driver(), api.database), 300_000);

const QUERY = `query($id: ID!, $limit: Int) { neighbourhood(id: $id, limit: $limit) {
  entity { id type name status } facts { key value } description inferred because
  sources { quote document { id title } }
  relations { relation from { id } to { id } inferred because sources { quote document { id } } }
  truncated } }`;

interface Answer {
  neighbourhood: {
    entity: { id: string; type: string; name: string; status: string | null };
    facts: { key: string; value: string }[];
    description: string | null;
    sources: { quote: string; document: { id: string } }[];
    relations: { relation: string; from: { id: string }; to: { id: string }; inferred: boolean; because: string | null; sources: { document: { id: string } }[] }[];
    truncated: boolean;
  };
}

describe("neighbourhood", () => {
  it("gives an agreement's facts, its sources and every relationship in both directions, as the database has them", async () => {
    const n = (await api.query<Answer>(QUERY, { id: "doc:hos-avtal" })).neighbourhood;
    expect(n.entity).toMatchObject({ id: "doc:hos-avtal", type: "GoverningDocument", status: "IN_FORCE" });
    expect(n.facts).toContainEqual({ key: "kind", value: "HEALTHCARE_AGREEMENT" });
    // No document states that "HoS-avtalet" names this agreement: an inferred alias (docs/audit.md).
    expect(n.facts).toContainEqual({ key: "inferredAliases", value: "HoS-avtalet" });
    expect(n.facts.map((f) => f.key)).not.toContain("searchText");
    expect(n.sources.length).toBeGreaterThan(0);
    const [row] = await api.cypher<{ count: number }>("MATCH (:Entity {id: 'doc:hos-avtal'})-[r]-(:Entity) RETURN count(r) AS count");
    expect(n.relations).toHaveLength(Number(row!.count));
    expect(n.truncated).toBe(false);
    for (const r of n.relations) expect([r.from.id, r.to.id]).toContain("doc:hos-avtal");
    expect(n.relations.some((r) => r.from.id === "doc:hos-avtal")).toBe(true);
    expect(n.relations.some((r) => r.to.id === "doc:hos-avtal")).toBe(true);
    const documents = new Set<string>(Object.values(DOC).map((d) => d.split("/").pop()!));
    for (const r of n.relations) {
      expect(r.sources.length, `${r.relation} ${r.from.id} -> ${r.to.id}`).toBeGreaterThan(0);
      for (const s of r.sources) expect(documents.has(s.document.id) || s.document.id.endsWith(".tsv"), s.document.id).toBe(true);
    }
    for (const r of n.relations.filter((x) => x.inferred)) expect(r.because, `${r.relation} ${r.from.id}`).toBeTruthy();
  });

  it("limits the relationships and says so, and names an unknown id", async () => {
    const n = (await api.query<Answer>(QUERY, { id: "doc:hos-avtal", limit: 3 })).neighbourhood;
    expect(n.relations).toHaveLength(3);
    expect(n.truncated).toBe(true);
    const unknown = await api.post(QUERY, { id: "doc:finns-inte" });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
