/**
 * Turns "the database is unreachable" into one clear, typed GraphQL error with HTTP 503, instead
 * of a driver stack trace. Everything else passes through unchanged.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLFormattedError } from "graphql";

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: unknown; message?: unknown; originalError?: unknown; cause?: unknown };
    if (typeof e.code === "string" && UNAVAILABLE_CODES.has(e.code)) return true;
    if (typeof e.message === "string" && /Could not perform discovery|Failed to connect to server|Connection was closed by server|ECONNREFUSED|Pool is closed/i.test(e.message)) return true;
    current = e.originalError ?? e.cause;
  }
  return false;
}

export const DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

export function databaseUnavailableError(): GraphQLFormattedError {
  return new GraphQLError("The database is not reachable right now. The request was not carried out; try again shortly.", {
    extensions: { code: DATABASE_UNAVAILABLE, retryable: true },
  }).toJSON();
}

export function databaseErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let unavailable = false;
      return {
        async didEncounterErrors({ errors }) {
          unavailable = errors.some(isDatabaseUnavailable);
        },
        async willSendResponse({ response }) {
          if (!unavailable || response.body.kind !== "single") return;
          response.body.singleResult.errors = [databaseUnavailableError()];
          response.body.singleResult.data = null;
          response.http.status = 503;
        },
      };
    },
  };
}
