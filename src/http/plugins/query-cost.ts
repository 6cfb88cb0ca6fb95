/**
 * A list-aware cost estimate before execution, with graphql-query-complexity and the estimators
 * @neo4j/graphql attaches to its list and relationship fields (features.complexityEstimators:
 * a field costs its children's cost times its `limit`/`first`, plus 1). Runs in
 * didResolveOperation because only there are the variables known.
 */
import { createRequire } from "node:module";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type DocumentNode, type GraphQLSchema } from "graphql";
import type * as QueryComplexity from "graphql-query-complexity";
import { LIMIT_CODES, REQUEST_LIMITS } from "./limits.js";

// Loaded as CommonJS on purpose: its ESM build imports graphql's ESM entry, a second copy of
// graphql next to the CommonJS one that built the schema ("from another module or realm").
const { getComplexity, fieldExtensionsEstimator, simpleEstimator } = createRequire(import.meta.url)("graphql-query-complexity") as typeof QueryComplexity;

const estimators = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];

/** The estimated cost of the operation; throws a QUERY_TOO_COMPLEX error over the limit. */
export function checkCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number {
  let cost: number;
  try {
    cost = getComplexity({ schema, query: document, operationName, variables, estimators, maxQueryNodes: 10_000 });
  } catch (error) {
    // Variables of the wrong type: execution reports them with the usual coercion error.
    if ((error as Error).name === "GraphQLError" && !/maximum allowed number of nodes/.test((error as Error).message)) return 0;
    throw new GraphQLError(`Query too complex: ${error instanceof Error ? error.message : error}`, { extensions: { code: LIMIT_CODES.tooComplex, http: { status: 400 } } });
  }
  if (cost > REQUEST_LIMITS.maxCost) {
    throw new GraphQLError(`Query too complex: estimated cost ${cost}, at most ${REQUEST_LIMITS.maxCost} (a list field multiplies its selection by its limit/first).`, {
      extensions: { code: LIMIT_CODES.tooComplex, cost, maxCost: REQUEST_LIMITS.maxCost, http: { status: 400 } },
    });
  }
  return cost;
}

export function queryCostPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          checkCost(schema, document, request.operationName ?? undefined, request.variables ?? {});
        },
      };
    },
  };
}
