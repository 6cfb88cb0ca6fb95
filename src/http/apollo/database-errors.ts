/**
 * Turns "the database is unreachable" into one clear, typed GraphQL error with HTTP 503 and
 * Retry-After, instead of a driver stack trace, and tells the health state about it. While the
 * database is known to be down, operations that need it are answered 503 at once (before
 * execution), and so are they while the app re-plans its queries after a restart (WARMING_UP),
 * except the warm-up's own. Everything else passes through unchanged.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type DocumentNode, type GraphQLFormattedError } from "graphql";
import type { DatabaseHealth, HeldRequestKind } from "../../database/health.js";
import { isDatabaseUnavailable } from "../../database/unavailable.js";

export const DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

export const DATABASE_UNAVAILABLE_MESSAGE = "The database is not reachable right now. The request was not carried out; try again shortly.";
export const WARMING_UP_MESSAGE = "The database has restarted and the app is planning its queries again. The request was not carried out; try again in a moment.";

function databaseUnavailableError(): GraphQLFormattedError {
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    extensions: { code: DATABASE_UNAVAILABLE, retryable: true },
  }).toJSON();
}

export const WARMING_UP = "WARMING_UP";

/** The header the app's own warm-up requests carry (with a value only the process knows), so they pass while others wait. */
export const WARM_UP_HEADER = "x-samverkansgrafen-warm-up";

function warmingUpError(): GraphQLFormattedError {
  return new GraphQLError(WARMING_UP_MESSAGE, {
    extensions: { code: WARMING_UP, retryable: true },
  }).toJSON();
}

/**
 * `warmUpToken`: the value of WARM_UP_HEADER on the app's own warm-up requests. `kindOf`: which kind
 * of held request a document is (the website's trusted operations are let through first after a
 * restart).
 */
export function databaseErrorsPlugin(health?: DatabaseHealth, warmUpToken?: string, kindOf: (document: DocumentNode) => HeldRequestKind = () => "other"): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      let unavailable = false;
      let warming = false;
      return {
        async didResolveOperation({ operation, document }) {
          if (!health) return;
          const held = health.isUp && health.holdsRequests && (!warmUpToken || request.http?.headers.get(WARM_UP_HEADER) !== warmUpToken) && health.holds(kindOf(document));
          if (health.isUp && !held) return;
          // Introspection alone (GraphiQL loading the schema) needs no database.
          const needsDatabase = operation?.selectionSet.selections.some((s) => s.kind !== Kind.FIELD || !s.name.value.startsWith("__")) ?? true;
          if (!needsDatabase) return;
          if (held) warming = true;
          else unavailable = true;
          throw new GraphQLError(held ? "re-planning after a restart" : "database known to be down", { extensions: { code: held ? WARMING_UP : DATABASE_UNAVAILABLE, http: { status: 503 } } });
        },
        async didEncounterErrors({ errors }) {
          const failed = errors.find(isDatabaseUnavailable);
          if (failed) health?.reportUnavailable(failed.message.split("\n")[0]!);
          unavailable ||= Boolean(failed);
        },
        async willSendResponse({ response }) {
          if (!(unavailable || warming) || response.body.kind !== "single") return;
          response.body.singleResult.errors = [unavailable ? databaseUnavailableError() : warmingUpError()];
          response.body.singleResult.data = null;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(health?.retryAfterS() ?? 2));
        },
      };
    },
  };
}
