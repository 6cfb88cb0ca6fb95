/**
 * Shared set-up for the fact tests: one real HTTP server per test file on the database the
 * global setup seeded, a typed `query` helper, and the validated seed graph for the tests that
 * are generated per entity (those compare what GraphQL serves with what the seed files say; the
 * hand-written tests state their expected values literally, from the source documents).
 */
import { seedPaths } from "../../../src/config/paths.js";
import { loadSeedGraph } from "../../../src/seed/load-seed-graph.js";
import type { EntityNode, RelationEdge, SeedGraph } from "../../../src/seed/seed-graph.js";

export { SOURCE_DOCUMENTS as DOC, useTestApi as useApi } from "../../support/test-api.js";

let graph: SeedGraph | undefined;
/** The seed graph as the loader validates it (the same files the global setup wrote). */
export function seedGraph(): SeedGraph {
  graph ??= loadSeedGraph({ seedDir: seedPaths.seedDir, sourcesDir: seedPaths.sourcesDir });
  return graph;
}

export function seedEntities(type: EntityNode["type"]): EntityNode[] {
  return seedGraph().entities.filter((e) => e.type === type);
}

export function seedRelations(type: RelationEdge["type"], filter: Partial<Pick<RelationEdge, "from" | "to">> = {}): RelationEdge[] {
  return seedGraph().relations.filter((r) => r.type === type && (!filter.from || r.from === filter.from) && (!filter.to || r.to === filter.to));
}

export const ids = (nodes: { id: string }[]): string[] => nodes.map((n) => n.id).sort();

/** Agenda order: by `order`, then `label` ("1" before "1a"); items without a label first (Neo4j sorts nulls last). */
export function agendaOrder<T extends { order: number; label?: string | null }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order || (a.label ?? "").localeCompare(b.label ?? ""));
}

export interface SourceRef {
  quote: string;
  document: { id: string };
}
export interface EdgeFact<N = { id: string }> {
  node: N;
  properties: { inferred: boolean; because: string | null; sources: SourceRef[] };
}
