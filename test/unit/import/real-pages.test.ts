/**
 * The development set of real pages (../shared/real-pages) against the expected facts written
 * for each (test/fixtures/real-pages): every page imports or is refused with one line naming
 * why, and every page kind meets the targets (precision ≥ 95 %, recall ≥ 70 %). The figures per
 * kind of fact are printed by `npm run import:eval`.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot, seedPaths } from "../../../src/config/paths.js";
import { overall, precision, recall, scoreRealPages, totals, type PageResult } from "../../../src/import/evaluate/real-pages.js";
import { loadGraphIndex } from "../../../src/import/resolve/graph-index.js";

const pages = join(seedPaths.sourcesDir, "real-pages");
const gold = join(projectRoot, "test", "fixtures", "real-pages");
let results: PageResult[];

beforeAll(async () => {
  const scratch = mkdtempSync(join(tmpdir(), "import-real-pages-"));
  results = await scoreRealPages(pages, gold, loadGraphIndex(seedPaths.seedDir), { seedDir: join(scratch, "seeds"), sourcesDir: join(scratch, "sources") });
}, 120_000);

describe("the development set of real pages", () => {
  it("has expected facts for every page of the set", () => {
    expect(results.map((r) => r.gold.page).sort()).toEqual(readdirSync(pages).filter((f) => f.endsWith(".txt")).sort());
  });
  it("every page imports, or is refused with one line that names why", () => {
    for (const r of results) {
      if (r.gold.refused) expect(r.refused, r.gold.page).toMatch(new RegExp(`\\(${r.gold.refused}\\)$`));
      else expect(r.refused, r.gold.page).toBeUndefined();
    }
  });
  it("every page kind: precision ≥ 95 % and recall ≥ 70 % over all its facts", () => {
    for (const kind of new Set(results.map((r) => r.gold.kind))) {
      const o = overall(totals(results.filter((r) => r.gold.kind === kind)));
      expect(precision(o) ?? 1, `${kind} precision (${o.matched}/${o.proposed})`).toBeGreaterThanOrEqual(0.95);
      expect(recall(o) ?? 1, `${kind} recall (${o.matched}/${o.curated})`).toBeGreaterThanOrEqual(0.7);
    }
  });
});
