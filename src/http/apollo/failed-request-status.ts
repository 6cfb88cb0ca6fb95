/**
 * A request that fails as a whole never answers 200. GraphQL over HTTP answers 200 for an
 * execution whose errors sit beside data; when there is no data (or every root field failed),
 * nothing was answered, and the status says why: 4xx when the request itself is at fault (an
 * unknown id, an argument out of range), 504 when it ran out of time, 503 when the database is
 * unavailable (database-errors.ts), 500 otherwise. A partial answer keeps its 200.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";

/** The status of a failed request by its errors' codes; the first listed that occurs decides. */
const STATUS_BY_CODE: [code: string, status: number][] = [
  ["DATABASE_UNAVAILABLE", 503],
  ["WARMING_UP", 503],
  ["QUERY_TIMEOUT", 504],
  ["REQUEST_TIMEOUT", 504],
  ["INTERNAL_SERVER_ERROR", 500],
  ["QUERY_TOO_EXPENSIVE", 400],
  ["BAD_USER_INPUT", 400],
  ["WRONG_ENTITY_TYPE", 400],
  ["NOT_FOUND", 404],
  ["PERSISTED_QUERY_NOT_FOUND", 404],
];

/** True when the answer carries nothing: no data, or every root field null with an error of its own. */
export function failedAsAWhole(data: Record<string, unknown> | null | undefined, errors: readonly GraphQLFormattedError[] | undefined): boolean {
  if (!errors?.length) return false;
  if (data === null || data === undefined) return true;
  const fields = Object.keys(data);
  return fields.length > 0 && fields.every((field) => data[field] === null && errors.some((e) => e.path?.[0] === field));
}

export function statusOfFailure(errors: readonly GraphQLFormattedError[]): number {
  const codes = new Set(errors.map((e) => String(e.extensions?.code ?? "")));
  return STATUS_BY_CODE.find(([code]) => codes.has(code))?.[1] ?? 500;
}

export function failedRequestStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          if ((response.http.status ?? 200) !== 200 || !failedAsAWhole(data, errors)) return;
          response.http.status = statusOfFailure(errors!);
        },
      };
    },
  };
}
