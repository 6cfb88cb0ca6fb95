/**
 * The generate pipeline into a NEW local data folder: generate the batches (nation.ts) into CSV
 * files (csv-writer.ts), load them with Neo4j's bulk importer before the database first starts,
 * then start the local Neo4j there, apply the schema (indexes are built once, over the loaded
 * store) and write the real seed graph with the seed writer, as `npm run seed` would. Used by
 * `npm run generate` and by the test that loads a small generated graph.
 */
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { applyDatabaseSchema } from "../../database/apply-schema.js";
import { bulkImport, databaseStoreDir } from "../../database/local/bulk-import.js";
import type { LocalNeo4j, LocalNeo4jOptions } from "../../database/local/launcher.js";
import type { SeedGraph } from "../../seed/seed-graph.js";
import { writeSeedGraph } from "../../seed/write-seed-graph.js";
import { ARRAY_DELIMITER, CsvGraphWriter } from "./csv-writer.js";
import { NationGenerator } from "./nation.js";
import { measureSeedProfile } from "./profile.js";

export interface GenerateReport {
  nodes: number;
  relationships: number;
  /** From the first generated node to the seed graph written, indexes online. */
  seconds: number;
  /** Seconds per step: generate (CSV), bulk import, start, schema, seed graph. */
  steps: Record<string, number>;
  /** The importer's closing lines. */
  importSummary: string[];
  /** The Bolt URL of the local Neo4j, left running on the folder. */
  url: string;
}

export class AlreadyGeneratedError extends Error {}

const BATCH_NODES = 20_000;
/** Building the full-text index over a million names takes minutes on two cores. */
const INDEX_WAIT_S = 3600;

export async function generateIntoFolder(
  local: LocalNeo4j,
  runtime: Pick<LocalNeo4jOptions, "runtimeDir" | "cacheDir" | "log">,
  dataDir: string,
  seedGraph: SeedGraph,
  options: { totalNodes: number; seed: number; onProgress?: (nodes: number) => void; log?: (line: string) => void },
): Promise<GenerateReport> {
  if (existsSync(databaseStoreDir(dataDir))) {
    throw new AlreadyGeneratedError(`${dataDir} already holds a database: choose another --data-dir, or delete that folder and run again`);
  }
  const log = options.log ?? (() => undefined);
  const steps: Record<string, number> = {};
  const started = performance.now();
  let t = started;
  const step = (name: string) => {
    steps[name] = (performance.now() - t) / 1000;
    log(`${name}: ${steps[name]!.toFixed(1)} s`);
    t = performance.now();
  };

  const profile = measureSeedProfile(seedGraph);
  const generator = new NationGenerator(profile, { nodes: Math.max(0, options.totalNodes - profile.nodes), seed: options.seed, batchNodes: BATCH_NODES });
  const csvDir = join(dataDir, "import-csv");
  const writer = new CsvGraphWriter(csvDir);
  let relationships = seedGraph.relations.length;
  for (const batch of generator.batches()) {
    writer.addBatch(batch);
    relationships += batch.relations.length;
    options.onProgress?.(profile.nodes + generator.nodeCount);
  }
  const csv = writer.finish();
  step("generate (CSV)");

  const imported = await bulkImport(runtime, dataDir, { ...csv, arrayDelimiter: ARRAY_DELIMITER });
  rmSync(csvDir, { recursive: true, force: true });
  step("bulk import");

  const url = await local.start();
  step("start");
  const driver = neo4j.driver(url);
  try {
    await applyDatabaseSchema(driver, "neo4j", { indexWaitS: INDEX_WAIT_S });
    step("schema and indexes");
    await writeSeedGraph(driver, "neo4j", seedGraph);
    step("seed graph");
  } finally {
    await driver.close();
  }
  return { nodes: profile.nodes + generator.nodeCount, relationships, seconds: (performance.now() - started) / 1000, steps, importSummary: imported.summary, url };
}
