/**
 * `npm run import:bench`: how long a typical note takes to import once the modules are loaded:
 * read → normalise → parse → resolve (including loading the seed graph, from the cache in
 * .cache/import/ as the CLI does) → propose → print, without writing. Also the graph built from
 * the YAML without the cache, and the import with the graph already in memory. Prints median,
 * p95 and max over a bounded number of runs.
 */
import { join } from "node:path";
import { seedPaths } from "../../config/paths.js";
import { printProposal } from "../../import/output/print-proposal.js";
import { loadGraphIndexCached } from "../../import/resolve/graph-cache.js";
import { loadGraphIndex } from "../../import/resolve/graph-index.js";
import { importDocument } from "../../import/run-import.js";
import { exitOnHelp } from "../cli-options.js";

exitOnHelp("npm run import:bench   (no options: times the import of three notes of SOURCES_DIR, 15 runs each)");

const RUNS = 15;
const notes = [
  join(seedPaths.sourcesDir, "seeds", "002_8d4a43273a73bb64.txt"),
  join(seedPaths.sourcesDir, "seeds", "003_4a7d18e554e9591f.txt"),
  join(seedPaths.sourcesDir, "corpus", "01_sro-sammanstallning-2021-11-19.txt"),
];
const scratch = { seedDir: seedPaths.seedDir, sourcesDir: seedPaths.sourcesDir };

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${s.at(-1)!.toFixed(0)} ms`;
}

async function time(fn: () => Promise<void>): Promise<number[]> {
  await fn(); // warm-up: modules compiled, caches filled
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

const graphLoad = await time(async () => void loadGraphIndex(seedPaths.seedDir));
console.log(`seed graph built from the YAML in seeds/ (no cache): ${stats(graphLoad)}`);
const cachedLoad = await time(async () => void loadGraphIndexCached(seedPaths.seedDir));
console.log(`seed graph from the cache: ${stats(cachedLoad)}`);
for (const file of notes) {
  const full = await time(async () => {
    const r = await importDocument(file, scratch);
    printProposal(r.proposal);
  });
  const index = loadGraphIndex(seedPaths.seedDir);
  const warm = await time(async () => {
    const r = await importDocument(file, { ...scratch, index });
    printProposal(r.proposal);
  });
  console.log(`${file.split("/").at(-1)}: import + print (cached graph) ${stats(full)}; with the graph already in memory ${stats(warm)}`);
}
