/**
 * Starts a throw-away local Neo4j (unless NEO4J_URI points at a server), applies the schema
 * and loads the seed graph once, then hands the connection to the test files.
 *
 * Every project that needs a database lists this setup (vitest.config.ts), and vitest runs it
 * once per project; the projects run one after another (their groupOrder) and share one
 * database, started by the first call and stopped by the last teardown. Hence the state on
 * globalThis: each project may load this module anew.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import neo4j from "neo4j-driver";
import { readEnv } from "../../src/config/env.js";
import { seedPaths } from "../../src/config/paths.js";
import { localNeo4j } from "../../src/database/connection.js";
import { seedDatabase } from "../../src/seed/seed-database.js";
import type { TestDatabase } from "./test-database.js";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabase;
  }
}

interface SharedDatabase {
  ready: Promise<{ testDatabase: TestDatabase; stop: () => Promise<void> }>;
  users: number;
}

const SHARED = Symbol.for("samverkansgrafen.test-database");
const shared = globalThis as typeof globalThis & { [SHARED]?: SharedDatabase };

async function prepare(): Promise<{ testDatabase: TestDatabase; stop: () => Promise<void> }> {
  const env = readEnv();
  const log = (line: string) => console.log(`[test neo4j] ${line}`);
  let testDatabase: TestDatabase;
  let stop = async () => {};
  if (env.NEO4J_URI) {
    testDatabase = { uri: env.NEO4J_URI, username: env.NEO4J_USERNAME, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE ?? "neo4j", local: false };
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), "samverkansgrafen-test-"));
    const local = localNeo4j(env, log, { dataDir, port: 0 });
    const uri = await local.start();
    testDatabase = { uri, database: "neo4j", local: true };
    stop = async () => {
      await local.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const driver = neo4j.driver(testDatabase.uri, testDatabase.username ? neo4j.auth.basic(testDatabase.username, testDatabase.password!) : undefined);
  try {
    await seedDatabase(driver, testDatabase.database, seedPaths, log);
  } catch (error) {
    await stop();
    throw error;
  } finally {
    await driver.close();
  }
  return { testDatabase, stop };
}

export default async function setup(project: TestProject) {
  const state = (shared[SHARED] ??= { ready: prepare(), users: 0 });
  state.users++;
  const { testDatabase, stop } = await state.ready;
  project.provide("testDatabase", testDatabase);
  return async () => {
    if (--state.users > 0) return;
    delete shared[SHARED];
    await stop();
  };
}
