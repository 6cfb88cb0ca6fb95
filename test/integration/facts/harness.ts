/**
 * Shared set-up for the fact tests: one real HTTP server per test file on the database the
 * global setup seeded, a typed `query` helper, and the validated seed graph for the tests that
 * are generated per entity (those compare what GraphQL serves with what the seed files say; the
 * hand-written tests state their expected values literally, from the source documents).
 */
import { afterAll, beforeAll } from "vitest";
import type { Driver } from "neo4j-driver";
import { seedPaths } from "../../../src/config/paths.js";
import type { RunningHttpServer } from "../../../src/http/server.js";
import { loadSeedGraph } from "../../../src/seed/load-seed-graph.js";
import type { EntityNode, RelationEdge, SeedGraph } from "../../../src/seed/seed-graph.js";
import { testDatabase, testDriver } from "../../support/test-database.js";
import { queryOk, startTestServer } from "../../support/test-server.js";

export const DOC = {
  review2022: "000_5e607b810c5b478a.txt",
  sro2021: "001_484dff92c3137b0a.txt",
  vvg2022: "002_8d4a43273a73bb64.txt",
  sro2025: "003_4a7d18e554e9591f.txt",
  commission2020: "004_ab71f5a1c0ca6cc0.txt",
  register: "reference/kommuner.tsv",
} as const;

export interface Api {
  query<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Runs Cypher directly (for checks over the whole database, not through the API). */
  cypher<T = Record<string, unknown>>(statement: string, params?: Record<string, unknown>): Promise<T[]>;
}

/** Starts the server before the file's tests and stops it after them. */
export function useApi(): Api {
  const db = testDatabase();
  let driver: Driver;
  let server: RunningHttpServer;
  beforeAll(async () => {
    driver = testDriver(db);
    server = await startTestServer(driver, db.database);
  });
  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });
  return {
    query: <T>(query: string, variables?: Record<string, unknown>) => queryOk<T>(server.graphqlUrl, query, variables),
    async cypher<T>(statement: string, params: Record<string, unknown> = {}) {
      const result = await driver.executeQuery(statement, params, { database: db.database });
      return result.records.map((r) => r.toObject() as T);
    },
  };
}

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
