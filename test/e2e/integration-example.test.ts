/**
 * The integration guide's example page (docs/integration/example.html), as a website would use
 * the API: served by a second HTTP server on another port (another origin), run in Debian's
 * headless Chromium against the real API, which allows that origin in its CORS allow-list. The
 * page must show what the API answers: SRO's meetings, the HoS-avtal's related documents and the
 * quotes that source them, fetched with plain cross-origin GETs by trusted-document id.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/paths.js";
import { readTrustedDocuments } from "../../src/website/trusted-documents.js";
import { useTestApi } from "../support/test-api.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PAGE = readFileSync(join(projectRoot, "docs", "integration", "example.html"), "utf8");
const documents = readTrustedDocuments();

interface Meeting {
  id: string;
  name: string;
  date: string | null;
  month: string;
}
interface Edge {
  node: { id: string; name: string };
  properties: { sources: { quote: string }[] };
}

// The page's origin must be known before the API starts, so its server starts first.
const web = { corsOrigins: [] as string[] };
let pageServer: Server;
let pageOrigin = "";
let browser: Browser;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  pageServer = createServer((req, res) => {
    if (req.url?.split("?")[0] !== "/example.html") return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
  });
  await new Promise<void>((ready) => pageServer.listen(0, "127.0.0.1", ready));
  // 127.0.0.1 here, localhost for the API: another host and another port, so surely another origin.
  pageOrigin = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;
  web.corsOrigins.push(pageOrigin);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((closed) => pageServer?.close(closed));
});

describe("the integration guide's example page", () => {
  const api = useTestApi(web);

  it("shows SRO's meetings and the HoS-avtal with its related documents and sources, called cross-origin", async () => {
    const expected = {
      meetings: (await api.query<{ forums: { meetings: Meeting[] }[] }>(documents.byName.get("ForumMeetings")!.text, { forumId: "forum:sro" })).forums[0]!.meetings,
      agreement: (await api.query<{ governingDocuments: (Record<string, { edges: Edge[] }> & { name: string; sources: { quote: string }[] })[] }>(documents.byName.get("Agreement")!.text, { id: "doc:hos-avtal" }))
        .governingDocuments[0]!,
    };
    expect(expected.meetings.length).toBeGreaterThan(0);

    const page = await browser.newPage();
    const apiRequests: { method: string; url: string }[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(pageOrigin)) apiRequests.push({ method: request.method(), url: request.url() });
    });
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    try {
      await page.goto(`${pageOrigin}/example.html?api=${encodeURIComponent(api.baseUrl())}`);
      await page.locator("#status[data-state=ready], #status[data-state=error]").waitFor({ timeout: 30_000 });
      expect(await page.locator("#status").getAttribute("data-state"), await page.locator("#status").textContent() ?? "").toBe("ready");
      expect(pageErrors).toEqual([]);

      // Every meeting the API returns, in its order, with its name and date.
      const shown = await page.locator("#meetings > li").evaluateAll((items) =>
        items.map((li) => ({ id: (li as HTMLElement).dataset.id, name: li.querySelector(".name")?.textContent, date: li.querySelector(".date")?.textContent })),
      );
      expect(shown).toEqual(expected.meetings.map((m) => ({ id: m.id, name: m.name, date: m.date ?? m.month })));

      // The agreement, its related documents (by name) and a quote that sources one of them.
      expect(await page.locator("#agreement-name").textContent()).toBe(expected.agreement.name);
      const related = Object.entries(expected.agreement).flatMap(([field, value]) => (field.endsWith("Connection") ? (value as { edges: Edge[] }).edges : []));
      expect(related.length).toBeGreaterThan(0);
      const relatedNames = await page.locator("#agreement-family a.related").allTextContents();
      expect(new Set(relatedNames)).toEqual(new Set(related.map((e) => e.node.name)));
      const quotes = await page.locator("#agreement blockquote").allTextContents();
      expect(quotes).toContain(expected.agreement.sources[0]!.quote);
      expect(quotes).toContain(related.find((e) => e.properties.sources.length > 0)!.properties.sources[0]!.quote);

      // Cross-origin, plain GETs by trusted-document id (no query text sent).
      expect(apiRequests.length).toBeGreaterThanOrEqual(3);
      for (const request of apiRequests) {
        expect(request.method).toBe("GET");
        expect(request.url.startsWith(api.baseUrl())).toBe(true);
      }
      const graphqlRequests = apiRequests.filter((r) => new URL(r.url).pathname === "/graphql");
      expect(graphqlRequests).toHaveLength(2);
      for (const request of graphqlRequests) {
        expect(new URL(request.url).searchParams.get("query")).toBeNull();
        expect(new URL(request.url).searchParams.get("extensions")).toMatch(/sha256Hash/);
      }
    } finally {
      await page.close();
    }
  });

  it("is refused by the browser when its origin is not allowed (the page says so)", async () => {
    expect(web.corsOrigins).toEqual([pageOrigin]);
    const page = await browser.newPage();
    try {
      // Same page, but from "localhost" on the page server's port: an origin the API does not allow.
      const otherOrigin = pageOrigin.replace("127.0.0.1", "localhost");
      await page.goto(`${otherOrigin}/example.html?api=${encodeURIComponent(api.baseUrl())}`);
      await page.locator("#status[data-state=ready], #status[data-state=error]").waitFor({ timeout: 30_000 });
      expect(await page.locator("#status").getAttribute("data-state")).toBe("error");
      expect(await page.locator("#meetings > li").count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
