/**
 * Trusted documents against the real server: the website's operations served by id (persisted
 * queries) over GET and POST, the manifest, and mode `only` refusing everything else with a
 * typed 4xx.
 */
import { describe, expect, it } from "vitest";
import { readTrustedDocuments } from "../../../src/website/trusted-documents.js";
import { warmWebsiteOperations } from "../../../src/website/warm.js";
import { useTestApi } from "../../support/test-api.js";

const documents = readTrustedDocuments();
const forumMeetings = documents.byName.get("ForumMeetings")!;

function persistedGetUrl(graphqlUrl: string, id: string, variables: Record<string, unknown>): string {
  const params = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: id } }), variables: JSON.stringify(variables) });
  return `${graphqlUrl}?${params}`;
}

interface Body {
  data?: { forums?: { meetings: { id: string; name: string }[] }[] };
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe("trusted documents, mode any", () => {
  const api = useTestApi({ trustedDocuments: "any" });

  it("publishes the manifest: operation name -> id", async () => {
    const response = await fetch(`${api.baseUrl()}/trusted-documents.json`);
    const manifest = (await response.json()) as { mode: string; documents: Record<string, { id: string }> };
    expect(manifest.mode).toBe("any");
    expect(Object.keys(manifest.documents).sort()).toEqual(["Agreement", "Changes", "EntityById", "ForumMeetings", "ForumUpcomingMeetings", "FundWhereItWent", "GraphVersion", "InForceDocuments", "SourceDocumentById"]);
    expect(manifest.documents.ForumMeetings!.id).toBe(forumMeetings.id);
  });

  it("runs a trusted document by id over GET, with the same answer as its text over POST", async () => {
    const response = await fetch(persistedGetUrl(api.url(), forumMeetings.id, { forumId: "forum:sro" }));
    expect(response.status).toBe(200);
    const byId = (await response.json()) as Body;
    const byText = await api.query<NonNullable<Body["data"]>>(forumMeetings.text, { forumId: "forum:sro" });
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.forums![0]!.meetings.length).toBeGreaterThan(0);
    expect(byId.data).toEqual(byText);
  });

  it("runs a trusted document by id over POST", async () => {
    const response = await fetch(api.url(), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ variables: { forumId: "forum:sro" }, extensions: { persistedQuery: { version: 1, sha256Hash: forumMeetings.id } } }),
    });
    const body = (await response.json()) as Body;
    expect(body.data!.forums![0]!.meetings.map((m) => m.id)).toContain("meeting:sro-2025-01-30");
  });

  it("still answers other queries, and registers nothing (an unknown id stays unknown)", async () => {
    expect(await api.query('{ entity(id: "forum:sro") { id } }')).toEqual({ entity: { id: "forum:sro" } });
    const unknown = await fetch(persistedGetUrl(api.url(), "0".repeat(64), {}));
    const body = (await unknown.json()) as Body;
    expect(body.errors![0]!.extensions!.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });
});

describe("trusted documents, mode only", () => {
  const api = useTestApi({ trustedDocuments: "only" });

  it("runs trusted documents, by id and by their exact text", async () => {
    const byId = await fetch(persistedGetUrl(api.url(), forumMeetings.id, { forumId: "forum:sro" }));
    expect(byId.status).toBe(200);
    expect(((await byId.json()) as Body).data!.forums![0]!.meetings.length).toBeGreaterThan(0);
    const byText = await api.post(forumMeetings.text, { forumId: "forum:sro" });
    expect(byText.status).toBe(200);
    expect(byText.errors).toBeUndefined();
  });

  it("refuses any other operation with 403 TRUSTED_DOCUMENT_REQUIRED, over POST and GET", async () => {
    const post = await api.post('{ entity(id: "forum:sro") { id } }');
    expect(post.status).toBe(403);
    expect(post.data).toBeUndefined();
    expect(post.errors![0]!.extensions!.code).toBe("TRUSTED_DOCUMENT_REQUIRED");
    const get = await fetch(`${api.url()}?query=${encodeURIComponent('{ entity(id: "forum:sro") { id } }')}`);
    expect(get.status).toBe(403);
    expect(get.headers.get("cache-control")).toBe("no-store");
  });

  it("accepts the start-up warm-up of every website operation (by id, placeholder variables) without an error", async () => {
    const lines: string[] = [];
    await warmWebsiteOperations(api.url(), (line) => lines.push(line));
    expect(lines.filter((line) => line.startsWith("could not plan"))).toEqual([]);
    expect(lines.at(-1)).toMatch(/^planned the website's operations in/);
  });

  it("answers an unknown id with 404 PERSISTED_QUERY_NOT_FOUND", async () => {
    const response = await fetch(persistedGetUrl(api.url(), "f".repeat(64), {}));
    expect(response.status).toBe(404);
    expect(((await response.json()) as Body).errors![0]!.extensions!.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it("still serves /id/<id>, which runs the trusted EntityById", async () => {
    const response = await fetch(`${api.baseUrl()}/id/forum:sro`);
    expect(response.status).toBe(200);
  });
});
