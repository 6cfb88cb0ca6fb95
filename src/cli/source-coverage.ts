/**
 * `npm run coverage:sources [-- --uncited]`: per source document, how many of its passages the
 * graph cites; with --uncited, lists the passages no fact cites (the to-do list of curation).
 */
import { parseArgs } from "node:util";
import { seedPaths } from "../config/paths.js";
import { loadSeedGraph } from "../seed/load-seed-graph.js";
import { sourceCoverage } from "../seed/source-coverage.js";
import { SourceTexts } from "../seed/source-texts.js";

const { values } = parseArgs({ options: { uncited: { type: "boolean", default: false } } });
const graph = loadSeedGraph({ seedDir: seedPaths.seedDir, sourcesDir: seedPaths.sourcesDir });
const rows = sourceCoverage(graph, new SourceTexts(seedPaths.sourcesDir));
const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`${"document".padEnd(32)} ${pad("passages", 8)} ${pad("cited", 6)} ${pad("share", 6)} ${pad("chars", 6)}`);
let total = 0;
let cited = 0;
for (const r of rows) {
  total += r.passages;
  cited += r.citedPassages;
  console.log(`${r.document.padEnd(32)} ${pad(r.passages, 8)} ${pad(r.citedPassages, 6)} ${pad(((100 * r.citedPassages) / r.passages).toFixed(1) + "%", 6)} ${pad((100 * r.characterShare).toFixed(1) + "%", 6)}`);
  if (values.uncited) for (const passage of r.uncited) console.log(`    uncited: ${passage.slice(0, 140)}`);
}
console.log(`${"all documents".padEnd(32)} ${pad(total, 8)} ${pad(cited, 6)} ${pad(((100 * cited) / total).toFixed(1) + "%", 6)}`);
