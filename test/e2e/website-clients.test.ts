/**
 * A website on another origin, in Debian's headless Chromium, reading the API in its locked-down
 * mode (TRUSTED_DOCUMENTS=only) with two standard GraphQL clients as they come: graphql-request
 * (sends the query text, squashed to one line, by POST) and Apollo Client with its persisted-query
 * link (sends the SHA-256 of the printed document first, by GET). Both must be answered for the
 * trusted documents, including the ones a site polls with (graph version, changes); an operation
 * that is not trusted gets PERSISTED_QUERY_NOT_FOUND, so Apollo's link retries with the text, and
 * is then refused. The page links each quote to its passage on the API's source page.
 */
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/paths.js";
import { readTrustedDocuments } from "../../src/website/trusted-documents.js";
import { useTestApi } from "../support/test-api.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const documents = readTrustedDocuments();
const text = (name: string) => documents.byName.get(name)!.text;

type Outcome = { data?: Record<string, unknown>; error?: { status?: number; code?: string; message: string } };
interface Clients {
  graphqlRequest(api: string, text: string, variables?: Record<string, unknown>): Promise<Outcome>;
  apollo(api: string, text: string, variables?: Record<string, unknown>): Promise<Outcome>;
  showAgreementQuotes(api: string, text: string, variables: Record<string, unknown>): Promise<number>;
}

const web = { corsOrigins: [] as string[], trustedDocuments: "only" as const };
let pageServer: Server;
let pageOrigin = "";
let browser: Browser;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  const bundle = await build({
    entryPoints: [join(projectRoot, "test", "e2e", "website-clients", "page.ts")],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]!.text;
  pageServer = createServer((req, res) => {
    const path = req.url?.split("?")[0];
    if (path === "/") return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<!doctype html><meta charset="utf-8"><title>clients</title><script type="module" src="/page.js"></script>`);
    if (path === "/page.js") return void res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(script);
    res.writeHead(404).end();
  });
  await new Promise<void>((ready) => pageServer.listen(0, "127.0.0.1", ready));
  // 127.0.0.1 here, localhost for the API: another origin.
  pageOrigin = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;
  web.corsOrigins.push(pageOrigin);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((closed) => pageServer?.close(closed));
});

describe("a second-origin website with standard GraphQL clients (trusted documents only)", () => {
  const api = useTestApi(web);
  let page: Page;
  const requests: { method: string; url: URL; body: string | null }[] = [];
  const run = <K extends keyof Clients>(client: K, ...args: Parameters<Clients[K]>) =>
    page.evaluate(([client, args]) => (window as unknown as { websiteClients: Record<string, (...a: unknown[]) => unknown> }).websiteClients[client]!(...args), [client, args] as const) as ReturnType<Clients[K]>;

  beforeAll(async () => {
    page = await browser.newPage();
    page.on("request", (request) => {
      if (!request.url().startsWith(pageOrigin) && request.method() !== "OPTIONS") requests.push({ method: request.method(), url: new URL(request.url()), body: request.postData() });
    });
    await page.goto(`${pageOrigin}/`);
    await page.waitForFunction(() => "websiteClients" in window);
  });
  afterAll(() => page?.close());

  it("graphql-request: the trusted documents' text, squashed and with CRLF line endings, is answered, the polling operations included", async () => {
    const version = await api.query<{ graphVersion: { version: string } }>(text("GraphVersion"));
    const read = await run("graphqlRequest", api.baseUrl(), text("GraphVersion").replace(/\n/g, "\r\n"));
    expect(read.error).toBeUndefined();
    expect(read.data).toEqual(version);

    const since = "2000-01-01T00:00:00.000Z";
    const changes = await run("graphqlRequest", api.baseUrl(), text("Changes"), { since, first: 3 });
    expect(changes.error).toBeUndefined();
    expect((changes.data as { changes: { changes: unknown[] } }).changes.changes).toHaveLength(3);

    const meetings = await run("graphqlRequest", api.baseUrl(), text("ForumUpcomingMeetings"), { forumId: "forum:sro", asOf: "2025-02-01" });
    expect(meetings.data).toEqual(await api.query(text("ForumUpcomingMeetings"), { forumId: "forum:sro", asOf: "2025-02-01" }));
    expect((meetings.data as { upcomingMeetings: { meetings: unknown[] } }).upcomingMeetings.meetings.length).toBeGreaterThan(0);

    const sent = requests.filter((r) => r.method === "POST");
    expect(sent.length).toBeGreaterThanOrEqual(3);
    // graphql-request squashes the text: the server matched it by its printed form, not its bytes.
    expect(JSON.parse(sent[0]!.body!).query).not.toBe(text("GraphVersion"));
  });

  it("graphql-request: an operation that is not trusted is refused with 403", async () => {
    const refused = await run("graphqlRequest", api.baseUrl(), "{ graphVersion { version } }");
    expect(refused.error).toMatchObject({ status: 403, code: "TRUSTED_DOCUMENT_REQUIRED" });
  });

  it("Apollo Client: the persisted-query link's hash is known, so each trusted read is one GET without the text", async () => {
    requests.length = 0;
    type InForce = { documentsInForce: { documents: { document: { id: string } }[] } };
    const inForce = await run("apollo", api.baseUrl(), text("InForceDocuments"), { asOf: "2023-06-01" });
    expect(inForce.error).toBeUndefined();
    const expected = (await api.query<InForce>(text("InForceDocuments"), { asOf: "2023-06-01" })).documentsInForce.documents;
    expect(expected.length).toBeGreaterThan(0);
    expect((inForce.data as InForce).documentsInForce.documents.map((d) => d.document.id)).toEqual(expected.map((d) => d.document.id));
    const version = await run("apollo", api.baseUrl(), text("GraphVersion"));
    expect(version.data).toMatchObject({ graphVersion: { __typename: "GraphVersion" } });
    expect(requests).toHaveLength(2);
    for (const r of requests) {
      expect(r.method).toBe("GET");
      expect(r.url.searchParams.get("query")).toBeNull();
      expect(r.url.searchParams.get("extensions")).toMatch(/sha256Hash/);
    }
  });

  it("Apollo Client: an unknown hash gets PERSISTED_QUERY_NOT_FOUND, the link retries with the text, which is refused", async () => {
    requests.length = 0;
    const outcome = await run("apollo", api.baseUrl(), "query NotTrusted { graphVersion { version } }");
    expect(outcome.error?.code).toBe("TRUSTED_DOCUMENT_REQUIRED");
    expect(requests.map((r) => r.method)).toEqual(["GET", "POST"]);
    expect(requests[0]!.url.searchParams.get("query")).toBeNull();
    expect(JSON.parse(requests[1]!.body!).query).toMatch(/NotTrusted/);
  });

  it("shows each quote linked to its passage, highlighted on the source page", async () => {
    expect(await run("showAgreementQuotes", api.baseUrl(), text("Agreement"), { id: "doc:hos-avtal" })).toBeGreaterThan(0);
    const link = page.locator("#documents a.quote").first();
    const quote = (await link.textContent())!;
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(/\/source\/[^#]+#citation-[0-9a-f]{12}$/);
    const sourcePage = await browser.newPage();
    try {
      await sourcePage.goto(href);
      const anchor = href.split("#")[1]!;
      const marked = await sourcePage.locator(`#${anchor} + mark`).textContent();
      const fold = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim();
      // The passage starts at the anchor; it may be split in several marks where passages overlap.
      expect(fold(quote).startsWith(fold(marked!)) || fold(marked!).startsWith(fold(quote))).toBe(true);
      expect(await sourcePage.locator(`#${anchor}`).evaluate((el) => el.matches(":target"))).toBe(true);
    } finally {
      await sourcePage.close();
    }
  });
});
