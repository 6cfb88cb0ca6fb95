/** Resolvers of schema/70-changes.graphql, and its JSONObject scalar (a record in the export's shape). */
import { GraphQLError, GraphQLScalarType } from "graphql";
import { databaseOf } from "../questions/shared/run.js";
import { parseChangesArgs, readChanges, type ChangePage } from "./feed.js";
import { readGraphVersion, type GraphVersion } from "./graph-version.js";

export const JSONObject = new GraphQLScalarType({
  name: "JSONObject",
  description: "A JSON object (output only): a record in the export's shape.",
  serialize: (value) => value,
  parseValue: () => {
    throw new GraphQLError("JSONObject is an output type");
  },
  parseLiteral: () => {
    throw new GraphQLError("JSONObject is an output type");
  },
});

export const changesResolvers = {
  Query: {
    graphVersion: async (_root: unknown, _args: unknown, context: unknown): Promise<GraphVersion | null> => {
      const db = databaseOf(context);
      return readGraphVersion(db.driver, db.database);
    },
    changes: async (_root: unknown, args: { since?: unknown; after?: unknown; first?: unknown; withRecords?: unknown }, context: unknown): Promise<ChangePage> => {
      const parsed = parseChangesArgs(args);
      const db = databaseOf(context);
      return readChanges(db.driver, db.database, parsed);
    },
  },
};
