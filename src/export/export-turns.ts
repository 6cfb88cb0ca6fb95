/**
 * Turns for the exports that read the database: at most `perClient` downloads of one client at a
 * time (a second one is refused), at most `atOnce` reading the database together, `queued` more
 * waiting in order for up to `queueWaitMs`. An export reads the whole graph for as long as the
 * graph is large, so one client asking again and again must not hold the database; a download
 * served from a snapshot file on disk takes a client turn but no database turn.
 */
export interface ExportLimits {
  perClient: number;
  atOnce: number;
  queued: number;
  queueWaitMs: number;
}

/** No database turn came: too many exports are waiting, or the wait was too long. */
export class ExportBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportBusyError";
  }
}

export interface ExportTurns {
  /** A release function, or undefined when the client already has its downloads running. */
  claimClient(client: string): (() => void) | undefined;
  /** Waits for a turn to read the database; rejects with ExportBusyError. */
  databaseTurn(): Promise<() => void>;
}

/** A release that releases once, however often it is called. */
function once(release: () => void): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    release();
  };
}

export function exportTurns(limits: ExportLimits): ExportTurns {
  const clients = new Map<string, number>();
  let reading = 0;
  const waiting: { admit: () => void; timer: NodeJS.Timeout }[] = [];

  const releaseReading = () => {
    const next = waiting.shift();
    if (!next) return void reading--;
    clearTimeout(next.timer);
    next.admit(); // the turn passes on: `reading` stays the same
  };

  return {
    claimClient(client) {
      const running = clients.get(client) ?? 0;
      if (running >= limits.perClient) return undefined;
      clients.set(client, running + 1);
      return once(() => {
        const left = (clients.get(client) ?? 1) - 1;
        if (left <= 0) clients.delete(client);
        else clients.set(client, left);
      });
    },
    databaseTurn() {
      if (reading < limits.atOnce) {
        reading++;
        return Promise.resolve(once(releaseReading));
      }
      if (waiting.length >= limits.queued) return Promise.reject(new ExportBusyError(`${limits.atOnce} exports are reading the database and ${limits.queued} are waiting`));
      return new Promise((admit, refuse) => {
        const entry = {
          admit: () => admit(once(releaseReading)),
          timer: setTimeout(() => {
            waiting.splice(waiting.indexOf(entry), 1);
            refuse(new ExportBusyError(`no turn to read the database within ${limits.queueWaitMs / 1000} s`));
          }, limits.queueWaitMs),
        };
        waiting.push(entry);
      });
    },
  };
}
