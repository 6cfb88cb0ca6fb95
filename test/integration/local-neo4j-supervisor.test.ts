/**
 * The local Neo4j heals itself: killed (kill -9) it is started again on the same port with its
 * data; frozen (SIGSTOP) past the unresponsive limit it is killed and started again. The health
 * state sees each step. A prepared standby JVM takes over after a kill, with the data and the
 * port, and leaves its scratch database behind. Uses its own local Neo4j: the shared test
 * database must not be killed.
 */
import { readFileSync, readdirSync } from "node:fs";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseHealth } from "../../src/database/health.js";
import { OPTIMISING_COMPILER_THREAD, STANDBY_NICENESS } from "../../src/database/local/standby.js";
import { STANDBY_WARM_ROUNDS } from "../../src/database/local/launcher.js";
import { LocalNeo4jSupervisor } from "../../src/database/local/supervisor.js";
import { startOwnNeo4j, type OwnNeo4j } from "../support/own-neo4j.js";

let own: OwnNeo4j;
let driver: Driver;
let health: DatabaseHealth;
let supervisor: LocalNeo4jSupervisor;
const events: Record<string, unknown>[] = [];
/** What the local Neo4j's launcher logs (its "ready at" line after each start). */
const launcherLog: string[] = [];
const states = new Set<string>();

async function until(what: string, ok: () => boolean | Promise<boolean>, timeoutMs = 120_000): Promise<number> {
  const started = Date.now();
  while (!(await ok())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return Date.now() - started;
}

const count = async (label: string) => (await driver.executeQuery(`MATCH (m:${label}) RETURN count(m) AS n`, {}, { database: "neo4j" })).records[0]!.get("n").toNumber() as number;
const markers = () => count("SupervisorMarker");
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Each of a process's threads: its name and its nice value (field 19 of /proc/<pid>/task/<tid>/stat).
 * A thread that ended between the listing and the read (a promotion ends many) is left out.
 */
function threadsOf(pid: number): { name: string; nice: number }[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
    } catch {
      return [];
    }
    return [{ name: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")), nice: Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]) }];
  });
}
const threadNiceness = (pid: number) => threadsOf(pid).map((t) => t.nice);
/** The nice values of the JIT's optimising compiler threads, and of all the others. */
function nicenessByRole(pid: number): { optimisingCompiler: Set<number>; others: Set<number> } {
  const threads = threadsOf(pid);
  const isCompiler = (t: { name: string }) => OPTIMISING_COMPILER_THREAD.test(t.name);
  return { optimisingCompiler: new Set(threads.filter(isCompiler).map((t) => t.nice)), others: new Set(threads.filter((t) => !isCompiler(t)).map((t) => t.nice)) };
}

/** Writes a node into the standby's scratch database: it must not reach the real one. */
async function markScratch(boltUrl: string): Promise<void> {
  const scratch = neo4j.driver(boltUrl);
  try {
    await scratch.executeQuery("CREATE (:ScratchMarker)", {}, { database: "neo4j" });
  } finally {
    await scratch.close();
  }
}

beforeAll(async () => {
  own = await startOwnNeo4j("supervisor", { log: (line) => launcherLog.push(line), productionJvm: true });
  driver = neo4j.driver(own.url, undefined, { connectionAcquisitionTimeout: 2_000, connectionTimeout: 1_000, maxTransactionRetryTime: 0 });
  await driver.executeQuery("CREATE (:SupervisorMarker {at: datetime()})", {}, { database: "neo4j" });
  supervisor = new LocalNeo4jSupervisor(own.local, { log: (e) => events.push(e), firstBackoffMs: 200, unresponsiveRestartMs: 3_000 });
  health = new DatabaseHealth({ driver, database: "neo4j", log: (e) => events.push(e), probeTimeoutMs: 500 });
  health.watchProcess(() => {
    const state = supervisor.state();
    states.add(state);
    return state;
  });
  health.start();
  supervisor.watchAnswering(() => health.isUp);
}, 240_000);

afterAll(async () => {
  supervisor?.stop();
  health?.stop();
  await driver?.close();
  await own?.stop();
});

describe("the local Neo4j's supervisor", () => {
  it("starts a killed database again, on the same port, with its data", async () => {
    const pid = own.local.pid!;
    process.kill(pid, "SIGKILL");
    await until("down", () => !health.isUp, 2_000);
    await until("restarted and answering", () => health.isUp);
    expect(own.local.pid).not.toBe(pid);
    expect(states).toContain("restarting");
    expect(events).toContainEqual(expect.objectContaining({ event: "database_restarting", attempt: 1, inMs: 200, reason: expect.stringMatching(/SIGKILL/) }));
    expect(events).toContainEqual(expect.objectContaining({ event: "database_restarted" }));
    expect(await markers()).toBe(1);
  }, 180_000);

  it("sees a frozen database at once, and kills and starts it again when it stays frozen", async () => {
    const pid = own.local.pid!;
    events.length = 0;
    process.kill(pid, "SIGSTOP");
    await until("seen as stopped", () => supervisor.state() === "stopped" && !health.isUp, 2_000);
    await until("replaced and answering", () => health.isUp && own.local.pid !== pid);
    expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(["database_down", "database_unresponsive", "database_restarting", "database_restarted", "database_up"]));
    expect(await markers()).toBe(1);
  }, 180_000);

  it("promotes a prepared standby after a kill: its JVM serves the data on the same port, without the scratch database", async () => {
    const rounds: number[] = [];
    await own.local.prepareStandby(async (boltUrl, round) => {
      rounds.push(round);
      await markScratch(boltUrl);
    });
    expect(rounds, "planned in rounds while it waits").toEqual([...Array(STANDBY_WARM_ROUNDS).keys()]);
    const standby = own.local.standbyPid;
    const pid = own.local.pid!;
    expect(standby).toBeDefined();
    expect(standby).not.toBe(pid);
    expect(new Set(threadNiceness(standby!))).toEqual(new Set([STANDBY_NICENESS]));
    events.length = 0;
    const readyLines = launcherLog.length;
    process.kill(pid, "SIGKILL");
    // Until its database answers (the launcher logs "ready" at once after it restores the priority,
    // in the same turn of the event loop), the promoted JVM keeps the standby's priority on every thread.
    const promoting: number[][] = [];
    const sampling = setInterval(() => {
      if (own.local.pid === standby && !launcherLog.slice(readyLines).some((line) => line.includes(" ready at "))) promoting.push(threadNiceness(standby!));
    }, 10);
    try {
      await until("down", () => !health.isUp, 2_000);
      await until("restarted and answering", () => health.isUp && own.local.pid !== undefined);
    } finally {
      clearInterval(sampling);
    }
    expect(promoting.length, "threads sampled while the standby was promoted").toBeGreaterThan(0);
    expect(new Set(promoting.flat()), "the priority while promoting").toEqual(new Set([STANDBY_NICENESS]));
    expect(own.local.pid).toBe(standby);
    expect(own.local.standbyPid).toBeUndefined();
    expect(events).toContainEqual(expect.objectContaining({ event: "database_restarted", pid: standby }));
    expect(await markers()).toBe(1);
    expect(await count("ScratchMarker")).toBe(0);
    // Back at the serving priority (raising it needs privileges: root here), every thread but the
    // JIT's optimising compiler, which keeps the standby's until the app has planned again.
    if (process.getuid?.() === 0) {
      expect(nicenessByRole(standby!)).toEqual({ optimisingCompiler: new Set([STANDBY_NICENESS]), others: new Set([0]) });
      own.local.restoreCompilerPriority(pid);
      expect(nicenessByRole(standby!).optimisingCompiler, "not for the JVM that was killed").toEqual(new Set([STANDBY_NICENESS]));
      own.local.restoreCompilerPriority(standby);
      expect(new Set(threadNiceness(standby!))).toEqual(new Set([0]));
    }
  }, 180_000);

  it("keeps a second standby for the next kill: the first is promoted, the second waits", async () => {
    await own.local.prepareStandby(markScratch, { count: 2, rounds: 1 });
    const waiting = own.local.standbyPids;
    expect(waiting).toHaveLength(2);
    process.kill(own.local.pid!, "SIGKILL");
    await until("down", () => !health.isUp, 2_000);
    await until("restarted and answering", () => health.isUp && own.local.pid !== undefined);
    expect(own.local.pid).toBe(waiting[0]);
    expect(own.local.standbyPids).toEqual([waiting[1]]);
    expect(await markers()).toBe(1);
  }, 180_000);

  it("ends a waiting standby when the database stops", async () => {
    await own.local.prepareStandby(async () => undefined);
    const standby = own.local.standbyPid!;
    expect(alive(standby)).toBe(true);
    supervisor.stop();
    await own.local.stop();
    expect(alive(standby)).toBe(false);
  }, 180_000);
});
