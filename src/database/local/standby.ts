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
import { mkdtempSync, rmSync } from "node:fs";
import { setPriority, tmpdir } from "node:os";
import { join } from "node:path";
import { awaitLauncherLine, claimPort } from "./launcher-process.js";
import { LocalNeo4jError } from "./tools.js";

export const STANDBY_LINE = "SAMVERKANSGRAFEN_NEO4J_STANDBY";
/** Below the serving database and the app: the standby's start and planning take spare CPU. */
export const STANDBY_NICENESS = 10;

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
   * launcher's ready line when it does. It is given the serving database's priority back where
   * the system allows it (raising a priority may need privileges; otherwise it stays lower).
   */
  promote(dataDir: string, port: number): ChildProcess {
    this.child.stdin!.write(`PROMOTE ${port} ${dataDir}\n`);
    try {
      setPriority(this.child.pid!, 0);
    } catch {
      // Not permitted for this user: the promoted database keeps the standby's lower priority.
    }
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
