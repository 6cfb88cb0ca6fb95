/**
 * The generate pipeline on an open database: schema, the real seed graph, then the generated
 * batches, then the generated documents' citation counts. Used by `npm run generate` and by the
 * test that loads a small generated graph.
 */
import type { Driver } from "neo4j-driver";
import { applyDatabaseSchema } from "../database/apply-schema.js";
import type { SeedGraph } from "../seed/seed-graph.js";
import { writeSeedGraph } from "../seed/write-seed-graph.js";
import { NationGenerator } from "./nation.js";
import { measureSeedProfile } from "./profile.js";
import { countGenerated, writeBatch, writeCitationCounts } from "./write.js";

export interface GenerateReport {
  nodes: number;
  relationships: number;
  seconds: number;
}

export class AlreadyGeneratedError extends Error {}

export async function loadGeneratedGraph(
  driver: Driver,
  database: string,
  seedGraph: SeedGraph,
  options: { totalNodes: number; seed: number; batchNodes?: number; onProgress?: (nodes: number) => void; log?: (line: string) => void },
): Promise<GenerateReport> {
  const started = performance.now();
  if ((await countGenerated(driver, database)) > 0) {
    throw new AlreadyGeneratedError("this database already holds a generated graph: choose another --data-dir, or delete that folder and run again");
  }
  const log = options.log ?? (() => undefined);
  const step = (what: string, since: number) => log(`${what}: ${((performance.now() - since) / 1000).toFixed(1)} s`);
  let t = performance.now();
  await applyDatabaseSchema(driver, database);
  step("schema", t);
  t = performance.now();
  await writeSeedGraph(driver, database, seedGraph);
  step("seed graph", t);
  t = performance.now();
  const profile = measureSeedProfile(seedGraph);
  const generator = new NationGenerator(profile, { nodes: Math.max(0, options.totalNodes - profile.nodes), seed: options.seed, batchNodes: options.batchNodes });
  const citations = new Map<string, number>();
  let relationships = seedGraph.relations.length;
  for (const batch of generator.batches()) {
    await writeBatch(driver, database, batch);
    for (const fact of [...batch.nodes, ...batch.relations]) {
      for (const id of new Set(fact.props.sourceDocuments as string[])) citations.set(id, (citations.get(id) ?? 0) + 1);
    }
    relationships += batch.relations.length;
    options.onProgress?.(profile.nodes + generator.nodeCount);
  }
  step("generated batches", t);
  t = performance.now();
  await writeCitationCounts(driver, database, citations);
  step("citation counts", t);
  return { nodes: profile.nodes + generator.nodeCount, relationships, seconds: (performance.now() - started) / 1000 };
}
