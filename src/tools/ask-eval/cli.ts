/**
 * `npm run ask:eval`: reads every fixture question (test/fixtures/ask/questions.txt) through the
 * GraphQL field `ask` on the seed graph, with today = 2026-12-06, and prints accuracy per kind
 * (outcome, question, main entity and dates all right), the silent wrong picks (answered where
 * another answer or none was expected) and how much reading adds to the answer's own time (and
 * the CPU it takes in this process, which a loaded machine inflates less than wall time).
 *
 *   npm run ask:eval                 a throw-away local Neo4j, seeded (about two minutes)
 *   npm run ask:eval -- --url URL    a running API instead (its graph must be the seed graph);
 *       with --bolt URL (its database) also the reading alone, in-process
 *   npm run ask:eval -- --wrong      also list every question read wrongly
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../config/paths.js";
import neo4j, { type Driver } from "neo4j-driver";
import { interpret } from "../../reader/resolver.js";
import { openTarget } from "../bench/target.js";
import { exitOnHelp, option } from "../cli-options.js";
import { readEvalQuestions, type EvalQuestion } from "./fixtures.js";
import { score, type Read } from "./score.js";

exitOnHelp(`npm run ask:eval [-- --url URL [--bolt URL]] [--wrong]`);
const TODAY = "2026-12-06";
const fixtures = join(projectRoot, "test", "fixtures", "ask");
const ASK = `query($q: String!, $asOf: String) { ask(question: $q, asOf: $asOf) { outcome interpretation { kind entities { id } asOf from to alternatives { kind } } answer { __typename } } }`;

type Post = (query: string, variables: Record<string, unknown>) => Promise<{ data?: Record<string, unknown>; errors?: { message: string }[] }>;

function poster(url: string): Post {
  return async (query, variables) => {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as Awaited<ReturnType<Post>>;
  };
}

interface AskData {
  ask: { outcome: Read["outcome"]; interpretation: { kind: string | null; entities: { id: string }[]; asOf: string | null; from: string | null; to: string | null } };
}

async function readOne(post: Post, q: EvalQuestion): Promise<Read & { ms: number }> {
  let started = performance.now();
  let r = await post(ASK, { q: q.question, asOf: TODAY });
  // A loaded machine may time a query out: once more before it counts as an error.
  if (r.errors?.length) {
    started = performance.now();
    r = await post(ASK, { q: q.question, asOf: TODAY });
  }
  const ms = performance.now() - started;
  if (r.errors?.length) throw new Error(`${q.file}:${q.line}: "${q.question}": ${r.errors[0]!.message}`);
  const { outcome, interpretation: i } = (r.data as unknown as AskData).ask;
  return { outcome, kind: i.kind, entity: i.entities[0]?.id ?? null, asOf: i.asOf, from: i.from, to: i.to, ms };
}

const pct = (n: number, of: number) => (of === 0 ? "–" : `${((100 * n) / of).toFixed(1)} %`);
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))] ?? 0;

/** How long reading takes (linking its subject included, answering not): in-process, each question once more after the evaluation warmed the database. */
async function readingTimes(driver: Driver, questions: readonly EvalQuestion[]): Promise<{ times: number[]; cpuMsPerQuestion: number }> {
  const context = { executionContext: driver, sessionConfig: { database: "neo4j" } };
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (const q of questions) {
    const started = performance.now();
    await interpret(q.question, TODAY, context);
    times.push(performance.now() - started);
  }
  const used = process.cpuUsage(cpu);
  return { times, cpuMsPerQuestion: (used.user + used.system) / 1000 / questions.length };
}

async function main(): Promise<void> {
  const url = option("url", "");
  const showWrong = process.argv.includes("--wrong");
  let close = async () => {
    await driver?.close();
  };
  const bolt = option("bolt", "");
  let driver: Driver | null = bolt ? neo4j.driver(bolt) : null;
  let graphqlUrl = url;
  if (!url) {
    const dataDir = mkdtempSync(join(tmpdir(), "ask-eval-"));
    const target = await openTarget("seed", dataDir, true, (line) => console.error(`  ${line}`), { cypher: "RETURN 1", params: {} });
    graphqlUrl = target.graphqlUrl;
    driver = target.driver;
    close = async () => {
      await target.close();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  try {
    const post = poster(graphqlUrl);
    const questions = readEvalQuestions(join(fixtures, "questions.txt"));
    const rows = new Map<string, { n: number; right: number; silent: number }>();
    const wrong: string[] = [];
    const times: number[] = [];
    let right = 0;
    let silent = 0;
    let counted = 0;
    for (const q of questions) {
      const read = await readOne(post, q);
      times.push(read.ms);
      const s = score(q, read);
      const row = rows.get(q.expected) ?? { n: 0, right: 0, silent: 0 };
      rows.set(q.expected, { n: row.n + 1, right: row.right + (s.right ? 1 : 0), silent: row.silent + (s.silentWrong ? 1 : 0) });
      counted++;
      if (s.right) right++;
      if (s.silentWrong) silent++;
      if (!s.right) wrong.push(`  ${q.file.slice(projectRoot.length + 1)}:${q.line}  ${q.expected} ${q.entity ?? ""}  "${q.question}"  → ${s.why}${s.silentWrong ? "  (SILENT WRONG PICK)" : ""}`);
    }
    console.log(`| Kind | Questions | Right | Accuracy | Silent wrong picks |\n|---|---:|---:|---:|---:|`);
    for (const [kind, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) console.log(`| ${kind} | ${r.n} | ${r.right} | ${pct(r.right, r.n)} | ${r.silent} |`);
    console.log(`| **Overall** | ${counted} | ${right} | ${pct(right, counted)} | ${silent} |`);
    console.log(`\nask over HTTP (reading and answering), ${times.length} questions one at a time: p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms`);
    if (driver) {
      const { times: reading, cpuMsPerQuestion } = await readingTimes(driver, questions);
      console.log(`reading alone (in-process, subject linking included): p50 ${quantile(reading, 0.5).toFixed(1)} ms, p95 ${quantile(reading, 0.95).toFixed(1)} ms; this process's CPU ${cpuMsPerQuestion.toFixed(1)} ms per question`);
    }
    if (showWrong && wrong.length) console.log(`\nRead wrongly:\n${wrong.join("\n")}`);
    process.exitCode = silent > 0 ? 1 : 0;
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
