/**
 * The validated seed graph, cached as JSON in `.cache/import/` under a hash of every seed
 * file's path and content (and the document left out). Parsing 450 kB of YAML with line numbers
 * and validating it is most of an import's time; the cache is exact (any change to a seed file
 * is a new key) and only the newest entry is kept. A cache that cannot be read or written is
 * ignored: it never makes an import fail.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { projectRoot } from "../../config/paths.js";
import { listSeedFiles } from "../../seed/read-seed-files.js";
import type { SeedGraph } from "../../seed/seed-graph.js";
import { indexGraph, loadGraphIndex, type GraphIndex } from "./graph-index.js";

export const graphCacheDir = join(projectRoot, ".cache", "import");

export function loadGraphIndexCached(seedDir: string, exceptSourceFiles: string[] = [], cacheDir = graphCacheDir): GraphIndex {
  const hash = createHash("sha256").update(`except:${[...exceptSourceFiles].sort().join(",")}\n`);
  for (const path of listSeedFiles(seedDir)) hash.update(`${relative(seedDir, path)}\n`).update(readFileSync(path));
  const name = `seed-graph-${hash.digest("hex").slice(0, 16)}.json`;
  try {
    return indexGraph(JSON.parse(readFileSync(join(cacheDir, name), "utf8")) as SeedGraph);
  } catch {
    // Not cached yet (or unreadable): build it.
  }
  const index = loadGraphIndex(seedDir, exceptSourceFiles);
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temp = join(cacheDir, `${name}.tmp-${process.pid}`);
    writeFileSync(temp, JSON.stringify(index.graph));
    renameSync(temp, join(cacheDir, name));
    for (const old of readdirSync(cacheDir)) if (old !== name && /^seed-graph-[0-9a-f]{16}\.json$/.test(old)) rmSync(join(cacheDir, old), { force: true });
  } catch {
    // A read-only checkout: import without the cache.
  }
  return index;
}
