/**
 * `npm run bench`: latency of every analyst question on the running API, median and p95 over many
 * runs, both through GraphQL over HTTP (the explorer example operation) and as its raw Cypher
 * through the driver (same parameters the resolver uses). Warm-up runs are not counted.
 *
 *   npm run bench -- [--runs 200] [--warmup 5] [--url http://localhost:4000/graphql] [--markdown]
 *
 * The database is NEO4J_URI (NEO4J_USERNAME/NEO4J_PASSWORD, NEO4J_DATABASE), or else the local
 * Neo4j on LOCAL_NEO4J_PORT that `npm start` runs.
 */
import neo4j from "neo4j-driver";
import { analysisCypher } from "../analysis/cypher.js";
import { QUESTIONS, readExample } from "../analysis/questions.js";
import { toParams } from "../analysis/run.js";
import { readEnv } from "../config/env.js";

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const runs = Number(option("runs", "200"));
const warmup = Number(option("warmup", "5"));
const url = option("url", process.env.ASK_URL ?? "http://localhost:4000/graphql");
const markdown = process.argv.includes("--markdown");

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

async function measure(times: number, fn: () => Promise<void>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95) };
}

const env = readEnv();
const uri = env.NEO4J_URI ?? `bolt://127.0.0.1:${env.LOCAL_NEO4J_PORT}`;
const driver = neo4j.driver(uri, env.NEO4J_USERNAME ? neo4j.auth.basic(env.NEO4J_USERNAME, env.NEO4J_PASSWORD!) : undefined);
const database = env.NEO4J_DATABASE ?? "neo4j";
const ms = (n: number) => n.toFixed(1);

let failed = false;
try {
  await driver.verifyConnectivity({ database });
  const rows: string[][] = [];
  console.error(`bench: ${runs} runs per question and path after ${warmup} warm-up runs; API ${url}; database ${uri}`);
  for (const question of QUESTIONS) {
    const { operation, variables } = readExample(question);
    const body = JSON.stringify({ query: operation, variables });
    const http = await measure(runs, async () => {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
      const answer = (await response.json()) as { errors?: unknown[] };
      if (answer.errors?.length) throw new Error(`${question.name}: ${JSON.stringify(answer.errors)}`);
    });
    const { name, params } = question.cypher(variables);
    const cypher = analysisCypher(name);
    const driverParams = toParams(params);
    const raw = await measure(runs, async () => {
      await driver.executeQuery(cypher, driverParams, { database, routing: neo4j.routing.READ });
    });
    rows.push([question.name, question.field, ms(http.median), ms(http.p95), ms(raw.median), ms(raw.p95)]);
    console.error(`  ${question.name}: http ${ms(http.median)}/${ms(http.p95)} ms, cypher ${ms(raw.median)}/${ms(raw.p95)} ms`);
  }
  const head = ["question", "field", "HTTP median ms", "HTTP p95 ms", "Cypher median ms", "Cypher p95 ms"];
  if (markdown) {
    console.log(`| ${head.join(" | ")} |`);
    console.log(`|${head.map((_, i) => (i < 2 ? "---" : "---:")).join("|")}|`);
    for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  } else {
    console.log(head.map((h, i) => (i < 2 ? h.padEnd(20) : h.padStart(16))).join(" "));
    for (const r of rows) console.log(r.map((c, i) => (i < 2 ? c.padEnd(20) : c.padStart(16))).join(" "));
  }
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : error}\nStart the app (npm start) or pass --url / NEO4J_URI.`);
  failed = true;
} finally {
  await driver.close();
}
process.exit(failed ? 1 : 0);
