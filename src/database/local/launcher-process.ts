/**
 * What every JVM of the local Neo4j shares: a free loopback port for its Bolt connector, and the
 * wait for the line the launcher prints when it is ready (neo4j-runtime/Launcher.java).
 */
import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { LocalNeo4jError } from "./tools.js";

/** Resolves with a free port on 127.0.0.1, or rejects naming who holds a requested one. */
export async function claimPort(port: number): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", (err: NodeJS.ErrnoException) =>
      fail(
        err.code === "EADDRINUSE"
          ? new LocalNeo4jError(`port ${port} on 127.0.0.1 is already in use (another Neo4j?). Stop that process, set LOCAL_NEO4J_PORT to a free port (0 = any), or set NEO4J_URI to use that server.`)
          : err,
      ),
    );
    server.listen(port, "127.0.0.1", () => {
      const chosen = (server.address() as { port: number }).port;
      server.close(() => ok(chosen));
    });
  });
}

export type LineWait = { ok: true } | { ok: false; why: string };

/** Waits until the launcher prints `line` on stdout; not ok when it exits first or `timeoutMs` pass. */
export function awaitLauncherLine(child: ChildProcess, line: string, timeoutMs: number): Promise<LineWait> {
  return new Promise((done) => {
    const finish = (result: LineWait) => {
      clearTimeout(timer);
      child.stdout!.off("data", onData);
      child.off("exit", onExit);
      done(result);
    };
    const onData = (chunk: Buffer) => chunk.toString("utf8").includes(line) && finish({ ok: true });
    const onExit = (code: number | null, signal: string | null) => finish({ ok: false, why: `exited during start-up (${signal ?? `exit code ${code}`})` });
    const timer = setTimeout(() => finish({ ok: false, why: `did not answer within ${timeoutMs / 1000} s` }), timeoutMs);
    child.stdout!.on("data", onData);
    child.once("exit", onExit);
  });
}
