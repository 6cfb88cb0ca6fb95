/**
 * What the app knows about its database: up or down. Fed by request failures ("unavailable"
 * errors) and by a background probe (`RETURN 1` with a short timeout, the connection wait
 * included). While the database is known to be down, requests are answered 503 at once instead
 * of each waiting for its own connection attempt; the probe notices the recovery, logs it and
 * calls `onRecovered` (the app re-plans its analyst queries there).
 */
import type { Driver } from "neo4j-driver";

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

/** Resolves with the work's result, or rejects after `ms` even if the work still hangs (e.g. waiting for a connection). */
function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export async function pingDatabase(driver: Driver, database: string, timeoutMs: number): Promise<{ ok: boolean; error?: string }> {
  try {
    await withDeadline(
      driver.executeQuery("RETURN 1", {}, { database, routing: "READ", transactionConfig: { timeout: timeoutMs } }),
      timeoutMs,
      "database",
    );
    return { ok: true };
  } catch (error) {
    return { ok: false, error: (error instanceof Error ? error.message : String(error)).split("\n")[0] };
  }
}

export class DatabaseHealth {
  private up = true;
  private since = Date.now();
  private timer: NodeJS.Timeout | undefined;
  private probing = false;
  private failedProbes = 0;
  private stopped = false;
  private readonly options: Required<Omit<DatabaseHealthOptions, "onRecovered">> & Pick<DatabaseHealthOptions, "onRecovered">;

  constructor(options: DatabaseHealthOptions) {
    this.options = { upIntervalMs: 5_000, downIntervalMs: 500, probeTimeoutMs: 1_500, ...options };
  }

  get isUp(): boolean {
    return this.up;
  }

  start(): void {
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** A request failed because the database is unreachable. */
  reportUnavailable(reason: string): void {
    if (!this.up) return;
    this.up = false;
    this.options.log({ event: "database_down", reason, upForMs: Date.now() - this.since });
    this.since = Date.now();
    this.schedule();
  }

  /** Runs one probe now and updates the state. */
  async probe(): Promise<boolean> {
    if (this.probing) return this.up;
    this.probing = true;
    try {
      const result = await pingDatabase(this.options.driver, this.options.database, this.options.probeTimeoutMs);
      if (result.ok && !this.up) {
        this.up = true;
        this.options.log({ event: "database_up", downForMs: Date.now() - this.since });
        this.since = Date.now();
        void Promise.resolve(this.options.onRecovered?.()).catch(() => undefined);
      } else if (result.ok) {
        this.failedProbes = 0;
      } else if (++this.failedProbes >= 2 || !this.up) {
        // Two misses in a row while up: one slow answer on a busy machine is not an outage.
        this.reportUnavailable(result.error ?? "no answer");
      }
      return this.up;
    } finally {
      this.probing = false;
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      void this.probe().finally(() => this.schedule());
    }, this.up && this.failedProbes === 0 ? this.options.upIntervalMs : this.options.downIntervalMs);
    this.timer.unref();
  }
}
