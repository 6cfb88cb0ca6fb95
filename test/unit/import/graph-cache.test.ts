import { cpSync, mkdtempSync, readdirSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedPaths } from "../../../src/config/paths.js";
import { loadGraphIndexCached } from "../../../src/import/resolve/graph-cache.js";
import { loadGraphIndex } from "../../../src/import/resolve/graph-index.js";

describe("the cached seed graph", () => {
  it("equals the graph built from the YAML, and a changed seed file is a new cache entry", () => {
    const dir = mkdtempSync(join(tmpdir(), "import-cache-"));
    const seeds = join(dir, "seeds");
    const cache = join(dir, "cache");
    cpSync(seedPaths.seedDir, seeds, { recursive: true });
    const built = loadGraphIndex(seeds).graph;
    const first = loadGraphIndexCached(seeds, undefined, cache).graph;
    const cached = loadGraphIndexCached(seeds, undefined, cache).graph;
    expect(JSON.parse(JSON.stringify(first))).toEqual(JSON.parse(JSON.stringify(built)));
    expect(cached).toEqual(JSON.parse(JSON.stringify(built)));
    const before = readdirSync(cache);
    appendFileSync(join(seeds, "documents", "001-sro-2021-05-21.yaml"), "\n# a comment changes the key\n");
    loadGraphIndexCached(seeds, undefined, cache);
    const after = readdirSync(cache);
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
  }, 60_000);
});
