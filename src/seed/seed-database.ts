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
}

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
  const graph = loadSeedGraph({ seedDir: paths.seedDir, sourcesDir: quotesVerified ? paths.sourcesDir : undefined });
  await applyDatabaseSchema(driver, database);
  const report = await writeSeedGraph(driver, database, graph);
  return { report, entities: graph.entities.length, relations: graph.relations.length, quotesVerified };
}

export function describeSeedRun(run: SeedRun): string {
  const r = run.report;
  if (r.unchanged) return `seed: ${run.entities} entities and ${run.relations} relations already up to date; nothing changed`;
  return (
    `seed: ${run.entities} entities, ${run.relations} relations; nodes +${r.nodesCreated} ~${r.nodesUpdated} -${r.nodesDeleted}, ` +
    `relationships +${r.relationshipsCreated} ~${r.relationshipsUpdated} -${r.relationshipsDeleted}`
  );
}
