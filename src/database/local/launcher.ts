/**
 * Starts and stops the embedded Neo4j (neo4j-runtime/Launcher.java) as a child JVM listening
 * on 127.0.0.1, and waits until Bolt answers.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ensureJars } from "./jars.js";
import { ensureLauncherJar } from "./launcher-jar.js";
import {
  CANCELLED,
  READY_LINE,
  buildStartupArchive,
  startupArchiveOptions,
  startupArchivePath,
  type ArchiveBuild,
  type RuntimeClassPath,
} from "./startup-archive.js";
import { awaitLauncherLine, claimPort } from "./launcher-process.js";
import { restoreServingPriority, Standby } from "./standby.js";
import { LocalNeo4jError, requireJava } from "./tools.js";

/**
 * Rounds of planning on a standby (prepareStandby). Measured on 2 cores (BENCHMARKS.md): the
 * standby's round takes about 23 s the first time, then 12, 8 and 8 s, as the JIT compiles the
 * planner; a fifth round gains little.
 */
export const STANDBY_WARM_ROUNDS = 4;

export interface LocalNeo4jOptions {
  runtimeDir: string; // holds pom.xml and Launcher.java
  cacheDir: string; // jars, launcher jar, class-data archive
  dataDir: string;
  port: number; // 0 = any free port
  pageCacheMb: number;
  heapMb: number;
  startTimeoutMs: number;
  /** More options for every JVM it starts (tests: a short-lived database, see test/support/own-neo4j.ts). */
  jvmOptions?: readonly string[];
  log: (line: string) => void;
}

function tailOf(path: string, lines: number): string {
  if (!existsSync(path)) return "";
  return readFileSync(path, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

export class LocalNeo4j {
  private child?: ChildProcess;
  private output: string[] = [];
  private exited?: Promise<number | null>;
  private archiveBuild?: ArchiveBuild;
  private preparedRuntime?: ReturnType<typeof prepareRuntime>;
  private readonly exitListeners: ((how: string) => void)[] = [];
  /** Standby JVMs waiting to take over, the first (the warmest) first. */
  private standbys: Standby[] = [];
  /** While prepareStandby's loop runs: a second call leaves the count to it. */
  private preparingStandbys = false;
  private stopping = false;
  boltUrl = "";
  port = 0;

  constructor(private readonly options: LocalNeo4jOptions) {}

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The JVM's process id while it runs. */
  get pid(): number | undefined {
    return this.running ? this.child?.pid : undefined;
  }

  /** Called whenever a started JVM exits, however it ends (`how`: its exit code or signal). */
  onExit(listener: (how: string) => void): void {
    this.exitListeners.push(listener);
  }

  async start(): Promise<string> {
    if (this.running) return this.boltUrl;
    this.stopping = false;
    const o = this.options;
    const runtime = this.runtime();
    // Reuse the same port on restarts so clients configured with it recover by themselves.
    this.port = await claimPort(this.port || o.port);
    const dataDir = resolve(o.dataDir);
    mkdirSync(dataDir, { recursive: true });
    this.output = [];
    const started = Date.now();
    this.standbys = this.waitingStandbys();
    const standby = this.standbys.shift();
    const archiveNote = standby ? "promoted from its standby JVM" : this.hasStartupArchive() ? "with its class-data archive" : "no class-data archive yet";
    const child = standby ? standby.promote(dataDir, this.port) : this.spawnLauncher([dataDir, String(this.port), runtime.pluginDir, String(o.pageCacheMb)], 0);
    this.child = child;
    this.exited = new Promise((done) => child.once("exit", (code) => done(code)));
    child.once("exit", (code, signal) => {
      for (const listener of this.exitListeners) listener(signal ?? `exit code ${code}`);
    });
    const remember = (chunk: Buffer) => {
      this.output.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      if (this.output.length > 200) this.output.splice(0, this.output.length - 200);
    };
    child.stderr!.on("data", remember);
    child.stdout!.on("data", remember);
    const ready = await awaitLauncherLine(child, READY_LINE, o.startTimeoutMs);
    if (!ready.ok) {
      void this.stopServing(60_000);
      throw this.failure(ready.why, dataDir);
    }
    // A promoted JVM gets the serving priority once its database answers, but for its optimising compiler (standby.ts).
    if (standby) restoreServingPriority(child.pid!);
    standby?.removeScratch();
    this.boltUrl = `bolt://127.0.0.1:${this.port}`;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    o.log(`Local Neo4j ${runtime.neo4jVersion} ready at ${this.boltUrl} (data in ${o.dataDir}, pid ${child.pid}) after ${seconds} s (${archiveNote}).`);
    return this.boltUrl;
  }

  /**
   * Gives a promoted JVM's JIT compiler its priority back. Call it once the statements are planned
   * again after a restart: until then the compiler takes only what the planning leaves of the CPU
   * (standby.ts). `pid` is the JVM that was planned for: a later restart's JVM waits for its own
   * planning. A JVM that was not promoted has the priority already, and keeps it.
   */
  restoreCompilerPriority(pid: number | undefined): void {
    if (pid !== undefined && pid === this.pid) restoreServingPriority(pid, { compilers: true });
  }

  /**
   * Starts standby JVMs (standby.ts), one after the other, until `count` wait, and gives each
   * one's scratch database to `warm` to plan statements against; the next start() promotes the
   * first. A start that comes while one is being warmed still promotes it (a started JVM beats a
   * fresh one), and `warm` then fails, which is only logged. Failures cost the speed-up of the
   * next restart, nothing else.
   *
   * `warm` runs `rounds` times: round 0 makes the standby worth promoting; each later round plans
   * the same statements again (its `round` tells it to force that), until the JIT has compiled the
   * planner's paths fully (STANDBY_WARM_ROUNDS). A promotion ends the rounds.
   */
  async prepareStandby(warm: (boltUrl: string, round: number) => Promise<void>, { count = 1, rounds = STANDBY_WARM_ROUNDS } = {}): Promise<void> {
    if (this.preparingStandbys) return;
    this.preparingStandbys = true;
    try {
      // At most `count` starts per call: standbys that die at once must not start JVMs forever.
      for (let starts = 0; starts < count && this.running && !this.stopping && this.waitingStandbys().length < count; starts++) {
        if (!(await this.startStandby(warm, rounds))) return;
      }
    } finally {
      this.preparingStandbys = false;
    }
  }

  /** One standby, started, planned and added to those waiting; false when it could not be started. */
  private async startStandby(warm: (boltUrl: string, round: number) => Promise<void>, rounds: number): Promise<boolean> {
    const o = this.options;
    const started = Date.now();
    let standby: Standby | undefined;
    const waiting = () => standby !== undefined && this.standbys.includes(standby) && standby.alive && !this.stopping;
    try {
      standby = await Standby.start((args, niceness) => this.spawnLauncher(args, niceness), {
        pluginDir: this.runtime().pluginDir,
        pageCacheMb: o.pageCacheMb,
        timeoutMs: o.startTimeoutMs,
      });
      if (this.stopping) {
        await standby.discard();
        return false;
      }
      this.standbys.push(standby);
      await warm(standby.boltUrl, 0);
      o.log(`Standby JVM ready for the local Neo4j (pid ${standby.pid}) after ${((Date.now() - started) / 1000).toFixed(1)} s; a restart promotes it.`);
    } catch (error) {
      const why = (error instanceof Error ? error.message : String(error)).split("\n")[0];
      if (!standby) o.log(`No standby JVM for the local Neo4j (a restart starts a fresh one): ${why}`);
      else if (!this.standbys.includes(standby) && !this.stopping) o.log(`The standby JVM was promoted before it was warm (${why}).`);
      else o.log(`The standby JVM (pid ${standby.pid}) is not fully warmed (${why}); a restart still promotes it.`);
      return standby !== undefined;
    }
    const roundTimes: string[] = [];
    for (let round = 1; round < rounds && waiting(); round++) {
      const roundStarted = Date.now();
      // A failure here is a promotion or a stop in the middle of a round: the rounds end, nothing else.
      const done = await warm(standby.boltUrl, round).then(() => true, () => false);
      if (!done || !waiting()) break;
      roundTimes.push(((Date.now() - roundStarted) / 1000).toFixed(1));
    }
    if (roundTimes.length > 0 && waiting()) o.log(`Standby JVM (pid ${standby.pid}) planned again ${roundTimes.length} times (${roundTimes.join(", ")} s), its planner compiled.`);
    return true;
  }

  /** The standbys still alive, the next to be promoted first. */
  private waitingStandbys(): Standby[] {
    return this.standbys.filter((s) => s.alive);
  }

  /** The process id of the standby the next start promotes, while it waits. */
  get standbyPid(): number | undefined {
    return this.standbyPids[0];
  }

  /** The process ids of all waiting standbys, the next to be promoted first. */
  get standbyPids(): number[] {
    return this.waitingStandbys().map((s) => s.pid!);
  }

  private spawnLauncher(args: string[], niceness: number): ChildProcess {
    const o = this.options;
    const runtime = this.runtime();
    const javaArgs = [`-Xmx${o.heapMb}m`, "-XX:+UseG1GC", ...(o.jvmOptions ?? []), ...startupArchiveOptions(startupArchivePath(o.cacheDir, runtime)), "-cp", runtime.classPath, "Launcher", ...args];
    // stdin stays open: the launcher exits when it closes, so the JVM never outlives us.
    const stdio: ["pipe", "pipe", "pipe"] = ["pipe", "pipe", "pipe"];
    return niceness > 0 ? spawn("nice", ["-n", String(niceness), "java", ...javaArgs], { stdio }) : spawn("java", javaArgs, { stdio });
  }

  private runtime(): ReturnType<typeof prepareRuntime> {
    this.preparedRuntime ??= prepareRuntime(this.options);
    return this.preparedRuntime;
  }

  /** Whether the next start can use the class-data archive (see startup-archive.ts). */
  hasStartupArchive(): boolean {
    return existsSync(startupArchivePath(this.options.cacheDir, this.runtime()));
  }

  /**
   * Builds the class-data archive in the background, at low priority, so later starts are
   * faster; stop() cancels it. Failures only cost the speed-up, so they are logged, not thrown.
   */
  buildStartupArchiveInBackground(): void {
    if (this.archiveBuild || this.hasStartupArchive()) return;
    const o = this.options;
    const runtime = this.runtime();
    const started = Date.now();
    o.log("Building the local Neo4j's class-data archive in the background, for faster starts (about a minute)...");
    const build = buildStartupArchive(runtime, startupArchivePath(o.cacheDir, runtime), { niceness: 10 });
    this.archiveBuild = build;
    build.done.then(
      () => o.log(`Class-data archive ready after ${((Date.now() - started) / 1000).toFixed(0)} s; the next start of the local Neo4j uses it.`),
      (error: Error) => {
        if (error.message !== CANCELLED) o.log(`Class-data archive not built (starts stay slower): ${error.message.split("\n")[0]}`);
      },
    );
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
    this.archiveBuild?.cancel();
    this.stopping = true;
    await Promise.all(this.standbys.map((s) => s.discard()));
    this.standbys = [];
    await this.stopServing(graceMs);
  }

  private async stopServing(graceMs: number): Promise<void> {
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

/** The jars, the launcher jar and the JVM that run the local Neo4j; fetched or built once. */
export function prepareRuntime(o: Pick<LocalNeo4jOptions, "runtimeDir" | "cacheDir" | "log">): RuntimeClassPath & { neo4jVersion: string } {
  const javaVersion = requireJava();
  const jars = ensureJars({ pomPath: join(o.runtimeDir, "pom.xml"), cacheDir: o.cacheDir, log: o.log });
  const launcherJar = ensureLauncherJar(o.runtimeDir, o.cacheDir, jars);
  return { classPath: `${launcherJar}:${join(jars.libDir, "*")}`, pluginDir: jars.pluginDir, javaVersion, neo4jVersion: jars.neo4jVersion };
}
