/**
 * A local Neo4j of one test file's own, on a fresh data folder and a free port: for tests that
 * kill, re-seed, empty or fill a database, which they must never do to the shared one.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readEnv } from "../../src/config/env.js";
import { localNeo4j } from "../../src/database/connection.js";
import type { LocalNeo4j } from "../../src/database/local/launcher.js";

/**
 * A test's own database lives a minute or two and plans each statement it meets a few times at
 * most: the JIT's optimising compiler (C2) would spend more CPU compiling the Cypher planner than
 * it saves, on a machine the other test files share. The quick compiler alone (C1) cuts the CPU such
 * a file costs by a fifth to two fifths (BENCHMARKS.md, "The test suite's length"). The shared test database (global-setup.ts) lives
 * through the whole run and plans hundreds of statements: it keeps both compilers.
 */
export const SHORT_LIVED_JVM_OPTIONS: readonly string[] = ["-XX:TieredStopAtLevel=1"];

export interface OwnNeo4j {
  local: LocalNeo4j;
  /** Its Bolt URL. */
  url: string;
  /** Stops it and deletes its data folder. */
  stop(): Promise<void>;
}

/** `productionJvm`: the JVM as the app starts it (both compilers), for tests of what the app does with its JVMs. */
export async function startOwnNeo4j(name: string, options: { log?: (line: string) => void; startTimeoutS?: number; productionJvm?: boolean } = {}): Promise<OwnNeo4j> {
  const dataDir = mkdtempSync(join(tmpdir(), `samverkansgrafen-${name}-`));
  // LOCAL_NEO4J_START_TIMEOUT_S from the environment still applies (a slow machine may need it).
  const timeout = options.startTimeoutS !== undefined ? String(options.startTimeoutS) : process.env.LOCAL_NEO4J_START_TIMEOUT_S;
  const local = localNeo4j(readEnv({ LOCAL_NEO4J_START_TIMEOUT_S: timeout }), options.log ?? (() => undefined), {
    dataDir,
    port: 0,
    jvmOptions: options.productionJvm ? [] : SHORT_LIVED_JVM_OPTIONS,
  });
  try {
    const url = await local.start();
    return {
      local,
      url,
      async stop() {
        await local.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
