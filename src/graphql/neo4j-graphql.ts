/**
 * Builds the executable schema with @neo4j/graphql. The same options serve the server and
 * codegen (which needs no database), so the generated types always match what is served.
 */
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import { questionResolvers } from "../questions/server.js";
import { resolveVersionInForce } from "../questions/agreement-versions/resolver.js";
import { changesResolvers, JSONObject } from "../changes/resolvers.js";
import { resolveLabels } from "../labels/resolver.js";
import { askResolvers } from "../reader/resolver.js";
import { readTypeDefs } from "./type-defs.js";
import { timeResolvers } from "./time-resolvers.js";

export function createNeo4jGraphQL(driver?: Driver, typeDefs = readTypeDefs()): Neo4jGraphQL {
  return new Neo4jGraphQL({
    typeDefs,
    // The analyst questions (src/questions/), the reader of questions (src/reader/) and the change feed (70-changes) are custom
    // resolvers with their own Cypher.
    resolvers: { Query: { ...questionResolvers(), versionInForce: resolveVersionInForce, ...askResolvers.Query, labels: resolveLabels, ...changesResolvers.Query }, AskResult: askResolvers.AskResult, AskAnswer: askResolvers.AskAnswer, JSONObject, ...timeResolvers },
    driver,
    features: {
      // Deprecated filter and operation forms double the schema size; only the v7 forms are served.
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
      // extensions.complexity on list fields (children × limit/first), read by src/http/apollo/query-cost.ts.
      complexityEstimators: true,
      filters: { String: { CASE_INSENSITIVE: true, GT: true, GTE: true, LT: true, LTE: true } },
    },
  });
}
