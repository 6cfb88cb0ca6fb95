/**
 * Opens the database the app uses: the server at NEO4J_URI, or else a local Neo4j that this
 * process starts (and stops on close).
 */
import { join, resolve } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import type { Env } from "../config/env.js";
import { projectRoot } from "../config/paths.js";
import { LocalNeo4j } from "./local/launcher.js";
import { LocalNeo4jSupervisor } from "./local/supervisor.js";

export interface Database {
  driver: Driver;
  database: string;
  /** Where it is, for logs; never includes a password. */
  description: string;
  local?: LocalNeo4j;
  /** Restarts the local Neo4j when it exits or stops answering. */
  supervisor?: LocalNeo4jSupervisor;
  close(): Promise<void>;
}

export function createDriver(url: string, auth: ReturnType<typeof neo4j.auth.basic> | undefined): Driver {
  return neo4j.driver(url, auth, {
    // Fail fast when the database is down, so requests get a clear error instead of hanging;
    // retry transient errors (e.g. Neo4j's memory pool) only briefly (docs/hardening.md).
    connectionAcquisitionTimeout: 3_000,
    connectionTimeout: 2_000,
    maxTransactionRetryTime: 1_000,
    disableLosslessIntegers: false,
  });
}

/** Where the local Neo4j's runtime lives: its pom and launcher, and the cache of jars. */
export function localRuntime(log: (line: string) => void) {
  return { runtimeDir: join(projectRoot, "neo4j-runtime"), cacheDir: join(projectRoot, ".cache"), log };
}

export function localNeo4j(env: Env, log: (line: string) => void, overrides: { dataDir?: string; port?: number; jvmOptions?: readonly string[] } = {}): LocalNeo4j {
  return new LocalNeo4j({
    ...localRuntime(log),
    dataDir: overrides.dataDir ?? resolve(projectRoot, env.LOCAL_NEO4J_DATA_DIR),
    port: overrides.port ?? env.LOCAL_NEO4J_PORT,
    pageCacheMb: env.LOCAL_NEO4J_PAGE_CACHE_MB,
    heapMb: env.LOCAL_NEO4J_HEAP_MB,
    startTimeoutMs: env.LOCAL_NEO4J_START_TIMEOUT_S * 1000,
    jvmOptions: overrides.jvmOptions,
  });
}

export async function openDatabase(env: Env, log: (line: string) => void, logEvent: (fields: Record<string, unknown>) => void = () => undefined): Promise<Database> {
  const database = env.NEO4J_DATABASE ?? "neo4j";
  if (env.NEO4J_URI) {
    const auth = env.NEO4J_USERNAME ? neo4j.auth.basic(env.NEO4J_USERNAME, env.NEO4J_PASSWORD!) : undefined;
    const driver = createDriver(env.NEO4J_URI, auth);
    await driver.verifyConnectivity({ database });
    return { driver, database, description: `${env.NEO4J_URI} (database ${database})`, close: () => driver.close() };
  }
  const local = localNeo4j(env, log);
  const url = await local.start();
  const driver = createDriver(url, undefined);
  const supervisor = new LocalNeo4jSupervisor(local, { log: logEvent });
  return {
    driver,
    database,
    local,
    supervisor,
    description: `local Neo4j at ${url}`,
    async close() {
      supervisor.stop();
      await driver.close();
      await local.stop();
    },
  };
}
