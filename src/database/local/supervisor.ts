/**
 * Keeps the local Neo4j alive: when its JVM exits (a crash, kill -9, the OOM killer) or stops
 * answering for longer than `unresponsiveRestartMs` (frozen, deadlocked), it is started again on
 * the same port and data folder, after 1, 2, 4 … 30 s between failed attempts. Neo4j recovers
 * its store from the transaction log on start, so committed data stays. Each attempt logs
 * `database_restarting`. The app's health state (src/database/health.ts) reads `state()`, so
 * /ready says "restarting" meanwhile and the queries are re-planned once the database answers.
 */
import { readFileSync } from "node:fs";
import type { DatabaseProcessState } from "../health.js";
import type { LocalNeo4j } from "./launcher.js";

export interface SupervisorOptions {
  /** Structured log: one object per event. */
  log: (fields: Record<string, unknown>) => void;
  /** The first wait before a restart; doubled after each failed attempt, up to `maxBackoffMs`. */
  firstBackoffMs?: number;
  maxBackoffMs?: number;
  /** A running database that has not answered for this long is killed and started again. */
  unresponsiveRestartMs?: number;
  /** A database that ran this long before it exited starts again after the first wait. */
  stableAfterMs?: number;
}

/** Linux: a process stopped by a signal (SIGSTOP) or a debugger shows `T` or `t` in /proc/<pid>/stat. */
export function isStoppedProcess(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state === "T" || state === "t";
  } catch {
    return false; // no /proc (not Linux) or the process is gone: the exit is seen elsewhere
  }
}

/**
 * How long one read of /proc/<pid>/stat stands. Every 503 and every /ready asks for the state
 * (Retry-After and the status depend on it), and a clients' retry storm against a frozen database
 * would otherwise pay a synchronous file read per answer, more than the rest of the answer costs.
 * The health state polls every 200 ms, so a stop is seen no later for it.
 */
export const STOPPED_READ_TTL_MS = 50;

/** `isStopped` with each process's answer kept for `ttlMs`. */
export function keptStoppedCheck(isStopped: (pid: number) => boolean = isStoppedProcess, ttlMs = STOPPED_READ_TTL_MS, now: () => number = Date.now): (pid: number) => boolean {
  let last: { pid: number; at: number; stopped: boolean } | undefined;
  return (pid) => {
    const at = now();
    if (last?.pid !== pid || at - last.at >= ttlMs) last = { pid, at, stopped: isStopped(pid) };
    return last.stopped;
  };
}

/** The wait before restart attempt `failures + 1`: 1, 2, 4 … capped. */
export function backoffMs(failures: number, firstMs: number, maxMs: number): number {
  return Math.min(maxMs, firstMs * 2 ** Math.min(failures, 30));
}

const CHECK_MS = 1_000;

export class LocalNeo4jSupervisor {
  private restarting = false;
  private stopped = false;
  private failures = 0;
  private runningSince = Date.now();
  private notAnsweringSince: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly isStopped = keptStoppedCheck();
  private readonly options: Required<SupervisorOptions>;

  constructor(
    private readonly local: LocalNeo4j,
    options: SupervisorOptions,
  ) {
    this.options = { firstBackoffMs: 1_000, maxBackoffMs: 30_000, unresponsiveRestartMs: 20_000, stableAfterMs: 60_000, ...options };
    local.onExit((how) => {
      if (this.stopped || this.restarting) return; // our own stop, or a failed start the restart loop sees
      if (Date.now() - this.runningSince >= this.options.stableAfterMs) this.failures = 0;
      void this.restart(`the local database's process ended (${how})`);
    });
  }

  /** The database's current process (a restart gives a new one; a freeze keeps it, with its plan cache). */
  get pid(): number | undefined {
    return this.local.pid;
  }

  state(): DatabaseProcessState {
    if (this.restarting) return "restarting";
    const pid = this.local.pid;
    if (pid === undefined) return "exited";
    return this.isStopped(pid) ? "stopped" : "running";
  }

  /**
   * Restarts a database that runs but has not answered for `unresponsiveRestartMs`, as
   * `isAnswering` (the app's health state) tells.
   */
  watchAnswering(isAnswering: () => boolean): void {
    clearInterval(this.timer);
    this.timer = setInterval(() => {
      if (this.stopped || this.restarting) return;
      if (isAnswering()) return void (this.notAnsweringSince = undefined);
      const now = Date.now();
      this.notAnsweringSince ??= now;
      const limit = this.options.unresponsiveRestartMs;
      if (now - this.notAnsweringSince < limit || now - this.runningSince < limit) return;
      this.options.log({ level: "warn", event: "database_unresponsive", notAnsweringForMs: now - this.notAnsweringSince });
      this.notAnsweringSince = undefined;
      // The exit starts the restart (onExit above).
      void this.local.kill();
    }, CHECK_MS);
    this.timer.unref();
  }

  /** No more restarts (the app is stopping). */
  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  private async restart(reason: string): Promise<void> {
    this.restarting = true;
    try {
      for (let attempt = 1; !this.stopped; attempt++) {
        const waitMs = backoffMs(this.failures, this.options.firstBackoffMs, this.options.maxBackoffMs);
        this.options.log({ level: "warn", event: "database_restarting", reason, attempt, inMs: waitMs });
        await new Promise((resume) => setTimeout(resume, waitMs).unref());
        if (this.stopped) return;
        const started = Date.now();
        try {
          await this.local.start();
          this.failures++;
          this.runningSince = Date.now();
          this.notAnsweringSince = undefined;
          this.options.log({ event: "database_restarted", attempt, startMs: Date.now() - started, pid: this.local.pid });
          return;
        } catch (error) {
          this.failures++;
          reason = `the restart failed: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}`;
        }
      }
    } finally {
      this.restarting = false;
    }
  }
}
