/** The local database refuses clearly when its port is taken, instead of failing obscurely. */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../../src/config/env.js";
import { localNeo4j } from "../../src/database/connection.js";

let blocker: Server;
let port: number;
const dataDir = mkdtempSync(join(tmpdir(), "samverkansgrafen-port-"));

beforeAll(async () => {
  blocker = createServer();
  await new Promise<void>((ready) => blocker.listen(0, "127.0.0.1", ready));
  port = (blocker.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((done) => blocker.close(done));
  rmSync(dataDir, { recursive: true, force: true });
});

describe("local Neo4j start-up errors", () => {
  it("says the port is in use and what to do", async () => {
    const local = localNeo4j(readEnv({}), () => undefined, { dataDir, port });
    await expect(local.start()).rejects.toThrow(new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use.*LOCAL_NEO4J_PORT.*NEO4J_URI`));
    expect(local.running).toBe(false);
  });
});
