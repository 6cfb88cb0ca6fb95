/**
 * `npm run bench:outage`: what a client sees of the limits and of an outage, on a running
 * `npm start` with its local Neo4j (loopback only; it kills that Neo4j once):
 *  - the 429s of a page of 10 and of 30 parallel reads from one client;
 *  - the database killed (kill -9 of the JVM below the app; run it once the app has logged that its
 *    standby JVM "planned again", the steady state, or it measures a standby still warming or a
 *    fresh JVM's start): how long /ready takes to say 503,
 *    then 20 clients (each its own address: run the app with TRUST_PROXY=1) for `--seconds`, each
 *    asking a read that needs the database: the latency of their 503s (p50, p99) and whether each
 *    carries Retry-After;
 *  - the time from the kill to full service (/ready 200 and a read of the database answered), waiting up to
 *    `--wait` seconds (an app that does not restart its database never gets there).
 * With `--fault freeze` the JVM is stopped (SIGSTOP) instead, for the clients' seconds, and then
 * continued: the same 503 figures for a frozen database, and the time from the thaw to full service.
 * The freeze stays below the app's unresponsive limit (20 s), past which it would kill the JVM.
 *
 *   TRUST_PROXY=1 npm start   # then:
 *   npm run bench:outage -- --url http://127.0.0.1:4000 --app-pid <pid of node> [--fault kill|freeze] [--seconds 5] [--wait 90]
 */
import { readFileSync, readdirSync } from "node:fs";
import { exitOnHelp, option } from "../cli-options.js";
import { readTrustedDocuments } from "../../website/trusted-documents.js";
import { nearestRankPercentile as percentile } from "./stats.js";

exitOnHelp(`npm run bench:outage -- --url http://127.0.0.1:4000 --app-pid <pid> [--fault kill|freeze] [--seconds 5] [--wait 90]
  (needs TRUST_PROXY=1 npm start running on a local Neo4j; kills that Neo4j once, or freezes it for --seconds)`);
const base = option("url", "http://127.0.0.1:4000").replace(/\/$/, "");
const appPid = Number(option("app-pid", "0"));
const seconds = Number(option("seconds", "5"));
const waitS = Number(option("wait", "90"));
if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost)(:\d+)?$/.test(base)) throw new Error(`bench:outage: only a server on this machine, not ${base}`);
const fault = option("fault", "kill");
if (fault !== "kill" && fault !== "freeze") throw new Error(`bench:outage: --fault is kill or freeze, not ${fault}`);
// The app kills a database that has not answered for 20 s (src/database/local/supervisor.ts).
if (fault === "freeze" && seconds > 15) throw new Error("bench:outage: a freeze of more than 15 s would meet the app's unresponsive limit (20 s)");
if (!appPid) throw new Error("bench:outage: --app-pid <pid of the app's node process> is required (its local Neo4j is killed)");

const READ = `${base}/graphql?query=${encodeURIComponent("{ organisations(limit: 3) { id name } }")}`;
/**
 * A read that needs the database (POST: never answered from the answer cache), from client `n`'s
 * own address: told apart when the app trusts one proxy (TRUST_PROXY=1), as behind the website's.
 */
const databaseRead = (n: number): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${n + 1}` },
  body: JSON.stringify({ query: "{ organisations(limit: 3) { id name } }" }),
});
const GRAPHQL = `${base}/graphql`;
/** One of the website's trusted operations by its id, for an id never asked before (so no kept answer can answer it). */
const entityById = readTrustedDocuments().byName.get("EntityById")!;
let websiteReads = 0;
const websiteRead = (): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: entityById.id } }, variables: { id: `bench:outage-${Date.now()}-${websiteReads++}` } }),
});

/**
 * The launcher JVMs below the app (node → java … Launcher), from /proc: the one serving the
 * database as first started, and a standby waiting to take over (src/database/local/standby.ts).
 * A promoted standby keeps its "--standby" arguments, so measure on an app that has not restarted
 * its database yet.
 */
function launcherJvms(pid: number): { serving?: number; standby?: number } {
  const found: { serving?: number; standby?: number } = {};
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      if (stat.slice(stat.indexOf("(") + 1, close) !== "java" || Number(stat.slice(close + 2).split(" ")[1]) !== pid) continue;
      const args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      if (!args.includes("Launcher")) continue; // the class-data archive's training JVM
      if (args.includes("--standby")) found.standby = Number(entry);
      else found.serving = Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** A 503's code: DATABASE_UNAVAILABLE while the database is known to be down, WARMING_UP while the app plans after a restart. */
const codeOf = (body: string) => /"code":"([A-Z_]+)"/.exec(body)?.[1];

interface Answer {
  status: number;
  ms: number;
  retryAfter: boolean;
  code?: string;
}

async function timed(url: string, init: RequestInit = {}): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
    const body = await response.text();
    const ms = performance.now() - started;
    return { status: response.status, ms, retryAfter: response.headers.has("retry-after"), ...(response.status === 503 ? { code: codeOf(body) } : {}) };
  } catch {
    return { status: 0, ms: performance.now() - started, retryAfter: false };
  }
}

async function page(size: number): Promise<number[]> {
  return (await Promise.all(Array.from({ length: size }, () => timed(READ)))).map((a) => a.status);
}

const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function fullService(): Promise<boolean> {
  const ready = await timed(`${base}/ready`);
  return ready.status === 200 && (await timed(GRAPHQL, databaseRead(100))).status === 200;
}

const page10 = await page(10);
await sleep(1_000);
const page30 = await page(30);
console.log(`page of 10 parallel reads: ${count(page10, 429)} × 429 [${page10.join(",")}]`);
console.log(`page of 30 parallel reads: ${count(page30, 429)} × 429 [${page30.join(",")}]`);

const { serving: java, standby } = launcherJvms(appPid);
if (!java) throw new Error(`bench:outage: no database JVM below pid ${appPid} as first started (start the app afresh)`);
console.log(standby ? `a standby JVM (pid ${standby}) is there to take over` : "no standby JVM: the restart starts a fresh one");
const killedAt = performance.now();
process.kill(java, fault === "kill" ? "SIGKILL" : "SIGSTOP");
const what = fault === "kill" ? "the kill" : "the freeze";
while ((await timed(`${base}/ready`)).status === 200) await sleep(20);
console.log(`/ready said 503 ${Math.round(performance.now() - killedAt)} ms after ${what}`);

const answers: Answer[] = [];
const until = performance.now() + seconds * 1000;
await Promise.all(
  Array.from({ length: 20 }, async (_, n) => {
    while (performance.now() < until) answers.push(await timed(GRAPHQL, databaseRead(n)));
  }),
);
const unavailable = answers.filter((a) => a.status === 503);
const latencies = (of: Answer[]) => {
  const ms = of.map((a) => a.ms).sort((a, b) => a - b);
  return `p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms`;
};
const statuses = [...new Set(answers.map((a) => a.status))].map((s) => `${s}: ${count(answers.map((a) => a.status), s)}`).join(", ");
// A quick restart answers again within these seconds: the 503s of its planning (WARMING_UP) are told apart.
const codes = new Map<string, Answer[]>();
for (const a of unavailable) {
  const code = a.code ?? "no code";
  codes.set(code, codes.get(code) ?? []);
  codes.get(code)!.push(a);
}
const byCode = [...codes].map(([code, of]) => `${code} ${of.length}: ${latencies(of)}`).join("; ");
console.log(
  `while down, 20 clients for ${seconds} s: ${answers.length} answers (${statuses}); 503 latency ${latencies(unavailable)} (${byCode}); Retry-After on ${unavailable.filter((a) => a.retryAfter).length} of ${unavailable.length}`,
);

const thawedAt = performance.now();
if (fault === "freeze") process.kill(java, "SIGCONT");
// After a restart the app lets the website's operations through before it has planned the rest.
let websiteAt: number | undefined;
while (!(await fullService())) {
  if (websiteAt === undefined && (await timed(GRAPHQL, websiteRead())).status === 200) websiteAt = performance.now();
  if (performance.now() - killedAt > waitS * 1000) {
    console.log(`no full service within ${waitS} s of ${what}`);
    process.exit(0);
  }
  await sleep(fault === "kill" ? 200 : 20);
}
const fullAt = performance.now();
console.log(`the website's operations answered (a trusted operation by its id, 200) ${(((websiteAt ?? fullAt) - killedAt) / 1000).toFixed(1)} s after ${what}`);
console.log(`full service (/ready 200 and a read of the database answered) ${((fullAt - killedAt) / 1000).toFixed(1)} s after ${what}${fault === "freeze" ? `, ${((fullAt - thawedAt) / 1000).toFixed(2)} s after the thaw` : ""}`);
