/**
 * Turns "the database is unreachable" into one clear, typed GraphQL error with HTTP 503 and
 * Retry-After, instead of a driver stack trace, and tells the health state about it. While the
 * database is known to be down, operations that need it are answered 503 at once (before
 * execution). Everything else passes through unchanged.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type GraphQLFormattedError } from "graphql";
import { CONNECTION_FAILURE, type DatabaseHealth } from "../../database/health.js";

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: unknown; message?: unknown; originalError?: unknown; cause?: unknown };
    if (typeof e.code === "string" && UNAVAILABLE_CODES.has(e.code)) return true;
    if (typeof e.message === "string" && (CONNECTION_FAILURE.test(e.message) || /Connection acquisition timed out/i.test(e.message))) return true;
    current = e.originalError ?? e.cause;
  }
  return false;
}

export const DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

function databaseUnavailableError(): GraphQLFormattedError {
  return new GraphQLError("The database is not reachable right now. The request was not carried out; try again shortly.", {
    extensions: { code: DATABASE_UNAVAILABLE, retryable: true },
  }).toJSON();
}

export function databaseErrorsPlugin(health?: DatabaseHealth): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let unavailable = false;
      return {
        async didResolveOperation({ operation }) {
          if (!health || health.isUp) return;
          // Introspection alone (GraphiQL loading the schema) needs no database.
          const needsDatabase = operation?.selectionSet.selections.some((s) => s.kind !== Kind.FIELD || !s.name.value.startsWith("__")) ?? true;
          if (!needsDatabase) return;
          unavailable = true;
          throw new GraphQLError("database known to be down", { extensions: { code: DATABASE_UNAVAILABLE, http: { status: 503 } } });
        },
        async didEncounterErrors({ errors }) {
          const failed = errors.find(isDatabaseUnavailable);
          if (failed) health?.reportUnavailable(failed.message.split("\n")[0]!);
          unavailable ||= Boolean(failed);
        },
        async willSendResponse({ response }) {
          if (!unavailable || response.body.kind !== "single") return;
          response.body.singleResult.errors = [databaseUnavailableError()];
          response.body.singleResult.data = null;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(health?.retryAfterS() ?? 2));
        },
      };
    },
  };
}
