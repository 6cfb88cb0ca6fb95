/**
 * GraphiQL, as a person uses it: headless Chromium (Debian's, never a downloaded
 * browser) loads it from the real server with no internet, runs a preloaded example, and sees
 * data from the seed graph. Every example operation also runs cleanly over HTTP.
 */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readExamples } from "../../src/graphiql/examples.js";
import type { RunningHttpServer } from "../../src/http/server.js";
import { testDatabase, testDriver } from "../support/test-database.js";
import { postGraphQL, startTestServer } from "../support/test-server.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const db = testDatabase();
let driver: Driver;
let server: RunningHttpServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  driver = testDriver(db);
  server = await startTestServer(driver, db.database);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await driver?.close();
});

describe("GraphiQL", () => {
  it("runs every preloaded example operation without errors", async () => {
    const examples = readExamples();
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const example of examples) {
      const result = await postGraphQL(server.graphqlUrl, example.query, example.variables ? JSON.parse(example.variables) : undefined);
      expect(result.errors, `${example.file}: ${JSON.stringify(result.errors)}`).toBeUndefined();
      expect(result.status).toBe(200);
    }
  });

  it("loads offline in Chromium, runs the first example and shows its data", async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(server.url)) external.push(request.url());
    });
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(server.graphqlUrl, { waitUntil: "networkidle" });
    await page.locator(".graphiql-container").waitFor({ timeout: 30_000 });
    await page.locator(".graphiql-execute-button").click();
    // The first example lists kommunalförbund and their municipalities, sorted by name; the
    // result editor renders only the lines in view, so check the first ones.
    const response = page.locator(".result-window");
    await expect.poll(async () => response.innerText(), { timeout: 30_000 }).toContain("Boråsregionen Sjuhärads kommunalförbund");
    expect(await response.innerText()).toContain("Bollebygds kommun");
    await page.screenshot({ path: join(tmpdir(), "samverkansgrafen-graphiql.png") });
    expect(pageErrors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });
});
