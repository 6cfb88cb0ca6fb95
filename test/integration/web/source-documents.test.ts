/**
 * Source documents as objects, against the real server on the seeded test database: each
 * document's public address or the reason it has none, its File (checked against the file on
 * disk), GET /source/<id> with every quoted passage highlighted at the anchor the API gives, the
 * JSON and plain forms, /id/<source id>, and bad or unknown ids.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedPaths } from "../../../src/config/paths.js";
import { anchorOf } from "../../../src/sources/passages.js";
import { SOURCE_DOCUMENTS, useTestApi } from "../../support/test-api.js";

interface Doc {
  id: string;
  url: string | null;
  urlFoundBy: string | null;
  urlFoundOn: string | null;
  urlMissing: string | null;
  file: { name: string; mediaType: string; size: number; sha256: string; textLength: number; accessUrl: string; downloadUrl: string; text: string } | null;
  passages: { anchor: string; start: number; end: number; quote: string }[];
}

const fold = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim();
const pathOnDisk = (id: string) => (id.includes("/") ? join(seedPaths.sourcesDir, id) : join(seedPaths.sourcesDir, "seeds", id));

describe("source documents", () => {
  const api = useTestApi();
  const docs = () =>
    api.query<{ sourceDocuments: Doc[] }>(
      `{ sourceDocuments(sort: [{ id: ASC }]) { id url urlFoundBy urlFoundOn urlMissing file { name mediaType size sha256 textLength accessUrl downloadUrl text } passages { anchor start end quote } } }`,
    );

  it("gives each document its public address with how and when it was found, or the reason it has none", async () => {
    const { sourceDocuments } = await docs();
    expect(sourceDocuments.map((d) => d.id).sort()).toEqual(Object.values(SOURCE_DOCUMENTS).sort());
    for (const d of sourceDocuments) {
      if (d.url) {
        expect(d.url).toMatch(/^https:\/\//);
        expect(d.urlFoundBy).toBeTruthy();
        expect(d.urlFoundOn).toMatch(/^\d{4}-\d\d-\d\d$/);
        expect(d.urlMissing).toBeNull();
      } else {
        expect(d.urlMissing, d.id).toBeTruthy();
      }
    }
    expect(sourceDocuments.filter((d) => d.url).map((d) => d.id)).toEqual([SOURCE_DOCUMENTS.sro2021]);
  });

  it("describes each document as a file that matches the file on disk", async () => {
    for (const d of (await docs()).sourceDocuments) {
      const bytes = readFileSync(pathOnDisk(d.id));
      expect(d.file, d.id).not.toBeNull();
      expect(d.file).toMatchObject({ name: d.id, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), accessUrl: `/source/${d.id}` });
      expect(d.file!.textLength).toBe([...bytes.toString("utf8")].length);
      expect(d.file!.mediaType).toMatch(d.id.endsWith(".tsv") ? /^text\/tab-separated-values/ : /^text\/plain/);
    }
  });

  it("places every passage in the text, at the anchor the facts' sources carry", async () => {
    const { sourceDocuments } = await docs();
    const minutes = sourceDocuments.find((d) => d.id === SOURCE_DOCUMENTS.sro2025)!;
    expect(minutes.passages.length).toBeGreaterThan(50);
    for (const p of minutes.passages) expect(minutes.file!.text.slice(p.start, p.end)).toBe(p.quote);
    const { entity } = await api.query<{ entity: { sources: { quote: string; anchor: string; document: { id: string } }[] } }>(
      `{ entity(id: "meeting:sro-2025-01-30") { sources { quote anchor document { id } } } }`,
    );
    expect(entity.sources.length).toBeGreaterThan(0);
    for (const s of entity.sources) {
      expect(s.anchor).toBe(anchorOf(s.quote));
      const passage = minutes.passages.find((p) => p.anchor === s.anchor);
      expect(passage, s.quote).toBeDefined();
      expect(fold(passage!.quote)).toBe(fold(s.quote));
    }
  });

  it("serves the text as a page with every quoted passage highlighted and anchored", async () => {
    const response = await fetch(`${api.baseUrl()}/source/${SOURCE_DOCUMENTS.sro2025}`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    expect(response.headers.get("etag")).toMatch(/^W\//);
    const html = await response.text();
    const { passages } = (await docs()).sourceDocuments.find((d) => d.id === SOURCE_DOCUMENTS.sro2025)!;
    for (const p of passages) expect(html).toContain(`id="${p.anchor}"`);
    expect(html).toContain("<mark");
    expect(html).not.toContain("<script");
  });

  it("serves JSON, plain text, the file as a download, and the register under its folder", async () => {
    const json = await (await fetch(`${api.baseUrl()}/source/${SOURCE_DOCUMENTS.vvg2022}`, { headers: { accept: "application/json" } })).json();
    expect(json).toMatchObject({ id: SOURCE_DOCUMENTS.vvg2022, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(json.passages[0]).toMatchObject({ anchor: expect.stringMatching(/^citation-[0-9a-f]{12}$/), quote: expect.any(String) });
    const plain = await fetch(`${api.baseUrl()}/source/${SOURCE_DOCUMENTS.vvg2022}`, { headers: { accept: "text/plain" } });
    expect(await plain.text()).toBe(readFileSync(pathOnDisk(SOURCE_DOCUMENTS.vvg2022), "utf8"));
    const download = await fetch(`${api.baseUrl()}/source/${SOURCE_DOCUMENTS.vvg2022}?download=1`);
    expect(download.headers.get("content-disposition")).toBe(`attachment; filename="${SOURCE_DOCUMENTS.vvg2022}"`);
    await download.arrayBuffer();
    const register = await fetch(`${api.baseUrl()}/source/${SOURCE_DOCUMENTS.register}`, { headers: { accept: "text/plain" } });
    expect(register.status).toBe(200);
    expect(register.headers.get("content-type")).toMatch(/tab-separated-values/);
    await register.arrayBuffer();
  });

  it("answers an unknown source id with 404 and a malformed one with 400, in the /id error shape", async () => {
    const unknown = await fetch(`${api.baseUrl()}/source/999_nothing.txt`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: "NOT_FOUND", id: "999_nothing.txt" } }] });
    const malformed = await fetch(`${api.baseUrl()}/source/${encodeURIComponent("../secret$.txt")}`);
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors[0].extensions.code).toBe("BAD_SOURCE_ID");
  });

  it("answers /id/<source id> with the document and its file, 404 for an unknown one, and sends a browser to its page", async () => {
    const response = await fetch(`${api.baseUrl()}/id/${SOURCE_DOCUMENTS.sro2021}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ type: "SourceDocument", id: SOURCE_DOCUMENTS.sro2021, url: expect.stringMatching(/^https:/), self: `/id/${SOURCE_DOCUMENTS.sro2021}` });
    expect(body.file).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), accessUrl: `/source/${SOURCE_DOCUMENTS.sro2021}` });
    const register = await fetch(`${api.baseUrl()}/id/${SOURCE_DOCUMENTS.register}`);
    expect(register.status).toBe(200);
    await register.arrayBuffer();
    const unknown = await fetch(`${api.baseUrl()}/id/999_nothing.txt`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).errors[0].extensions.code).toBe("NOT_FOUND");
    const browser = await fetch(`${api.baseUrl()}/id/${SOURCE_DOCUMENTS.sro2021}`, { headers: { accept: "text/html" }, redirect: "manual" });
    expect(browser.status).toBe(303);
    expect(browser.headers.get("location")).toBe(`/explore/kalla/${SOURCE_DOCUMENTS.sro2021}`);
  });
});
