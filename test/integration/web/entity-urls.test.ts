/**
 * Stable URLs against the real server: entity(id:) in GraphQL and GET /id/<id> as JSON with
 * sources, typed 404 / 400, and the redirect for browsers that prefer HTML.
 */
import { describe, expect, it } from "vitest";
import { useTestApi } from "../../support/test-api.js";

interface EntityJson {
  type: string;
  id: string;
  name: string;
  url: string;
  sources: { quote: string; document: { id: string; title: string } }[];
}

describe("stable URLs", () => {
  const api = useTestApi();

  it("entity(id:) answers any type by id, and null for an unknown id", async () => {
    const data = await api.query<{ doc: { __typename: string; id: string; kind: string } | null; forum: { __typename: string } | null; unknown: null }>(
      '{ doc: entity(id: "doc:hos-avtal") { __typename id ... on GoverningDocument { kind } } forum: entity(id: "forum:sro") { __typename } unknown: entity(id: "doc:no-such-document") { id } }',
    );
    expect(data.doc).toEqual({ __typename: "GoverningDocument", id: "doc:hos-avtal", kind: "HEALTHCARE_AGREEMENT" });
    expect(data.forum).toEqual({ __typename: "Forum" });
    expect(data.unknown).toBeNull();
  });

  it("GET /id/<id> answers the entity as JSON with its sources, the same as the database holds", async () => {
    const response = await fetch(`${api.baseUrl()}/id/doc:hos-avtal`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const entity = (await response.json()) as EntityJson;
    const [stored] = await api.cypher<{ name: string; quotes: string[] }>('MATCH (n:Entity {id: "doc:hos-avtal"}) RETURN n.name AS name, n.sourceQuotes AS quotes');
    expect(entity).toMatchObject({ type: "GoverningDocument", id: "doc:hos-avtal", name: stored!.name, url: "/id/doc:hos-avtal" });
    expect(entity.sources.map((s) => s.quote)).toEqual(stored!.quotes);
    expect(entity.sources[0]!.document.title).toEqual(expect.any(String));
  });

  it("answers an unknown id with 404 and a typed JSON error", async () => {
    const response = await fetch(`${api.baseUrl()}/id/doc:no-such-document`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ errors: [{ message: expect.stringContaining("doc:no-such-document"), extensions: { code: "NOT_FOUND", id: "doc:no-such-document" } }] });
  });

  it("answers a malformed id with 400 and a typed JSON error", async () => {
    for (const id of ["Doc:HOS", "no-prefix", "doc:", "doc:a%20b"]) {
      const response = await fetch(`${api.baseUrl()}/id/${id}`);
      expect(response.status, id).toBe(400);
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("BAD_ENTITY_ID");
    }
  });

  it("sends a browser that prefers HTML to the entity's page", async () => {
    const response = await fetch(`${api.baseUrl()}/id/doc:hos-avtal`, { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" }, redirect: "manual" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/explore/doc%3Ahos-avtal");
  });
});
