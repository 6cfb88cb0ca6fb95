/**
 * `npm run bench:explore`: how long the explore page's first view takes to load on the running
 * app, in Debian's headless Chromium: from navigation until the view is drawn (the page sets
 * body[data-ready], after its GraphQL answer and the picture's layout). Each run uses a fresh
 * browser context (empty cache), as a first visit would. Prints median, p95 and max per page
 * against the target of 1 s. Not a test: a figure to watch (the target holds on an idle machine).
 *
 *   npm run bench:explore -- [--runs 10] [--url http://localhost:4000] [--chromium /usr/bin/chromium]
 */
import { chromium } from "playwright-core";
import { EXPLORE_PATH, viewOf, viewUrl } from "../../explore/paths.js";
import { nearestRankPercentile as percentile } from "./stats.js";
import { exitOnHelp, option } from "../cli-options.js";

exitOnHelp(
  `npm run bench:explore -- [--runs 10] [--url http://localhost:4000] [--chromium /usr/bin/chromium]
  (needs the app running: npm start)`,
);
const runs = Number(option("runs", "10"));
const base = option("url", process.env.EXPLORE_URL ?? "http://localhost:4000").replace(/\/(graphql|explore)?\/?$/, "");
const executablePath = option("chromium", process.env.CHROMIUM_PATH ?? "/usr/bin/chromium");

// The pages measured: each names its question; the path comes from the registry.
const PAGES: [string, string][] = [
  ["start", EXPLORE_PATH],
  ["entity (HoS-avtalet, graph)", viewUrl(viewOf("neighbourhood"), "doc:hos-avtal")],
  ["fund flow (Sankey)", viewUrl(viewOf("fund-flow"), "fund:statsbidrag-vardplatser")],
  ["governance chain", viewUrl(viewOf("governance-chain"), "position:sro-2022-02-03-1")],
  ["timeline (HoS-avtalet)", viewUrl(viewOf("timeline"), "doc:hos-avtal")],
];
const TARGET_MS = 1000;

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
  try {
    console.error(`bench:explore: ${runs} cold loads per page (+1 warm-up) at ${base}; target ${TARGET_MS} ms`);
    console.log(`${"page".padEnd(30)} ${"median".padStart(8)} ${"p95".padStart(8)} ${"max".padStart(8)}  target`);
    for (const [name, path] of PAGES) {
      const times: number[] = [];
      for (let i = 0; i <= runs; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const started = Date.now();
        const response = await page.goto(base + path);
        if (!response || response.status() !== 200) throw new Error(`${path}: HTTP ${response?.status()}`);
        await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 60_000 });
        const ready = await page.evaluate(() => document.body.dataset.ready);
        if (ready !== "true") throw new Error(`${path}: the page reported ${ready}`);
        if (i > 0) times.push(Date.now() - started); // the first load warms the server (bundle, query plans)
        await context.close();
      }
      const sorted = [...times].sort((a, b) => a - b);
      const median = percentile(sorted, 50);
      console.log(`${name.padEnd(30)} ${median.toFixed(0).padStart(6)}ms ${percentile(sorted, 95).toFixed(0).padStart(6)}ms ${sorted.at(-1)!.toFixed(0).padStart(6)}ms  ${median < TARGET_MS ? "ok" : "OVER"}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:explore failed: ${error instanceof Error ? error.message : error}\nStart the app (npm start) or pass --url.`);
  process.exit(1);
});
