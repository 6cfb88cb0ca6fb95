/**
 * Latency (interleaved: each round asks every case once by raw Cypher and once over HTTP, so
 * both paths see the same load on a shared machine), db hits from PROFILE, and throughput of
 * N concurrent clients for a bounded time, with the peak memory of this process (which serves
 * the HTTP endpoints).
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { BenchCase } from "./cases.js";
import { summarise, type Summary } from "./stats.js";

export interface CaseResult {
  name: string;
  kind: string;
  http: Summary;
  cypher: Summary;
  ratio: number;
  dbHits: number;
  /** The answer's size: distinct entity ids in the GraphQL answer. */
  answerIds: number;
}

function distinctIds(answer: unknown): number {
  return new Set([...JSON.stringify(answer).matchAll(/"id":"([^"]+)"/g)].map((m) => m[1])).size;
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  const answer = (await response.json()) as { errors?: { message: string }[] };
  if (answer.errors?.length) throw new Error(answer.errors.map((e) => e.message).join("; "));
  return answer;
}

async function postJson(url: string, body: string): Promise<unknown> {
  // No compression: the bare endpoint never compresses, so both sides send the same bytes.
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "accept-encoding": "identity" }, body });
  const answer = (await response.json()) as { errors?: { message: string }[] };
  if (answer.errors?.length) throw new Error(answer.errors.map((e) => e.message).join("; "));
  return answer;
}

export async function dbHits(driver: Driver, c: BenchCase): Promise<number> {
  const result = await driver.executeQuery(`PROFILE ${c.cypher}`, c.params, { database: "neo4j", routing: neo4j.routing.READ });
  let total = 0;
  const walk = (plan: { dbHits: number; children: unknown[] }) => {
    total += plan.dbHits;
    for (const child of plan.children) walk(child as { dbHits: number; children: unknown[] });
  };
  walk(result.summary.profile as unknown as { dbHits: number; children: unknown[] });
  return total;
}

export async function measureLatency(driver: Driver, graphqlUrl: string, cases: BenchCase[], runs: number, warmup: number): Promise<CaseResult[]> {
  const http = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  const raw = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  const bodies = new Map(cases.map((c) => [c.name, JSON.stringify({ query: c.operation, variables: c.variables })]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const c of cases) {
      let t = performance.now();
      await driver.executeQuery(c.cypher, c.params, { database: "neo4j", routing: neo4j.routing.READ });
      if (round >= warmup) raw.get(c.name)!.push(performance.now() - t);
      t = performance.now();
      await postJson(graphqlUrl, bodies.get(c.name)!);
      if (round >= warmup) http.get(c.name)!.push(performance.now() - t);
    }
  }
  const results: CaseResult[] = [];
  for (const c of cases) {
    const h = summarise(http.get(c.name)!);
    const r = summarise(raw.get(c.name)!);
    const answerIds = distinctIds(await postJson(graphqlUrl, bodies.get(c.name)!));
    results.push({ name: c.name, kind: c.kind, http: h, cypher: r, ratio: h.median / r.median, dbHits: await dbHits(driver, c), answerIds });
  }
  return results;
}

export interface Throughput {
  clients: number;
  /** POST with the text: not kept by the answer cache, so every read runs its query (a cold read). */
  graphqlPerSecond: number;
  /** The same read by GET, as a website sends it: answered from the answer cache after the first. */
  cachedPerSecond: number;
  barePerSecond: number;
  ratio: number;
  peakRssMb: number;
}

async function requestsPerSecond(clients: number, seconds: number, send: () => Promise<unknown>): Promise<number> {
  const deadline = performance.now() + seconds * 1000;
  let done = 0;
  const maxRequests = 100_000; // a bound on the load we generate, whatever the speed
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline && done < maxRequests) {
        await send();
        done++;
      }
    }),
  );
  return done / seconds;
}

export async function measureThroughput(graphqlUrl: string, bareUrl: string, c: BenchCase, clientCounts: number[], seconds: number): Promise<Throughput[]> {
  const graphqlBody = JSON.stringify({ query: c.operation, variables: c.variables });
  const bareBody = JSON.stringify({ cypher: c.cypher, params: c.params });
  const getUrl = `${graphqlUrl}?${new URLSearchParams({ query: c.operation, variables: JSON.stringify(c.variables) })}`;
  const out: Throughput[] = [];
  for (const clients of clientCounts) {
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const graphqlPerSecond = await requestsPerSecond(clients, seconds, () => postJson(graphqlUrl, graphqlBody));
    const cachedPerSecond = await requestsPerSecond(clients, seconds, () => getJson(getUrl));
    const barePerSecond = await requestsPerSecond(clients, seconds, () => postJson(bareUrl, bareBody));
    clearInterval(sampler);
    out.push({ clients, graphqlPerSecond, cachedPerSecond, barePerSecond, ratio: barePerSecond / graphqlPerSecond, peakRssMb: peak / 1024 / 1024 });
  }
  return out;
}
