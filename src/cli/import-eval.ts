/**
 * `npm run import:eval`: re-imports the five curated source documents into a scratch folder and
 * compares each proposal with the curated seed graph: precision and recall per kind of fact.
 * The document's own seed file is left out of the graph the importer resolves against, so it
 * cannot find its own answers.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedPaths } from "../config/paths.js";
import { KINDS, addScores, compareWithGraph, precision, recall, type Kind, type Score } from "../import/evaluate/compare-with-graph.js";
import { loadGraphIndex } from "../import/resolve/graph-index.js";
import { importDocument } from "../import/run-import.js";
import { loadSeedGraph } from "../seed/load-seed-graph.js";

const curatedGraph = loadSeedGraph({ seedDir: seedPaths.seedDir });
const sourcesDir = join(seedPaths.sourcesDir, "seeds");
const scratch = mkdtempSync(join(tmpdir(), "import-eval-"));
const MEETING_DOCS = new Set(["001_484dff92c3137b0a.txt", "002_8d4a43273a73bb64.txt", "003_4a7d18e554e9591f.txt"]);
const pct = (v: number | undefined) => (v === undefined ? "–" : `${(v * 100).toFixed(0)} %`);

const totals = { all: {} as Record<Kind, Score>, meeting: {} as Record<Kind, Score> };
const zero = (): Score => ({ proposed: 0, curated: 0, matched: 0 });
for (const k of KINDS) [totals.all[k], totals.meeting[k]] = [zero(), zero()];

try {
  const files = readdirSync(sourcesDir).filter((f) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(f)).sort();
  for (const file of files) {
    const index = loadGraphIndex(seedPaths.seedDir, file);
    const started = performance.now();
    const r = await importDocument(join(sourcesDir, file), { seedDir: join(scratch, "seeds"), sourcesDir: join(scratch, "sources"), index, write: true });
    const ms = performance.now() - started;
    const scores = compareWithGraph(r.proposal, curatedGraph, file);
    console.log(`\n${file} (${r.proposal.document.shape}, ${ms.toFixed(0)} ms)`);
    console.log("| kind | proposed | curated | matched | precision | recall |\n|---|---:|---:|---:|---:|---:|");
    for (const k of KINDS) {
      const s = scores[k];
      console.log(`| ${k} | ${s.proposed} | ${s.curated} | ${s.matched} | ${pct(precision(s))} | ${pct(recall(s))} |`);
      totals.all[k] = addScores(totals.all[k], s);
      if (MEETING_DOCS.has(file)) totals.meeting[k] = addScores(totals.meeting[k], s);
    }
  }
  for (const [name, t] of [["meeting notes and summaries (001, 002, 003)", totals.meeting], ["all five documents", totals.all]] as const) {
    console.log(`\nTotal, ${name}:`);
    console.log("| kind | proposed | curated | matched | precision | recall |\n|---|---:|---:|---:|---:|---:|");
    for (const k of KINDS) console.log(`| ${k} | ${t[k].proposed} | ${t[k].curated} | ${t[k].matched} | ${pct(precision(t[k]))} | ${pct(recall(t[k]))} |`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
