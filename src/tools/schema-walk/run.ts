/**
 * Runs the schema walk against a GraphQL endpoint over HTTP, a few queries at a time, and names
 * every field path whose answer carries an error: a failing query is halved, and each half asked
 * again, until the failing fields stand alone (findFailures, which any executor can drive).
 */
import { getIntrospectionQuery, type IntrospectionQuery } from "graphql";
import { DEFAULT_WALK_OPTIONS, walkQueries, type WalkOptions, type WalkQuery } from "./walk.js";

export interface WalkFailure {
  path: string;
  status: number | "no answer";
  codes: string[];
  message: string;
}

export interface WalkResult {
  queries: number;
  /** Queries asked in all, halves included. */
  asked: number;
  paths: number;
  failures: WalkFailure[];
  durationMs: number;
}

export interface WalkAnswer {
  status: number | "no answer";
  errors: readonly { message: string; extensions?: { code?: unknown } }[];
}

async function ask(url: string, query: string, timeoutMs: number): Promise<WalkAnswer> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }), signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    let errors: WalkAnswer["errors"] = [];
    try {
      errors = (JSON.parse(text) as { errors?: WalkAnswer["errors"] }).errors ?? [];
    } catch {
      errors = [{ message: `not JSON: ${text.slice(0, 200)}` }];
    }
    return { status: response.status, errors };
  } catch (error) {
    return { status: "no answer", errors: [{ message: (error as Error).message }] };
  }
}

export async function introspect(url: string): Promise<IntrospectionQuery> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: getIntrospectionQuery() }) });
  const body = (await response.json()) as { data?: IntrospectionQuery; errors?: unknown[] };
  if (!body.data) throw new Error(`introspection failed (${response.status}): ${JSON.stringify(body.errors)}`);
  return body.data;
}

const failed = (answer: WalkAnswer) => answer.status !== 200 || answer.errors.length > 0;

/**
 * Asks every query, `concurrency` at a time; a query that fails is halved until each failing
 * field path is asked alone, and that answer is its failure. Paths that pass in a batch are
 * never asked alone.
 */
export async function findFailures(
  queries: WalkQuery[],
  execute: (query: string) => Promise<WalkAnswer>,
  options: { concurrency?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ failures: WalkFailure[]; asked: number }> {
  const failures: WalkFailure[] = [];
  let asked = 0;
  let next = 0;
  let done = 0;
  const check = async (query: WalkQuery): Promise<void> => {
    asked++;
    const answer = await execute(query.query);
    if (!failed(answer)) return;
    const halves = query.halves();
    if (halves) {
      for (const half of halves) await check(half);
      return;
    }
    const codes = answer.errors.map((e) => (typeof e.extensions?.code === "string" ? e.extensions.code : "none"));
    failures.push({ path: query.paths[0]!, status: answer.status, codes, message: answer.errors[0]?.message ?? "" });
  };
  const worker = async () => {
    while (next < queries.length) {
      await check(queries[next++]!);
      options.onProgress?.(++done, queries.length);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 2 }, worker));
  return { failures, asked };
}

export async function runWalk(
  url: string,
  options: WalkOptions & { concurrency?: number; timeoutMs?: number; onProgress?: (done: number, total: number) => void } = DEFAULT_WALK_OPTIONS,
): Promise<WalkResult> {
  const started = performance.now();
  const queries = walkQueries(await introspect(url), options);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const { failures, asked } = await findFailures(queries, (query) => ask(url, query, timeoutMs), options);
  return { queries: queries.length, asked, paths: queries.reduce((n, q) => n + q.paths.length, 0), failures, durationMs: performance.now() - started };
}
