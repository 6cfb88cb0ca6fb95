/**
 * `npm run import:eval`: (1) re-imports the five curated source documents into a scratch folder
 * and compares each proposal with the curated seed graph: precision and recall per kind of fact
 * (the document's own seed file is left out of the graph the importer resolves against, so it
 * cannot find its own answers); (2) imports the development set of real pages
 * (../shared/real-pages) and scores each against its expected facts in
 * test/fixtures/real-pages/: per page kind and per kind of fact.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedPaths } from "../config/paths.js";
import { KINDS, addScores, compareWithGraph, precision, recall, type Kind, type Score } from "../import/evaluate/compare-with-graph.js";
import { cell, overall, pct as percent, precision as p2, recall as r2, scoreRealPages, totals as realTotals } from "../import/evaluate/real-pages.js";
import { REAL_KINDS } from "../import/evaluate/score-real-page.js";
import { projectRoot } from "../config/paths.js";
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
  // --- the real pages ----------------------------------------------------------------------------
  const index = loadGraphIndex(seedPaths.seedDir);
  // --pages DIR --gold DIR scores another set the same way (a held-out set kept outside the repository).
  const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const pagesDir = arg("--pages") ?? join(seedPaths.sourcesDir, "real-pages");
  const goldDir = arg("--gold") ?? join(projectRoot, "test", "fixtures", "real-pages");
  const results = await scoreRealPages(pagesDir, goldDir, index, { seedDir: join(scratch, "rp-seeds"), sourcesDir: join(scratch, "rp-sources") });
  console.log(`\nReal pages (${results.length}, ${pagesDir}, expected facts in ${goldDir}): matched/proposed · matched/expected`);
  console.log("| page | kind | refused | precision | recall |\n|---|---|---|---:|---:|");
  for (const r of results) {
    const o = overall(r.scores);
    console.log(`| ${r.gold.page} | ${r.gold.kind} | ${r.refused ? r.refused.slice(0, 60) : ""} | ${percent(p2(o))} (${o.matched}/${o.proposed}) | ${percent(r2(o))} (${o.matched}/${o.curated}) |`);
  }
  const kinds = [...new Set(results.map((r) => r.gold.kind))].sort();
  console.log(`\nPer page kind: precision · recall (matched/proposed · matched/expected)`);
  console.log(`| kind of fact | ${kinds.join(" | ")} | all |\n|---|${kinds.map(() => "---").join("|")}|---|`);
  const byKind = Object.fromEntries(kinds.map((k) => [k, realTotals(results.filter((r) => r.gold.kind === k))]));
  const all = realTotals(results);
  const show = (s: { proposed: number; curated: number; matched: number }) => (s.proposed + s.curated === 0 ? "–" : `${percent(p2(s))} · ${percent(r2(s))} (${cell(s)})`);
  for (const k of REAL_KINDS) console.log(`| ${k} | ${kinds.map((pk) => show(byKind[pk]![k])).join(" | ")} | ${show(all[k])} |`);
  console.log(`| **all facts** | ${kinds.map((pk) => show(overall(byKind[pk]!))).join(" | ")} | ${show(overall(all))} |`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
