/**
 * The database health state (src/database/health.ts): a reported failure marks it down at once,
 * two slow probes do not (three in a row do), a probe that succeeds again brings it back, logs it and
 * calls onRecovered; a probe never waits longer than its budget. The driver is a stub that
 * answers, fails or hangs on demand.
 */
import type { Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { DatabaseHealth, pingDatabase } from "../../../src/database/health.js";

function stubDriver() {
  const state = { mode: "up" as "up" | "down" | "hang" };
  const driver = {
    executeQuery: () =>
      state.mode === "up" ? Promise.resolve({ records: [] }) : state.mode === "down" ? Promise.reject(new Error("Failed to connect to server")) : new Promise(() => undefined),
  } as unknown as Driver;
  return { driver, state };
}

describe("database health", () => {
  it("goes down on a reported failure, comes back on a good probe, logs both and re-warms", async () => {
    const { driver, state } = stubDriver();
    const events: Record<string, unknown>[] = [];
    let recovered = 0;
    const health = new DatabaseHealth({ driver, database: "neo4j", log: (e) => events.push(e), onRecovered: () => void recovered++ });
    expect(health.isUp).toBe(true);
    health.reportUnavailable("ECONNREFUSED");
    expect(health.isUp).toBe(false);
    state.mode = "down";
    expect(await health.probe()).toBe(false);
    state.mode = "up";
    expect(await health.probe()).toBe(true);
    expect(events.map((e) => e.event)).toEqual(["database_down", "database_up"]);
    expect(events[0]).toMatchObject({ reason: "ECONNREFUSED" });
    expect(recovered).toBe(1);
    health.stop();
  });

  it("needs three probes without an answer in a row while up", async () => {
    const { driver, state } = stubDriver();
    const health = new DatabaseHealth({ driver, database: "neo4j", log: () => undefined, probeTimeoutMs: 50 });
    state.mode = "hang";
    expect(await health.probe()).toBe(true);
    expect(await health.probe()).toBe(true);
    state.mode = "up";
    expect(await health.probe()).toBe(true);
    state.mode = "hang";
    expect(await health.probe()).toBe(true);
    expect(await health.probe()).toBe(true);
    expect(await health.probe()).toBe(false);
    health.stop();
  });

  it("answers a ping within its budget even when the driver hangs", async () => {
    const { driver, state } = stubDriver();
    state.mode = "hang";
    const started = Date.now();
    const result = await pingDatabase(driver, "neo4j", 100);
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/no answer within 100 ms/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("goes down at once on a refused connection, without a second probe", async () => {
    const { driver, state } = stubDriver();
    const health = new DatabaseHealth({ driver, database: "neo4j", log: () => undefined });
    state.mode = "down";
    expect(await health.probe()).toBe(false);
    health.stop();
  });

  it("is not ready while down, while restarting, or while the app prepares; says how long to wait", async () => {
    const { driver, state } = stubDriver();
    let processState: "running" | "restarting" = "running";
    let finishWarming = () => undefined as void;
    const health = new DatabaseHealth({ driver, database: "neo4j", log: () => undefined, onRecovered: () => new Promise<void>((done) => (finishWarming = done)) });
    health.watchProcess(() => processState);
    expect(health.readiness()).toEqual({ ready: true, status: "ready" });
    processState = "restarting";
    health.reportUnavailable("the local database's process exited");
    expect(health.readiness()).toMatchObject({ ready: false, status: "restarting", retryAfterS: 10 });
    processState = "running";
    state.mode = "down";
    expect(await health.probe()).toBe(false);
    expect(health.readiness()).toMatchObject({ ready: false, status: "unavailable", retryAfterS: 2 });
    state.mode = "up";
    expect(await health.probe()).toBe(true);
    expect(health.readiness()).toMatchObject({ ready: false, status: "warming" });
    finishWarming();
    await new Promise((r) => setImmediate(r));
    expect(health.readiness()).toEqual({ ready: true, status: "ready" });
    health.stop();
  });

  it("sees a stopped process by watching it: the database would still answer a query", async () => {
    const { driver } = stubDriver();
    const health = new DatabaseHealth({ driver, database: "neo4j", log: () => undefined });
    let processState: "running" | "stopped" = "running";
    health.watchProcess(() => processState);
    processState = "stopped";
    const started = Date.now();
    while (health.isUp && Date.now() - started < 5_000) await new Promise((r) => setTimeout(r, 20));
    expect(health.isUp).toBe(false);
    expect(health.readiness()).toMatchObject({ status: "unavailable", reason: expect.stringMatching(/process is stopped/) });
    health.stop();
  });

  it("tells a check in progress when the database goes down, not one that has finished", async () => {
    const { driver } = stubDriver();
    const health = new DatabaseHealth({ driver, database: "neo4j", log: () => undefined });
    let finishedHeard = false;
    void health.whenDown(Promise.resolve()).then(() => (finishedHeard = true));
    await new Promise((r) => setImmediate(r));
    const running = health.whenDown(new Promise(() => undefined));
    health.reportUnavailable("ECONNREFUSED");
    await expect(running).resolves.toBeUndefined();
    await new Promise((r) => setImmediate(r));
    expect(finishedHeard).toBe(false);
    health.stop();
  });
});
