/**
 * The local Neo4j's "stopped" check (src/database/local/supervisor.ts) reads /proc at most once per
 * process and TTL, however many answers ask; and reads the real /proc right: a process stopped with
 * SIGSTOP is stopped, continued it is not.
 */
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { isStoppedProcess, keptStoppedCheck } from "../../../src/database/local/supervisor.js";

describe("the kept stopped check", () => {
  it("asks the process once per TTL, and again for another process or after the TTL", () => {
    const asked: number[] = [];
    let stopped = false;
    let clock = 1_000;
    const check = keptStoppedCheck((pid) => (asked.push(pid), stopped), 50, () => clock);
    expect([check(7), check(7), check(7)]).toEqual([false, false, false]);
    expect(asked).toEqual([7]);
    stopped = true;
    clock += 49;
    expect(check(7)).toBe(false); // within the TTL: the kept answer
    expect(check(8)).toBe(true); // another process: asked
    clock += 50;
    expect(check(8)).toBe(true);
    expect(check(7)).toBe(true);
    expect(asked).toEqual([7, 8, 8, 7]);
  });

  it.runIf(process.platform === "linux")("reads a real process's stop and continue from /proc", async () => {
    const child = spawn("sleep", ["30"], { stdio: "ignore" });
    try {
      await new Promise((started) => child.once("spawn", started));
      const pid = child.pid!;
      expect(isStoppedProcess(pid)).toBe(false);
      child.kill("SIGSTOP");
      const until = async (want: boolean) => {
        for (let i = 0; i < 100 && isStoppedProcess(pid) !== want; i++) await new Promise((r) => setTimeout(r, 10));
        return isStoppedProcess(pid);
      };
      expect(await until(true)).toBe(true);
      child.kill("SIGCONT");
      expect(await until(false)).toBe(false);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
