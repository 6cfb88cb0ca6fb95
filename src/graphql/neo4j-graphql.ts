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
import { sourcesResolvers } from "./sources-resolvers.js";

/**
 * @neo4j/graphql 7.6 checks that a field marked `@customResolver` has a resolver, but for the fields of
 * relationship properties it looks without the resolvers it was given, so it warns for `Fact.sources`
 * once per relationship (about 140 lines at every start) although the resolver is there
 * (sourcesResolvers gives one to every type whose `sources` is so marked). That one warning is
 * dropped while the schema is built; any other passes through.
 */
const SPURIOUS_SOURCES_WARNING = "Custom resolver for sources has not been provided";

class Neo4jGraphQLWithSources extends Neo4jGraphQL {
  override async getSchema(): ReturnType<Neo4jGraphQL["getSchema"]> {
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (args.length === 1 && args[0] === SPURIOUS_SOURCES_WARNING) return;
      warn(...args);
    };
    try {
      return await super.getSchema();
    } finally {
      console.warn = warn;
    }
  }
}

export function createNeo4jGraphQL(driver?: Driver, typeDefs = readTypeDefs()): Neo4jGraphQL {
  return new Neo4jGraphQLWithSources({
    typeDefs,
    // The analyst questions (src/questions/), the reader of questions (src/reader/) and the change feed (70-changes) are custom
    // resolvers with their own Cypher; so are the fields that answer for a date and every fact's sources.
    resolvers: {
      Query: { ...questionResolvers(), versionInForce: resolveVersionInForce, ...askResolvers.Query, labels: resolveLabels, ...changesResolvers.Query },
      AskResult: askResolvers.AskResult,
      AskAnswer: askResolvers.AskAnswer,
      JSONObject,
      ...mergeByType(sourcesResolvers(typeDefs, driver), timeResolvers),
    },
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

/** Resolver maps joined type by type (a type may have fields in both). */
function mergeByType(...maps: Record<string, object>[]): Record<string, object> {
  const merged: Record<string, object> = {};
  for (const map of maps) for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...fields };
  return merged;
}
