/**
 * `npm start` as a person runs it, on the local default database: the first run seeds the
 * empty database and serves; Ctrl-C (SIGINT to the process group) stops the app and the local
 * Neo4j cleanly; a second run finds the data still there and does not seed again. It runs on the
 * project's Node (node_modules/.bin/node), the one these tests run on.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/paths.js";
import { queryOk } from "../support/test-server.js";
import { servedGraphqlUrl } from "../support/start-line.js";

const dataDir = mkdtempSync(join(tmpdir(), "samverkansgrafen-start-"));
const running: ChildProcess[] = [];

interface Started {
  child: ChildProcess;
  graphqlUrl: string;
  boltPort: number;
  output: () => string;
}

function npmStart(): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOCAL_NEO4J_DATA_DIR: dataDir, LOCAL_NEO4J_PORT: "0", PORT: "0" };
  delete env.NEO4J_URI; // this is the local-default experience
  const child = spawn("npm", ["start"], { cwd: projectRoot, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${output}`)), 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = servedGraphqlUrl(output);
      const bolt = /ready at bolt:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      if (url && bolt) {
        clearTimeout(timer);
        resolve({ child, graphqlUrl: url, boltPort: Number(bolt), output: () => output });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
}

/** Ctrl-C in a terminal signals the whole process group; resolves once npm has exited. */
function ctrlC(started: Started): Promise<void> {
  return new Promise((resolve) => {
    started.child.once("exit", () => resolve());
    process.kill(-started.child.pid!, "SIGINT");
  });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

const countQuery = "{ organisationsConnection(where: { kind: { eq: MUNICIPALITY } }) { totalCount } }";

afterAll(() => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start on the local default database", () => {
  it("seeds an empty database, serves it, and stops app and database on Ctrl-C", async () => {
    const first = await npmStart();
    expect(first.output()).toContain("empty database: loading the seed graph");
    // npm puts node_modules/.bin first on PATH: the app runs on the Node these tests run on.
    expect(first.output()).toContain(`Node ${process.version} (`);
    const data = await queryOk<{ organisationsConnection: { totalCount: number } }>(first.graphqlUrl, countQuery);
    expect(data.organisationsConnection.totalCount).toBe(49);
    await ctrlC(first);
    expect(first.output()).toMatch(/SIGINT: stopping[\s\S]*\] stopped/);
    expect(await portOpen(first.boltPort)).toBe(false);
  }, 240_000);

  it("keeps the data between runs and does not seed again", async () => {
    const second = await npmStart();
    expect(second.output()).not.toContain("empty database");
    const data = await queryOk<{ organisationsConnection: { totalCount: number } }>(second.graphqlUrl, countQuery);
    expect(data.organisationsConnection.totalCount).toBe(49);
    await ctrlC(second);
    expect(second.output()).toMatch(/\] stopped/);
  }, 240_000);
});
