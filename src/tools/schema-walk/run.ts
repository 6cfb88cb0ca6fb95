/**
 * Runs the schema walk against a GraphQL endpoint over HTTP, a few queries at a time, and names
 * every field path whose answer carries an error: a failing query is asked again field by field.
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
  paths: number;
  failures: WalkFailure[];
  durationMs: number;
}

interface Answer {
  status: number | "no answer";
  errors: { message: string; extensions?: { code?: string } }[];
}

async function ask(url: string, query: string, timeoutMs: number): Promise<Answer> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }), signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    let errors: Answer["errors"] = [];
    try {
      errors = ((JSON.parse(text) as { errors?: Answer["errors"] }).errors ?? []);
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

const failed = (answer: Answer) => answer.status !== 200 || answer.errors.length > 0;

export async function runWalk(
  url: string,
  options: WalkOptions & { concurrency?: number; timeoutMs?: number; onProgress?: (done: number, total: number) => void } = DEFAULT_WALK_OPTIONS,
): Promise<WalkResult> {
  const started = performance.now();
  const queries = walkQueries(await introspect(url), options);
  const failures: WalkFailure[] = [];
  const timeoutMs = options.timeoutMs ?? 60_000;
  let next = 0;
  let done = 0;
  const check = async (query: WalkQuery): Promise<void> => {
    const answer = await ask(url, query.query, timeoutMs);
    if (!failed(answer)) return;
    if (query.paths.length > 1) {
      for (const single of query.oneByOne()) await check(single);
      return;
    }
    failures.push({ path: query.paths[0]!, status: answer.status, codes: answer.errors.map((e) => e.extensions?.code ?? "none"), message: answer.errors[0]?.message ?? "" });
  };
  const worker = async () => {
    while (next < queries.length) {
      await check(queries[next++]!);
      options.onProgress?.(++done, queries.length);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 2 }, worker));
  return { queries: queries.length, paths: queries.reduce((n, q) => n + q.paths.length, 0), failures, durationMs: performance.now() - started };
}
