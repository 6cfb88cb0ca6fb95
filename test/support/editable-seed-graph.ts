/**
 * A graph whose seed files a test may edit: a copy of seeds/ in a temporary folder, seeded into
 * an own local Neo4j (the shared test database must never see edited files), behind the real
 * HTTP server. Used by the tests of what a re-seed changes (change feed, conditional GET).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { parseDocument, type YAMLSeq } from "yaml";
import { seedPaths } from "../../src/config/paths.js";
import type { HttpServerOptions, RunningHttpServer } from "../../src/http/server.js";
import { seedDatabase } from "../../src/seed/seed-database.js";
import type { SeedReport } from "../../src/seed/write-seed-graph.js";
import { startOwnNeo4j } from "./own-neo4j.js";
import { startTestServer } from "./test-server.js";

export interface EditableSeedGraph {
  driver: Driver;
  server: RunningHttpServer;
  /** Seeds the database from the (edited) copy. */
  reseed(): Promise<SeedReport>;
  /** Edits one file of the copy with the yaml library, as a person would in an editor. */
  editSeedFile(file: string, edit: (entities: YAMLSeq, relations: YAMLSeq) => void): void;
  stop(): Promise<void>;
}

const quiet = () => undefined;

export async function startEditableSeedGraph(name: string, web?: HttpServerOptions["web"]): Promise<EditableSeedGraph> {
  const seedDir = mkdtempSync(join(tmpdir(), `samverkansgrafen-${name}-seeds-`));
  cpSync(seedPaths.seedDir, seedDir, { recursive: true });
  const own = await startOwnNeo4j(name, { log: quiet });
  const driver = neo4j.driver(own.url);
  const reseed = async () => (await seedDatabase(driver, "neo4j", { seedDir, sourcesDir: seedPaths.sourcesDir }, quiet)).report;
  await reseed();
  const server = await startTestServer(driver, "neo4j", web);
  return {
    driver,
    server,
    reseed,
    editSeedFile(file, edit) {
      const path = join(seedDir, file);
      const doc = parseDocument(readFileSync(path, "utf8"));
      edit(doc.get("entities") as YAMLSeq, doc.get("relations") as YAMLSeq);
      writeFileSync(path, doc.toString());
    },
    async stop() {
      await server.close();
      await driver.close();
      await own.stop();
      rmSync(seedDir, { recursive: true, force: true });
    },
  };
}
