/** A real HTTP server with the real schema on the test database, on a free port. */
import type { Driver } from "neo4j-driver";
import { createNeo4jGraphQL } from "../../src/graphql/neo4j-graphql.js";
import { startHttpServer, type HttpServerOptions, type RunningHttpServer } from "../../src/http/server.js";

export async function startTestServer(driver: Driver, database: string, web?: HttpServerOptions["web"], timeLimits?: HttpServerOptions["timeLimits"]): Promise<RunningHttpServer> {
  const schema = await createNeo4jGraphQL(driver).getSchema();
  return startHttpServer({ schema, driver, database, port: 0, host: "127.0.0.1", web, timeLimits });
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function postGraphQL<T = Record<string, unknown>>(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLResponse<T>["errors"] };
  return { status: response.status, data: body.data ?? undefined, errors: body.errors };
}

/** Like postGraphQL, but fails the test on any GraphQL error. */
export async function queryOk<T = Record<string, unknown>>(url: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await postGraphQL<T>(url, query, variables);
  if (result.errors?.length || result.status !== 200 || !result.data) {
    throw new Error(`GraphQL request failed (${result.status}): ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}
