/**
 * A standby JVM for the local Neo4j. A restart in a fresh JVM costs about 10 s to start and then
 * some 20 s for Neo4j to plan the app's statements again, most of it the JVM compiling the Cypher
 * planner for the first time (BENCHMARKS.md). The standby is that work done ahead: a second JVM,
 * at low priority, runs a throw-away database (in a temporary folder) against which the app plans
 * its statements. When the serving JVM dies, the standby is promoted: it shuts its scratch
 * database down and opens the real data folder on the real port (the dead JVM's store lock is
 * gone with it), so the restart skips the JVM's start and the planner's first compilation.
 * Plans themselves are per database and are made again, now in compiled code.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { setPriority, tmpdir } from "node:os";
import { join } from "node:path";
import { awaitLauncherLine, claimPort } from "./launcher-process.js";
import { LocalNeo4jError } from "./tools.js";

export const STANDBY_LINE = "SAMVERKANSGRAFEN_NEO4J_STANDBY";
/** Below the serving database and the app: the standby's start and planning take spare CPU. */
export const STANDBY_NICENESS = 10;

/**
 * The JIT's optimising compiler threads ("C2 CompilerThread0" …; Linux keeps the first 15
 * characters of a thread's name). After a promotion they recompile what the real database's paths
 * need (JFR: some 6,200 compilations in the 15 s after one, C2's the costly ones) while the app
 * plans its statements again: left at the standby's priority they take the CPU the planning
 * leaves, and the planning ends sooner (BENCHMARKS.md, "The JIT after a promotion").
 */
export const OPTIMISING_COMPILER_THREAD = /^C2 CompilerThre/;

/** Whether a thread of `pid` is one of the JIT's optimising compiler threads (false once it is gone). */
function isOptimisingCompilerThread(pid: number, thread: string): boolean {
  try {
    return OPTIMISING_COMPILER_THREAD.test(readFileSync(`/proc/${pid}/task/${thread}/comm`, "utf8"));
  } catch {
    return false;
  }
}

/**
 * Linux keeps a nice value per thread, and a new thread takes its creator's: each thread of the
 * JVM `pid` is set back to 0, so those it starts later are too. The optimising compiler's threads
 * are set to the standby's value instead (a compiler thread the JIT added since may have another
 * creator's), and to 0 with `compilers`. Raising a priority may need privileges; without them a
 * promoted database keeps the standby's lower priority.
 */
export function restoreServingPriority(pid: number, { compilers = false } = {}): void {
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    threads = [String(pid)]; // no /proc: the main thread at least
  }
  for (const thread of threads) {
    const niceness = !compilers && isOptimisingCompilerThread(pid, thread) ? STANDBY_NICENESS : 0;
    try {
      setPriority(Number(thread), niceness);
    } catch {
      // gone meanwhile, or not permitted
    }
  }
}

/** Starts a launcher JVM with these arguments (after its JVM options) at the given niceness. */
export type SpawnLauncher = (args: string[], niceness: number) => ChildProcess;

export class Standby {
  private constructor(
    private readonly child: ChildProcess,
    private readonly scratchDir: string,
    /** The scratch database's Bolt URL, to plan statements against. */
    readonly boltUrl: string,
  ) {}

  /** Starts a standby and waits until its scratch database answers. */
  static async start(spawnLauncher: SpawnLauncher, o: { pluginDir: string; pageCacheMb: number; timeoutMs: number }): Promise<Standby> {
    const scratchDir = mkdtempSync(join(tmpdir(), "samverkansgrafen-standby-"));
    const port = await claimPort(0);
    const child = spawnLauncher(["--standby", scratchDir, String(port), o.pluginDir, String(o.pageCacheMb)], STANDBY_NICENESS);
    const standby = new Standby(child, scratchDir, `bolt://127.0.0.1:${port}`);
    // Drained until it is promoted (then the launcher's owner reads them): a full pipe would stall the JVM.
    for (const stream of [child.stdout!, child.stderr!]) stream.on("data", () => undefined);
    const started = await awaitLauncherLine(child, STANDBY_LINE, o.timeoutMs);
    if (!started.ok) {
      await standby.discard();
      throw new LocalNeo4jError(`the standby JVM ${started.why}`);
    }
    child.once("exit", () => standby.removeScratch());
    return standby;
  }

  get pid(): number | undefined {
    return this.alive ? this.child.pid : undefined;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /**
   * Tells the standby to serve `dataDir` on `port` and returns its process, which prints the
   * launcher's ready line when it does. Until then it keeps the standby's priority: while the
   * database is down the app answers every request that needs it (503, and the answers it keeps),
   * and a JVM opening a store on every thread it has would leave the app's one thread waiting for
   * a core. The promotion takes only what the app leaves (on a quiet machine, as long as at the
   * serving priority). Once it is ready, `restoreServingPriority` gives it the serving priority,
   * and with `compilers` once the app has planned again.
   */
  promote(dataDir: string, port: number): ChildProcess {
    this.child.stdin!.write(`PROMOTE ${port} ${dataDir}\n`);
    return this.child;
  }

  /** The scratch folder, once the promoted JVM has left it (or the standby is gone). */
  removeScratch(): void {
    rmSync(this.scratchDir, { recursive: true, force: true });
  }

  /** Ends an unpromoted standby; its scratch database holds nothing worth a clean shutdown. */
  async discard(): Promise<void> {
    if (this.alive) {
      const exited = new Promise((done) => this.child.once("exit", done));
      this.child.kill("SIGKILL");
      await exited;
    }
    this.removeScratch();
  }
}
