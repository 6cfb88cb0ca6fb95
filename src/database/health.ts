/**
 * What the app knows about its database: up or down, and whether the app is ready to serve at
 * full speed. Fed by
 *  - request failures ("unavailable" errors): down at once;
 *  - a background probe (`RETURN 1`, a short budget with the connection wait included) every
 *    half second while up: a refused or closed connection is down at once, a probe without an
 *    answer three times in a row is down (a few slow answers on a busy machine are not an
 *    outage); every quarter second while down, so a recovery is seen at once;
 *  - for the local database, the state of its process (exited, stopped by a signal, being
 *    restarted), read every 200 ms: no query needed to see that it is gone.
 * While the database is known to be down, requests are answered 503 at once instead of each
 * waiting for its own connection attempt. When it answers again the app is told (`onRecovered`:
 * it re-plans its queries), and /ready says "ready" only once that is done; the app may hold
 * requests that need the database meanwhile (503 WARMING_UP, see prepare).
 */
import type { Driver } from "neo4j-driver";

/** The local database's process, as its supervisor sees it. */
export type DatabaseProcessState = "running" | "stopped" | "exited" | "restarting";

export interface DatabaseHealthOptions {
  driver: Driver;
  database: string;
  log: (event: Record<string, unknown>) => void;
  onRecovered?: () => void | Promise<void>;
  /** How often the probe runs while the database is up / down. */
  upIntervalMs?: number;
  downIntervalMs?: number;
  /** One probe's whole budget, connection acquisition included. */
  probeTimeoutMs?: number;
}

export type Readiness =
  | { ready: true; status: "ready" }
  | { ready: false; status: "warming" | "unavailable" | "restarting"; reason: string; retryAfterS: number };

/** Resolves with the work's result, or rejects after `ms` even if the work still hangs (e.g. waiting for a connection). */
function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** A failure that says the server is not there (refused, closed, unreachable), rather than slow. */
export const CONNECTION_FAILURE = /Could not perform discovery|Failed to connect to server|Connection was closed by server|ECONNREFUSED|ECONNRESET|Pool is closed|socket hang up/i;

export async function pingDatabase(driver: Driver, database: string, timeoutMs: number): Promise<{ ok: boolean; error?: string; timedOut?: boolean }> {
  try {
    await withDeadline(
      driver.executeQuery("RETURN 1", {}, { database, routing: "READ", transactionConfig: { timeout: timeoutMs } }),
      timeoutMs,
      "database",
    );
    return { ok: true };
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
    return { ok: false, error: message, timedOut: !CONNECTION_FAILURE.test(message) };
  }
}

/**
 * What a request held after a restart is (prepare's holdRequests): one of the website's trusted
 * operations, which the app plans first and then lets through, or anything else.
 */
export type HeldRequestKind = "website" | "other";

/** Lets one kind of held request through before the rest of the preparing is done. */
export type ReleaseHeld = (kind: HeldRequestKind) => void;

/** How long a client is asked to wait (Retry-After) in each state: a restart takes seconds. */
const RETRY_AFTER_S = { unavailable: 2, restarting: 10, warming: 2 } as const;

const PROCESS_WATCH_MS = 200;
/** Probes in a row without an answer (not refused: slow) that make the database down. */
const SLOW_PROBES_FOR_DOWN = 3;

export class DatabaseHealth {
  private up = true;
  private since = Date.now();
  private reason = "";
  private timer: NodeJS.Timeout | undefined;
  private processTimer: NodeJS.Timeout | undefined;
  private probing: Promise<boolean> | undefined;
  private failedProbes = 0;
  private stopped = false;
  private warming = 0;
  /** One entry per preparing that holds requests: the kinds it has let through already. */
  private readonly activeHolds = new Set<Set<HeldRequestKind>>();
  private processState: () => DatabaseProcessState = () => "running";
  private readonly listeners: ((up: boolean) => void)[] = [];
  private readonly options: Required<Omit<DatabaseHealthOptions, "onRecovered">> & Pick<DatabaseHealthOptions, "onRecovered">;

  constructor(options: DatabaseHealthOptions) {
    this.options = { upIntervalMs: 500, downIntervalMs: 250, probeTimeoutMs: 2_000, ...options };
  }

  get isUp(): boolean {
    return this.up;
  }

  /** Since when the database has been in its current state (epoch ms). */
  get stateSince(): number {
    return this.since;
  }

  start(): void {
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.processTimer);
  }

  /**
   * Resolves when the database is next known to be down (a check in progress need not wait for
   * its timeout); never, once `until` has settled (its listener is gone then).
   */
  whenDown(until: Promise<unknown>): Promise<void> {
    return new Promise((resolve) => {
      const forget = () => {
        const at = this.listeners.indexOf(listener);
        if (at >= 0) this.listeners.splice(at, 1);
      };
      const listener = (up: boolean) => {
        if (up) return;
        forget();
        resolve();
      };
      this.listeners.push(listener);
      void until.finally(forget);
    });
  }

  /** Called with the new state whenever the database goes down or comes back. */
  onChange(listener: (up: boolean) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Watches the local database's process: gone or stopped is down at once (no probe needed);
   * running again after that is probed at once.
   */
  watchProcess(state: () => DatabaseProcessState): void {
    this.processState = state;
    clearInterval(this.processTimer);
    let last = state();
    this.processTimer = setInterval(() => {
      const now = state();
      if (now !== "running") this.reportUnavailable(now === "stopped" ? "the local database's process is stopped" : now === "restarting" ? "the local database is being restarted" : "the local database's process exited");
      else if (last !== "running") void this.probe();
      last = now;
    }, PROCESS_WATCH_MS);
    this.processTimer.unref();
  }

  /**
   * Runs work that prepares the app for full speed (planning queries); /ready waits for it. With
   * `holdRequests`, requests that need the database are answered 503 meanwhile (holdsRequests):
   * after a restart, every client's first request would plan the same large statements again,
   * side by side with the work, and on a small machine that delays everyone's full service.
   */
  async prepare(work: (release: ReleaseHeld) => void | Promise<void>, options: { holdRequests?: boolean } = {}): Promise<void> {
    this.warming++;
    const released = new Set<HeldRequestKind>();
    if (options.holdRequests) this.activeHolds.add(released);
    try {
      // The work may let a kind of request through once what it needs is planned (src/app.ts).
      await work((kind) => released.add(kind));
    } catch {
      // Preparing only saves time later; the work logs its own failures.
    } finally {
      this.warming--;
      this.activeHolds.delete(released);
    }
  }

  /** Whether any request that needs the database waits for the re-planning after a restart (see prepare). */
  get holdsRequests(): boolean {
    return this.activeHolds.size > 0;
  }

  /** Whether a request of this kind waits: some preparing holds requests and has not let this kind through. */
  holds(kind: HeldRequestKind): boolean {
    for (const released of this.activeHolds) if (!released.has(kind)) return true;
    return false;
  }

  readiness(): Readiness {
    if (!this.up) {
      const restarting = this.processState() === "restarting";
      return restarting
        ? { ready: false, status: "restarting", reason: "the local database is being restarted", retryAfterS: RETRY_AFTER_S.restarting }
        : { ready: false, status: "unavailable", reason: `database: ${this.reason}`, retryAfterS: RETRY_AFTER_S.unavailable };
    }
    if (this.warming > 0) return { ready: false, status: "warming", reason: "planning the analyst questions and the website's operations", retryAfterS: RETRY_AFTER_S.warming };
    return { ready: true, status: "ready" };
  }

  /** Seconds a client should wait before asking again while the database is down. */
  retryAfterS(): number {
    const readiness = this.readiness();
    return readiness.ready ? RETRY_AFTER_S.unavailable : readiness.retryAfterS;
  }

  /** A request failed because the database is unreachable. */
  reportUnavailable(reason: string): void {
    if (!this.up) return;
    this.up = false;
    this.reason = reason;
    this.failedProbes = 0;
    this.options.log({ event: "database_down", reason, upForMs: Date.now() - this.since });
    this.since = Date.now();
    for (const listener of [...this.listeners]) listener(false);
    this.schedule();
  }

  /** Runs one probe now (or joins the one running) and updates the state. */
  probe(): Promise<boolean> {
    this.probing ??= this.runProbe().finally(() => {
      this.probing = undefined;
    });
    return this.probing;
  }

  private async runProbe(): Promise<boolean> {
    // A process that is not running cannot answer: no need to wait for a timeout to know.
    if (this.processState() !== "running") return this.up;
    const result = await pingDatabase(this.options.driver, this.options.database, this.options.probeTimeoutMs);
    if (result.ok && !this.up) {
      this.up = true;
      this.failedProbes = 0;
      this.options.log({ event: "database_up", downForMs: Date.now() - this.since });
      this.since = Date.now();
      for (const listener of [...this.listeners]) listener(true);
      if (this.options.onRecovered) void this.prepare(this.options.onRecovered);
      this.schedule();
    } else if (result.ok) {
      this.failedProbes = 0;
    } else if (this.up && (!result.timedOut || ++this.failedProbes >= SLOW_PROBES_FOR_DOWN)) {
      this.reportUnavailable(result.error ?? "no answer");
    }
    return this.up;
  }

  private schedule(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      void this.probe().finally(() => this.schedule());
    }, this.up ? this.options.upIntervalMs : this.options.downIntervalMs);
    this.timer.unref();
  }
}
