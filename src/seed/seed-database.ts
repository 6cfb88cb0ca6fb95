/** Validates the seed files and writes them: the one entry point for `npm run seed` and start-up. */
import { existsSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { applyDatabaseSchema } from "../database/apply-schema.js";
import { loadSeedGraph } from "./load-seed-graph.js";
import { writeSeedGraph, type SeedReport } from "./write-seed-graph.js";

export interface SeedRun {
  report: SeedReport;
  entities: number;
  relations: number;
  quotesVerified: boolean;
  /** Wall-clock seconds of each step: reading and validating the files, the schema, the write. */
  seconds: { load: number; schema: number; write: number };
}

const secondsSince = (start: number) => (performance.now() - start) / 1000;

export async function seedDatabase(
  driver: Driver,
  database: string,
  paths: { seedDir: string; sourcesDir: string },
  log: (line: string) => void,
): Promise<SeedRun> {
  // Quotes are verified whenever the source documents are at hand; the seed files carry the
  // quotes themselves, so a deployment without them can still load the graph.
  const quotesVerified = existsSync(paths.sourcesDir);
  if (!quotesVerified) log(`note: source documents not found at ${paths.sourcesDir}; quotes not re-verified (run npm run seed:check where they are)`);
  let started = performance.now();
  const graph = loadSeedGraph({ seedDir: paths.seedDir, sourcesDir: quotesVerified ? paths.sourcesDir : undefined });
  const load = secondsSince(started);
  started = performance.now();
  await applyDatabaseSchema(driver, database);
  const schema = secondsSince(started);
  started = performance.now();
  const report = await writeSeedGraph(driver, database, graph);
  const write = secondsSince(started);
  return { report, entities: graph.entities.length, relations: graph.relations.length, quotesVerified, seconds: { load, schema, write } };
}

export function describeSeedRun(run: SeedRun): string {
  const r = run.report;
  const { load, schema, write } = run.seconds;
  const timing = ` in ${(load + schema + write).toFixed(1)} s (files ${load.toFixed(1)} s, schema ${schema.toFixed(1)} s, write ${write.toFixed(1)} s)`;
  if (r.unchanged) return `seed: ${run.entities} entities and ${run.relations} relations already up to date; nothing changed${timing}`;
  return (
    `seed: ${run.entities} entities, ${run.relations} relations; nodes +${r.nodesCreated} ~${r.nodesUpdated} -${r.nodesDeleted}, ` +
    `relationships +${r.relationshipsCreated} ~${r.relationshipsUpdated} -${r.relationshipsDeleted}${timing}`
  );
}
