/**
 * `npm run bench`: for each graph (the real seed graph, or generated graphs from `npm run
 * generate`), one after the other on its own local Neo4j: latency of every analyst question and
 * of the website's typical reads, raw Cypher through the driver against GraphQL over HTTP
 * (interleaved, after warm-up), db hits, the first query after start, and throughput at 1 / 8 /
 * 32 clients against the same Cypher served bare: cold (POST, every read runs its query) and
 * cached (GET, as a website reads; the answer cache serves it). Writes JSON, a Markdown table and an SVG chart.
 *
 *   npm run bench -- --quick                          # the seed graph only, in a throw-away folder
 *   npm run bench -- --graphs .data/generated-10000-seed1,.data/generated-100000-seed1 [--runs 50]
 *       [--seconds 5] [--out bench-results]
 *   npm run bench -- --report a/bench.json,b/bench.json   # one table and chart from separate runs
 *
 * See src/tools/bench/ and docs/scale.md. Not part of the tests.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { basename, join, resolve } from "node:path";
import { benchCases, THROUGHPUT_CASE } from "./cases.js";
import { datedCases } from "./dated-cases.js";
import { measureLatency, measureThroughput } from "./measure.js";
import { markdownReport, svgChart, type BenchResult, type SizeResult } from "./report.js";
import { openTarget } from "./target.js";
import { projectRoot } from "../../config/paths.js";
import { exitOnHelp, option } from "../cli-options.js";

exitOnHelp(
  `npm run bench -- --quick                          the seed graph only, in a throw-away folder
npm run bench -- --graphs DIR,DIR [--runs 50] [--warmup 5] [--seconds 5] [--out bench-results]
                                                  generated graphs from npm run generate, one after the other
npm run bench -- --report a/bench.json,b/bench.json   one table and chart from separate runs`,
);
const quick = process.argv.includes("--quick");
const runs = Number(option("runs", quick ? "15" : "50"));
const warmup = Number(option("warmup", quick ? "3" : "5"));
const seconds = Number(option("seconds", quick ? "2" : "5"));
const outDir = resolve(projectRoot, option("out", "bench-results"));
const graphs = quick ? [] : option("graphs", "").split(",").filter(Boolean);
const log = (line: string) => console.error(`  ${line}`);

// --report a.json,b.json: one table and chart from graphs benchmarked in separate runs.
const reports = option("report", "").split(",").filter(Boolean);
if (reports.length) {
  const parts = reports.map((file) => JSON.parse(readFileSync(resolve(file), "utf8")) as BenchResult);
  const merged: BenchResult = { ...parts[0]!, sizes: parts.flatMap((p) => p.sizes).sort((a, b) => a.nodes - b.nodes) };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "bench.json"), JSON.stringify(merged, null, 2));
  writeFileSync(join(outDir, "bench.md"), markdownReport(merged));
  writeFileSync(join(outDir, "latency-by-size.svg"), svgChart(merged));
  console.log(markdownReport(merged));
  process.exit(0);
}

const commit = (() => {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: projectRoot, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
})();
const result: BenchResult = {
  startedAt: new Date().toISOString(),
  commit,
  machine: `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`,
  runs,
  sizes: [],
};

const targets: { label: string; dataDir: string; seed: boolean; temporary: boolean }[] = graphs.length
  ? graphs.map((g) => ({ label: basename(g), dataDir: resolve(projectRoot, g), seed: false, temporary: false }))
  : [{ label: "seed graph", dataDir: mkdtempSync(join(tmpdir(), "samverkansgrafen-bench-")), seed: true, temporary: true }];

let failed = false;
for (const t of targets) {
  console.error(`bench: ${t.label} (${t.dataDir})`);
  const questionCases = await benchCases({ generated: !t.seed });
  const cases = [...questionCases, ...(await datedCases(questionCases))];
  const throughputCase = cases.find((c) => c.name === THROUGHPUT_CASE)!;
  const target = await openTarget(t.label, t.dataDir, t.seed, log, cases[0]!).catch((error: Error) => {
    console.error(`bench: could not open ${t.label}: ${error.message}`);
    failed = true;
    return undefined;
  });
  if (!target) continue;
  try {
    const caseResults = await measureLatency(target.driver, target.graphqlUrl, cases, runs, warmup);
    for (const c of caseResults) log(`${c.name}: HTTP ${c.http.median.toFixed(1)}/${c.http.p95.toFixed(1)} ms, Cypher ${c.cypher.median.toFixed(1)}/${c.cypher.p95.toFixed(1)} ms, ×${c.ratio.toFixed(2)}, ${c.dbHits} db hits`);
    const throughput = await measureThroughput(target.graphqlUrl, target.bareUrl, throughputCase, [1, 8, 32], seconds);
    for (const x of throughput) log(`${x.clients} clients: GraphQL cold ${x.graphqlPerSecond.toFixed(0)}/s, cached ${x.cachedPerSecond.toFixed(0)}/s, bare ${x.barePerSecond.toFixed(0)}/s (×${x.ratio.toFixed(2)}), peak RSS ${x.peakRssMb.toFixed(0)} MB`);
    const size: SizeResult = { label: target.label, nodes: target.nodes, relationships: target.relationships, coldFirstQueryMs: target.coldFirstQueryMs, cases: caseResults, throughput };
    result.sizes.push(size);
  } catch (error) {
    console.error(`bench: ${t.label} failed: ${error instanceof Error ? error.message : error}`);
    failed = true;
  } finally {
    await target.close();
    if (t.temporary) rmSync(t.dataDir, { recursive: true, force: true });
  }
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "bench.json"), JSON.stringify(result, null, 2));
writeFileSync(join(outDir, "bench.md"), markdownReport(result));
writeFileSync(join(outDir, "latency-by-size.svg"), svgChart(result));
console.log(markdownReport(result));
console.error(`bench: wrote ${join(outDir, "bench.json")}, bench.md and latency-by-size.svg`);
process.exit(failed ? 1 : 0);
