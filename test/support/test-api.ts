/**
 * The test files' view of the running system: one real HTTP server per test file on the
 * database the global setup seeded, GraphQL helpers and direct Cypher for whole-database checks.
 */
import { afterAll, beforeAll } from "vitest";
import type { Driver } from "neo4j-driver";
import type { HttpServerOptions, RunningHttpServer } from "../../src/http/server.js";
import { testDatabase, testDriver } from "./test-database.js";
import { postGraphQL, queryOk, startTestServer, type GraphQLResponse } from "./test-server.js";

/**
 * Fixtures that tests write into the shared database have ids `<prefix>:test-...` (and
 * origin 'test'), so checks over the whole database can leave out other files' fixtures.
 */
export const TEST_ID_MARK = ":test-";

/** The source documents' file names, as facts cite them. */
export const SOURCE_DOCUMENTS = {
  review2022: "000_5e607b810c5b478a.txt",
  sro2021: "001_484dff92c3137b0a.txt",
  vvg2022: "002_8d4a43273a73bb64.txt",
  sro2025: "003_4a7d18e554e9591f.txt",
  commission2020: "004_ab71f5a1c0ca6cc0.txt",
  register: "reference/kommuner.tsv",
} as const;

export interface TestApi {
  /** Posts the operation; fails the test on any GraphQL error. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Posts the operation and returns the raw response (for error cases). */
  post(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Record<string, unknown>>>;
  /** Runs Cypher directly (for checks over the whole database, not through the API). */
  cypher<T = Record<string, unknown>>(statement: string, params?: Record<string, unknown>): Promise<T[]>;
  driver(): Driver;
  database: string;
  url(): string;
  /** The server's root URL (for routes other than /graphql). */
  baseUrl(): string;
}

/** Starts the server (with the given website-integration options) before the file's tests and stops it after them. */
export function useTestApi(web?: HttpServerOptions["web"], timeLimits?: HttpServerOptions["timeLimits"]): TestApi {
  const db = testDatabase();
  let driver: Driver;
  let server: RunningHttpServer;
  beforeAll(async () => {
    driver = testDriver(db);
    server = await startTestServer(driver, db.database, web, timeLimits);
  });
  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });
  return {
    query: <T>(query: string, variables?: Record<string, unknown>) => queryOk<T>(server.graphqlUrl, query, variables),
    post: (query, variables) => postGraphQL(server.graphqlUrl, query, variables),
    async cypher<T>(statement: string, params: Record<string, unknown> = {}) {
      const result = await driver.executeQuery(statement, params, { database: db.database });
      return result.records.map((r) => r.toObject() as T);
    },
    driver: () => driver,
    database: db.database,
    url: () => server.graphqlUrl,
    baseUrl: () => server.url,
  };
}
