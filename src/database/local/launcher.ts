/**
 * Starts and stops the embedded Neo4j (neo4j-runtime/Launcher.java) as a child JVM listening
 * on 127.0.0.1, and waits until Bolt answers.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { ensureJars, type JarSet } from "./jars.js";
import { LocalNeo4jError, requireJava } from "./tools.js";

const READY = "SAMVERKANSGRAFEN_NEO4J_READY";

export interface LocalNeo4jOptions {
  runtimeDir: string; // holds pom.xml and Launcher.java
  cacheDir: string; // jars and compiled launcher
  dataDir: string;
  port: number; // 0 = any free port
  pageCacheMb: number;
  heapMb: number;
  startTimeoutMs: number;
  log: (line: string) => void;
}

/** Resolves with a free port on 127.0.0.1, or rejects naming who holds a requested one. */
async function claimPort(port: number): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", (err: NodeJS.ErrnoException) =>
      fail(
        err.code === "EADDRINUSE"
          ? new LocalNeo4jError(`port ${port} on 127.0.0.1 is already in use (another Neo4j?). Stop that process, set LOCAL_NEO4J_PORT to a free port (0 = any), or set NEO4J_URI to use that server.`)
          : err,
      ),
    );
    server.listen(port, "127.0.0.1", () => {
      const chosen = (server.address() as { port: number }).port;
      server.close(() => ok(chosen));
    });
  });
}

function compileLauncher(runtimeDir: string, classesDir: string, jars: JarSet): void {
  const source = join(runtimeDir, "Launcher.java");
  const compiled = join(classesDir, "Launcher.class");
  if (existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(source).mtimeMs) return;
  mkdirSync(classesDir, { recursive: true });
  const javac = spawnSync("javac", ["-cp", join(jars.libDir, "*"), "-d", classesDir, source], { encoding: "utf8" });
  if (javac.status !== 0) throw new LocalNeo4jError(`javac failed for ${source}:\n${javac.stderr}`);
}

function tailOf(path: string, lines: number): string {
  if (!existsSync(path)) return "";
  return readFileSync(path, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

export class LocalNeo4j {
  private child?: ChildProcess;
  private output: string[] = [];
  private exited?: Promise<number | null>;
  boltUrl = "";
  port = 0;

  constructor(private readonly options: LocalNeo4jOptions) {}

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<string> {
    if (this.running) return this.boltUrl;
    const o = this.options;
    requireJava();
    const jars = ensureJars({ pomPath: join(o.runtimeDir, "pom.xml"), cacheDir: o.cacheDir, log: o.log });
    const classesDir = join(o.cacheDir, "launcher-classes");
    compileLauncher(o.runtimeDir, classesDir, jars);
    // Reuse the same port on restarts so clients configured with it recover by themselves.
    this.port = await claimPort(this.port || o.port);
    const dataDir = resolve(o.dataDir);
    mkdirSync(dataDir, { recursive: true });
    this.output = [];
    const started = Date.now();
    const child = spawn(
      "java",
      [
        `-Xmx${o.heapMb}m`,
        "-XX:+UseG1GC",
        "-cp",
        `${classesDir}:${join(jars.libDir, "*")}`,
        "Launcher",
        dataDir,
        String(this.port),
        jars.pluginDir,
        String(o.pageCacheMb),
      ],
      // stdin stays open: the launcher exits when it closes, so the JVM never outlives us.
      { stdio: ["pipe", "pipe", "pipe"] },
    );
    this.child = child;
    this.exited = new Promise((done) => child.once("exit", (code) => done(code)));
    const remember = (chunk: Buffer) => {
      this.output.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      if (this.output.length > 200) this.output.splice(0, this.output.length - 200);
    };
    child.stderr!.on("data", remember);

    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(() => {
        void this.stop();
        fail(this.failure(`did not answer within ${o.startTimeoutMs / 1000} s`, dataDir));
      }, o.startTimeoutMs);
      child.stdout!.on("data", (chunk: Buffer) => {
        remember(chunk);
        if (chunk.toString("utf8").includes(READY)) {
          clearTimeout(timer);
          ready();
        }
      });
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        fail(this.failure(`exited during start-up (${signal ?? `exit code ${code}`})`, dataDir));
      });
    });
    this.boltUrl = `bolt://127.0.0.1:${this.port}`;
    o.log(`Local Neo4j ${jars.neo4jVersion} ready at ${this.boltUrl} (data in ${o.dataDir}) after ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return this.boltUrl;
  }

  private failure(what: string, dataDir: string): LocalNeo4jError {
    const debugLog = tailOf(join(dataDir, "logs", "debug.log"), 30);
    return new LocalNeo4jError(
      `Local Neo4j ${what}.\n--- launcher output ---\n${this.output.slice(-30).join("\n")}` +
        (debugLog ? `\n--- ${join(dataDir, "logs", "debug.log")} ---\n${debugLog}` : ""),
    );
  }

  /** Clean shutdown (flushes the store); forced after `graceMs`. */
  async stop(graceMs = 60_000): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    child.kill("SIGTERM");
    const forced = setTimeout(() => child.kill("SIGKILL"), graceMs);
    await this.exited;
    clearTimeout(forced);
  }

  /** Abrupt death, as in a crash; for tests of recovery. */
  async kill(): Promise<void> {
    if (!this.child || !this.running) return;
    this.child.kill("SIGKILL");
    await this.exited;
  }
}
