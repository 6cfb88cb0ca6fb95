/**
 * Debian's headless Chromium for the explore page's end-to-end tests, offline: a page per test
 * that waits until the view says it is drawn (body[data-ready]), and a record of every request
 * outside the app and every script error. SAVE_SCREENSHOTS=1 also writes each view to
 * docs/explore/*.png.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { projectRoot } from "../../src/config/paths.js";
import { warmAnalysisQueries } from "../../src/questions/warm.js";
import type { TestApi } from "./test-api.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = process.env.SAVE_SCREENSHOTS === "1" ? join(projectRoot, "docs", "explore") : null;

export interface ExploreBrowser {
  /** Opens the path and waits until the page is drawn (or says it is not found, or failed). */
  open(path: string, width?: number): Promise<{ page: Page; status: number }>;
  /** Waits for the page the current one navigated to. */
  ready(page: Page): Promise<string>;
  shot(page: Page, name: string): Promise<void>;
  base(): string;
  /** Requests to anything but the app (there must be none: the page works offline). */
  external: string[];
  pageErrors: string[];
}

export function useExploreBrowser(api: TestApi): ExploreBrowser {
  let browser: Browser;
  let base = "";
  const external: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
    base = api.url().replace(/\/graphql$/, "");
    await warmAnalysisQueries(api.driver(), api.database);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  const ready = async (page: Page) => {
    await page.waitForFunction(() => document.body?.dataset.ready, null, { timeout: 60_000 });
    return page.evaluate(() => document.body.dataset.ready ?? "");
  };

  return {
    async open(path, width = 1200) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      page.on("request", (r) => {
        if (!r.url().startsWith(base) && !r.url().startsWith("data:")) external.push(r.url());
      });
      page.on("pageerror", (e) => pageErrors.push(`${path}: ${e.message}`));
      const response = await page.goto(base + path);
      await ready(page);
      return { page, status: response!.status() };
    },
    ready,
    async shot(page, name) {
      if (!SHOTS) return;
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    },
    base: () => base,
    external,
    pageErrors,
  };
}
