/**
 * `npm run smoke -- [--node PATH]`: the app started as `npm start` starts it, but on the given
 * Node binary (default: the one running this script), on a throw-away local Neo4j that it seeds:
 * waits for /ready, asks every analyst question once with its explorer example, and stops the app
 * with Ctrl-C's signal. CI runs it on the machine's Node 20, which the project does not support,
 * to know whether that still works. Exits 1 naming the step that failed, with the app's last lines.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { QUESTIONS } from "../../src/questions/registry.js";
import { questionExample } from "../../src/questions/server.js";
import { projectRoot } from "../../src/config/paths.js";
import { servedGraphqlUrl } from "../support/start-line.js";

const START_TIMEOUT_MS = 240_000;
/** /ready says 200 once the app has also planned its queries (minutes on a busy machine). */
const READY_TIMEOUT_MS = 300_000;
const PLANNED_TIMEOUT_MS = 300_000;
const QUESTION_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

class SmokeFailure extends Error {}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** package.json's start script, run by `sh` with the chosen Node first on PATH. */
function startCommand(): string {
  const pkg = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { scripts?: { start?: string } };
  const start = pkg.scripts?.start;
  if (!start?.startsWith("node ")) throw new SmokeFailure(`package.json: scripts.start does not start with "node ": ${String(start)}`);
  return start;
}

class App {
  private output = "";
  private readonly exited: Promise<number | null>;
  readonly child: ChildProcess;

  constructor(node: string, command: string, dataDir: string) {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // The chosen Node's folder first, ahead of node_modules/.bin that `npm run` puts there.
      PATH: `${dirname(node)}:${process.env.PATH ?? ""}`,
      PORT: "0",
      LOCAL_NEO4J_PORT: "0",
      LOCAL_NEO4J_DATA_DIR: dataDir,
      SEED_ON_START: "true",
      REQUEST_LOG: "false",
    };
    delete env.NEO4J_URI; // the local database, as on a fresh machine
    // `exec`: the shell becomes the app, so the app alone receives SIGINT and its exit code is ours.
    this.child = spawn("sh", ["-c", `exec ${command}`], { cwd: projectRoot, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const keep = (chunk: Buffer) => {
      this.output += chunk.toString();
      if (this.output.length > 1_000_000) this.output = this.output.slice(-500_000);
    };
    this.child.stdout!.on("data", keep);
    this.child.stderr!.on("data", keep);
    this.exited = new Promise((done) => this.child.once("exit", (code) => done(code)));
  }

  get log(): string {
    return this.output;
  }

  alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves with the GraphQL URL once the app says it serves. */
  async started(): Promise<string> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const url = servedGraphqlUrl(this.output);
      if (url) return url;
      if (!this.alive()) throw new SmokeFailure(`the app exited with ${this.child.exitCode ?? this.child.signalCode} before serving`);
      await sleep(250);
    }
    throw new SmokeFailure(`the app did not serve within ${START_TIMEOUT_MS / 1000} s`);
  }

  /** Resolves once the app has planned the analyst queries (it does so in the background after start). */
  async planned(): Promise<void> {
    const deadline = Date.now() + PLANNED_TIMEOUT_MS;
    while (!/planned the analyst queries/.test(this.output)) {
      if (!this.alive()) throw new SmokeFailure(`the app exited with ${this.child.exitCode ?? this.child.signalCode}`);
      if (Date.now() > deadline) throw new SmokeFailure(`the app did not plan the analyst queries within ${PLANNED_TIMEOUT_MS / 1000} s`);
      await sleep(250);
    }
  }

  /** Ctrl-C: SIGINT to the process group; SIGKILL if it has not stopped in time. */
  async stop(): Promise<{ clean: boolean }> {
    if (!this.alive()) return { clean: false };
    process.kill(-this.child.pid!, "SIGINT");
    const timer = setTimeout(() => this.alive() && process.kill(-this.child.pid!, "SIGKILL"), STOP_TIMEOUT_MS);
    const code = await this.exited;
    clearTimeout(timer);
    return { clean: code === 0 };
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

async function waitReady(baseUrl: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/ready`, { signal: AbortSignal.timeout(10_000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status} ${await response.text()}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(500);
  }
  throw new SmokeFailure(`/ready did not answer 200 within ${READY_TIMEOUT_MS / 1000} s (last: ${last})`);
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

/** Asks one question with its explorer example; fails on HTTP errors, GraphQL errors or no answer. */
async function ask(graphqlUrl: string, question: (typeof QUESTIONS)[number]): Promise<string> {
  const example = questionExample(question);
  const started = Date.now();
  const response = await fetch(graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: example.operation, variables: example.variables }),
    signal: AbortSignal.timeout(QUESTION_TIMEOUT_MS),
  });
  const text = await response.text();
  const where = `question ${question.name} (its example, field ${question.field})`;
  if (response.status !== 200) throw new SmokeFailure(`${where}: HTTP ${response.status}: ${text.slice(0, 300)}`);
  const answer = JSON.parse(text) as Answer;
  if (answer.errors?.length) throw new SmokeFailure(`${where}: ${answer.errors.map((e) => e.message).join("; ")}`);
  const value = answer.data?.[question.field];
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
    throw new SmokeFailure(`${where}: no answer (${JSON.stringify(value)})`);
  }
  return `${question.name}: ${text.length} bytes in ${Date.now() - started} ms`;
}

async function main(): Promise<number> {
  const node = resolve(option("node") ?? process.execPath);
  let version: string;
  try {
    version = execFileSync(node, ["--version"], { encoding: "utf8" }).trim();
  } catch (error) {
    console.error(`smoke: FAILED: cannot run ${node} --version: ${(error as Error).message}`);
    return 1;
  }
  console.log(`smoke: Node ${version} (${node})`);
  let command: string;
  try {
    command = startCommand();
  } catch (error) {
    console.error(`smoke: FAILED: ${(error as Error).message}`);
    return 1;
  }
  const dataDir = mkdtempSync(join(tmpdir(), "samverkansgrafen-smoke-"));
  const app = new App(node, command, dataDir);
  // The app runs in its own process group: stopped from outside, take it (and its Neo4j) along.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      if (app.alive()) process.kill(-app.child.pid!, "SIGKILL");
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(1);
    });
  }
  let step = "start";
  try {
    const graphqlUrl = await app.started();
    const ran = /Node (v\S+) \(/.exec(app.log)?.[1];
    if (ran !== version) throw new SmokeFailure(`the app says it runs on Node ${ran ?? "(no version logged)"}, not ${version}`);
    console.log(`smoke: serving ${graphqlUrl}`);
    step = "/ready";
    await waitReady(graphqlUrl.replace(/\/graphql$/, ""));
    // Planning a cold analyst query takes seconds, and on a busy machine the first question
    // asked while the app still plans them can run out of its time limit; this run is about the
    // runtime, not the first question's latency.
    step = "planning";
    await app.planned();
    step = "questions";
    for (const question of QUESTIONS) console.log(`smoke:   ${await ask(graphqlUrl, question)}`);
    step = "stop";
    const { clean } = await app.stop();
    if (!clean || !/\] stopped/.test(app.log)) throw new SmokeFailure("the app did not stop cleanly on SIGINT");
    // Node's own warnings (deprecations, experimental features) are what a new runtime brings first.
    for (const line of app.log.split("\n").filter((l) => /^\(node:\d+\) (\[\w+\] )?\w*Warning/.test(l))) console.log(`smoke: the app warned: ${line}`);
    console.log(`smoke: passed on Node ${version}: started, ready, ${QUESTIONS.length} questions answered, stopped`);
    return 0;
  } catch (error) {
    const reason = error instanceof SmokeFailure ? error.message : String((error as Error).stack ?? error);
    console.error(`smoke: FAILED at ${step} on Node ${version}: ${reason}`);
    console.error(`smoke: the app's last lines:\n${app.log.split("\n").slice(-40).join("\n")}`);
    return 1;
  } finally {
    if (app.alive()) process.kill(-app.child.pid!, "SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  }
}

process.exit(await main());
