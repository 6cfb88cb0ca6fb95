/**
 * Faults under load, against `npm start` as its own process on a local Neo4j it starts, seeds and
 * supervises. 20 clients (each its own address, told apart through TRUST_PROXY=1) read like the
 * website and ask analyst questions, and one more keeps downloading the export, while the
 * database is killed (kill -9), frozen for 5 s (SIGSTOP, SIGCONT), and killed again. The app keeps
 * two standby JVMs (LOCAL_NEO4J_STANDBY_COUNT=2), so that the second kill, some 10 s after the
 * app is back from the first, finds one warm too; the load starts once both are warm (the app's
 * steady state; bounded wait). Asserted:
 * no request past its deadline; no 5xx but 503/504 with a code; no 200 carrying a whole-request
 * error; Node's memory bounded; the app back to full service (/ready 200 and an analyst question
 * answered) after each kill and after the thaw, without a person, and how long each took. Loopback
 * only; bounded in time.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../../src/config/paths.js";
import { EXPORT_LIMITS, TIME_LIMITS } from "../../../src/config/limits.js";
import { startAppProcess, type AppProcess } from "../../support/app-process.js";

const CLIENTS = 20;
const LOAD_MS = 60_000;
const MAX_RSS_MB = 700;
/** A request's deadline on the server, and what a client may add (a loaded machine, the way back). */
const CLIENT_DEADLINE_MS = TIME_LIMITS.requestDeadlineMs + 5_000;
/**
 * "Comes back by itself": the bounds a test can hold on a shared machine. The targets (30 s from a
 * kill, 5 s from a thaw) are figures, printed below and measured by `npm run bench:outage` and in
 * BENCHMARKS.md: the re-planning of the queries under 20 clients takes tens of seconds on this
 * 2-core machine, and a fresh JVM (no standby) 10 s more.
 */
const KILL_TO_SERVICE_MS = 120_000;
const THAW_TO_SERVICE_MS = 15_000;
const GIVE_UP_MS = 240_000;
/** How long the test waits for the app's standby JVMs to be warm before its load; without one a kill starts a fresh JVM. */
const STANDBY_WAIT_MS = 240_000;
const EXPORT_DEADLINE_MS = EXPORT_LIMITS.queueWaitMs + 120_000;

let app: AppProcess;
let dataDir: string;

interface Outcome {
  what: string;
  status: number | "no answer";
  ms: number;
  /** When it was sent (performance.now()). */
  at: number;
  codes: string[];
  /** A 200 whose body says the request failed as a whole. */
  failedWithin200: boolean;
}

/**
 * The pid of the JVM that serves the local Neo4j now, as the app logs each start ("… pid N) after
 * …"): the last one, while it runs. A promoted standby keeps the arguments it was started with,
 * so its command line cannot tell it from a waiting standby.
 */
function servingPid(): number | undefined {
  const pids = [...app.output().matchAll(/Local Neo4j \S+ ready at .*, pid (\d+)\)/g)].map((m) => Number(m[1]));
  const pid = pids.at(-1);
  return pid !== undefined && existsSync(`/proc/${pid}`) ? pid : undefined;
}

const STANDBYS = 2;
/** How many standby JVMs the app has reported ready (each one planned, waiting to take over). */
const standbysReady = () => app.output().split("Standby JVM ready").length - 1;
/** How many times the app's database was a promoted standby. */
const promotions = () => app.output().split("(promoted from its standby JVM)").length - 1;
/** How many have finished their rounds of planning (launcher.ts: STANDBY_WARM_ROUNDS), the app's steady state. */
const standbysWarm = () => app.output().split("planned again").length - 1;


/** The app's log lines about its database, for a failure's message. */
const databaseLog = () =>
  app
    .output()
    .split("\n")
    .filter((l) => /"event":"database_|Local Neo4j|[Ss]tandby JVM|planned/.test(l))
    .map((l) => l.slice(0, 300))
    .join("\n");

function example(question: string): { query: string; variables: unknown } {
  const dir = join(projectRoot, "src", "questions", question);
  return { query: readFileSync(join(dir, "example.graphql"), "utf8"), variables: JSON.parse(readFileSync(join(dir, "example.variables.json"), "utf8")) };
}

const QUESTIONS = ["impact", "governance-chain", "forum-positions", "neighbourhood", "search"].map(example);
const WEBSITE_READS = ["/id/doc:hos-avtal", "/id/forum:sro", "/id/meeting:sro-2025-01-30", `/graphql?query=${encodeURIComponent("{ organisations(limit: 5) { id name } }")}`];

async function request(url: string, init: RequestInit, what: string, signal?: AbortSignal, deadlineMs = CLIENT_DEADLINE_MS): Promise<Outcome & { etag?: string }> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.any([AbortSignal.timeout(deadlineMs), ...(signal ? [signal] : [])]) });
    const text = await response.text();
    let codes: string[] = [];
    let failedWithin200 = false;
    if ((response.headers.get("content-type") ?? "").startsWith("application/json") && text) {
      const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
      codes = (body.errors ?? []).map((e) => e.extensions?.code ?? "none");
      failedWithin200 = response.status === 200 && codes.length > 0 && (body.data === null || body.data === undefined);
    }
    return { what, status: response.status, ms: performance.now() - started, at: started, codes, failedWithin200, etag: response.headers.get("etag") ?? undefined };
  } catch (error) {
    if (signal?.aborted) return { what, status: 0, ms: 0, at: started, codes: [], failedWithin200: false };
    return { what, status: "no answer", ms: performance.now() - started, at: started, codes: [(error as Error).name], failedWithin200: false };
  }
}

/** Full service: ready, and an analyst question answered. */
async function fullService(): Promise<boolean> {
  try {
    const ready = await fetch(`${app.baseUrl}/ready`, { signal: AbortSignal.timeout(5_000) });
    if (ready.status !== 200) return false;
    const answer = await fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.200" }, body: JSON.stringify(QUESTIONS[0]), signal: AbortSignal.timeout(15_000) });
    return answer.status === 200;
  } catch {
    return false;
  }
}

/** How long until full service; waits well past the bound (a loaded machine), so that the next fault does not hit a database still starting. */
async function msUntilFullService(from: number): Promise<number> {
  while (!(await fullService())) {
    if (performance.now() - from > GIVE_UP_MS) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return performance.now() - from;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "samverkansgrafen-fault-"));
  app = await startAppProcess(
    {
      NEO4J_URI: "",
      LOCAL_NEO4J_DATA_DIR: dataDir,
      LOCAL_NEO4J_PORT: "0",
      SEED_ON_START: "true",
      TRUST_PROXY: "1",
      REQUEST_LOG: "false",
      NODE_MAX_OLD_SPACE_MB: "512",
      LOCAL_NEO4J_STANDBY_COUNT: String(STANDBYS),
    },
    300_000,
  );
  const deadline = Date.now() + 240_000;
  while (!(await fullService()) && Date.now() < deadline) await sleep(500);
  // The app's steady state: a standby JVM done with its rounds of planning (bounded wait; a kill
  // promotes a standby still in its rounds too, and starts a fresh JVM without one).
  const standbyDeadline = Date.now() + STANDBY_WAIT_MS;
  while (standbysWarm() < STANDBYS && Date.now() < standbyDeadline) await sleep(500);
}, 600_000);

afterAll(async () => {
  await app?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("faults under load against npm start", () => {
  it("answers every request in time and in shape, and comes back by itself after kills and a freeze", async () => {
    expect(await fullService()).toBe(true);
    const outcomes: Outcome[] = [];
    const stop = new AbortController();
    let rssMax = app.rssMb() ?? 0;

    const client = async (n: number) => {
      const headers = { "x-forwarded-for": `198.51.100.${n + 1}` };
      let etag: string | undefined;
      for (let i = 0; !stop.signal.aborted; i++) {
        let outcome;
        if (i % 3 === 2) {
          const question = QUESTIONS[(n + i) % QUESTIONS.length]!;
          outcome = await request(app.graphqlUrl, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(question) }, "question", stop.signal);
        } else {
          const path = WEBSITE_READS[(n + i) % WEBSITE_READS.length]!;
          outcome = await request(`${app.baseUrl}${path}`, { headers: { ...headers, ...(etag && i % 4 === 0 ? { "if-none-match": etag } : {}) } }, `GET ${path.slice(0, 40)}`, stop.signal);
          if (outcome.etag) etag = outcome.etag;
        }
        if (outcome.status !== 0) outcomes.push(outcome);
        if (outcome.status === 503 || outcome.status === 429) await sleep(200);
      }
    };
    const exporter = async () => {
      while (!stop.signal.aborted) {
        // A download has its own bound (its turn waits up to EXPORT_LIMITS.queueWaitMs), not the request deadline.
        const outcome = await request(`${app.baseUrl}/export/graph.ndjson`, { headers: { "x-forwarded-for": "198.51.100.100" } }, "export", stop.signal, EXPORT_DEADLINE_MS);
        if (outcome.status !== 0) outcomes.push(outcome);
        await sleep(outcome.status === 200 ? 100 : 1_000);
      }
    };
    const memory = setInterval(() => (rssMax = Math.max(rssMax, app.rssMb() ?? Infinity)), 500);
    const started = performance.now();
    const load = [...Array.from({ length: CLIENTS }, (_, n) => client(n)), exporter()];

    const recovery: Record<string, number> = {};
    /** When the kills and the freeze were sent: a request in flight then, or sent within the second after, fails only once the outage is seen (within 1 s, the detection target). */
    const faults: number[] = [];
    await sleep(5_000);
    const standbyAtFirstKill = standbysReady() >= 1;
    const firstKill = servingPid();
    expect(firstKill, "the local Neo4j's JVM below the app").toBeDefined();
    faults.push(performance.now());
    process.kill(firstKill!, "SIGKILL");
    recovery.firstKill = await msUntilFullService(performance.now());
    console.log(`fault test: full service ${Math.round(recovery.firstKill)} ms after the first kill`);
    // With a warm standby at the kill, the restart is its promotion, not a fresh JVM.
    if (standbyAtFirstKill) expect(app.output(), databaseLog()).toMatch(/ready at .*\(promoted from its standby JVM\)/);

    const frozen = servingPid()!;
    expect(frozen, `a new JVM after the first kill (${Math.round(recovery.firstKill)} ms)\n${databaseLog()}`).toBeDefined();
    expect(frozen).not.toBe(firstKill);
    faults.push(performance.now());
    process.kill(frozen, "SIGSTOP");
    await sleep(5_000);
    process.kill(frozen, "SIGCONT");
    recovery.thaw = await msUntilFullService(performance.now());
    console.log(`fault test: full service ${Math.round(recovery.thaw)} ms after SIGCONT`);

    await sleep(2_000);
    const standbyAtSecondKill = standbysReady() >= 2;
    const promotionsBeforeSecondKill = promotions();
    const secondKill = servingPid()!;
    expect(secondKill, databaseLog()).toBeDefined();
    faults.push(performance.now());
    process.kill(secondKill, "SIGKILL");
    recovery.secondKill = await msUntilFullService(performance.now());
    console.log(`fault test: full service ${Math.round(recovery.secondKill)} ms after the second kill`);
    if (standbyAtSecondKill) expect(promotions(), databaseLog()).toBe(promotionsBeforeSecondKill + 1);

    const left = LOAD_MS - (performance.now() - started);
    if (left > 0) await sleep(left);
    stop.abort();
    await Promise.all(load);
    clearInterval(memory);

    const byStatus = new Map<string, number>();
    for (const o of outcomes) {
      const key = `${o.what.startsWith("GET") ? "read" : o.what} ${o.status}${o.codes.length ? ` ${[...new Set(o.codes)].join(",")}` : ""}`;
      byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
    }
    const unavailable = outcomes.filter((o) => o.status === 503);
    const sorted = (list: Outcome[]) => list.map((o) => o.ms).sort((a, b) => a - b);
    const percentile = (ms: number[], p: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))] ?? NaN);
    const down = sorted(unavailable);
    // The issue's target is for 503s once the outage is known: not in flight when a kill or the freeze
    // came (those wait for it to be seen), and not sent in the first second after it.
    const known = sorted(unavailable.filter((o) => !faults.some((k) => o.at < k + 1_000 && o.at + o.ms >= k)));
    console.log(
      `fault figures: ${outcomes.length} requests in ${Math.round((performance.now() - started) / 1000)} s; ${[...byStatus].map(([k, v]) => `${k}: ${v}`).join("; ")};` +
        ` 503 latency p50 ${percentile(down, 50)} ms p99 ${percentile(down, 99)} ms (sent once the outage was known, ${known.length}: p50 ${percentile(known, 50)} ms p99 ${percentile(known, 99)} ms); full service ${Math.round(recovery.firstKill!)} ms after the first kill, ${Math.round(recovery.thaw!)} ms after SIGCONT,` +
        ` ${Math.round(recovery.secondKill!)} ms after the second kill (a warm standby JVM ready at the kills: ${standbyAtFirstKill ? "yes" : "no"}, ${standbyAtSecondKill ? "yes" : "no"}); RSS max ${Math.round(rssMax)} MB\n${databaseLog()}`,
    );

    expect(app.alive(), "the app process is still running").toBe(true);
    const late = outcomes.filter((o) => o.status === "no answer" || o.ms > (o.what === "export" ? EXPORT_DEADLINE_MS : CLIENT_DEADLINE_MS));
    expect(late.map((o) => `${o.what}: ${o.status} after ${Math.round(o.ms)} ms`)).toEqual([]);
    const badServerErrors = outcomes.filter((o) => typeof o.status === "number" && o.status >= 500 && !((o.status === 503 || o.status === 504) && o.codes.length > 0 && !o.codes.includes("none")));
    expect(badServerErrors.map((o) => `${o.what}: ${o.status} ${o.codes.join(",")}`)).toEqual([]);
    expect(outcomes.filter((o) => o.failedWithin200).map((o) => `${o.what}: ${o.codes.join(",")}`)).toEqual([]);
    expect(rssMax).toBeLessThan(MAX_RSS_MB);
    expect(outcomes.filter((o) => o.what === "question" && o.status === 200).length).toBeGreaterThan(20);
    expect(outcomes.filter((o) => o.what === "export" && (o.status === 200 || o.status === 304)).length).toBeGreaterThan(0);
    expect(app.output()).toMatch(/"event":"database_restarting"/);
    // After each kill (not the freeze: the same process keeps its plans) the website's operations are let through before the rest is planned.
    expect(app.output().match(/the website's operations are let through again/g) ?? [], databaseLog()).toHaveLength(2);
    expect(recovery.firstKill).toBeLessThan(KILL_TO_SERVICE_MS);
    expect(recovery.secondKill).toBeLessThan(KILL_TO_SERVICE_MS);
    expect(recovery.thaw).toBeLessThan(THAW_TO_SERVICE_MS);
    // Three faults, each waited out for up to GIVE_UP_MS on a loaded machine, and the load.
  }, 3 * GIVE_UP_MS + LOAD_MS + 120_000);
});
