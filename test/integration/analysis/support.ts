/** Shared set-up for the analyst-query tests: one real HTTP server per file on the seeded test database. */
import { afterAll, beforeAll } from "vitest";
import type { Driver } from "neo4j-driver";
import type { RunningHttpServer } from "../../../src/http/server.js";
import { testDatabase, testDriver } from "../../support/test-database.js";
import { postGraphQL, startTestServer, type GraphQLResponse } from "../../support/test-server.js";

export interface AnalysisApi {
  /** Posts the operation; fails on any error. */
  ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Posts the operation and returns the raw response (for error cases). */
  post(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Record<string, unknown>>>;
  driver(): Driver;
  database: string;
  url(): string;
}

export function useAnalysisApi(): AnalysisApi {
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
    async ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const result = await postGraphQL<T>(server.graphqlUrl, query, variables);
      if (result.errors?.length || !result.data) throw new Error(`GraphQL request failed (${result.status}): ${JSON.stringify(result.errors)}`);
      return result.data;
    },
    post: (query, variables) => postGraphQL(server.graphqlUrl, query, variables),
    driver: () => driver,
    database: db.database,
    url: () => server.graphqlUrl,
  };
}

export const SOURCES = "sources { quote document { id title kind date } }";
export const STEP = `relation meaning from { id type name } to { id type name } inferred because note ${SOURCES}`;

export const DOC = {
  review2022: "000_5e607b810c5b478a.txt",
  sro2021: "001_484dff92c3137b0a.txt",
  vvg2022: "002_8d4a43273a73bb64.txt",
  sro2025: "003_4a7d18e554e9591f.txt",
  commission2020: "004_ab71f5a1c0ca6cc0.txt",
} as const;

export interface Step {
  relation: string;
  meaning: string;
  from: { id: string; type: string; name: string };
  to: { id: string; type: string; name: string };
  inferred: boolean;
  because: string | null;
  note: string | null;
  sources: { quote: string; document: { id: string; title: string; kind: string; date: string | null } }[];
}

/** "PART_OF doc:a -> doc:b" for compact assertions on paths. */
export const arrow = (s: Step) => `${s.relation} ${s.from.id} -> ${s.to.id}`;
