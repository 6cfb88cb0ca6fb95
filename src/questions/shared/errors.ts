/**
 * The typed errors of the analyst queries. Clients can rely on `extensions.code`:
 * NOT_FOUND (no entity has the id), WRONG_ENTITY_TYPE (it exists but the question does not apply
 * to its type) and BAD_USER_INPUT (an argument is out of range or malformed).
 */
import { GraphQLError } from "graphql";
import type { EntityRef, EntityTypeName } from "./refs.js";

export const NOT_FOUND = "NOT_FOUND";
export const WRONG_ENTITY_TYPE = "WRONG_ENTITY_TYPE";
export const BAD_USER_INPUT = "BAD_USER_INPUT";

export function notFound(field: string, id: string, expectedTypes: readonly EntityTypeName[]): GraphQLError {
  return new GraphQLError(`${field}: no entity with id '${id}'. Expected the id of a ${expectedTypes.join(" or ")}.`, {
    extensions: { code: NOT_FOUND, id, expectedTypes: [...expectedTypes] },
  });
}

function wrongType(field: string, entity: EntityRef, expectedTypes: readonly EntityTypeName[]): GraphQLError {
  return new GraphQLError(`${field}: '${entity.id}' is a ${entity.type}; this question needs a ${expectedTypes.join(" or ")}.`, {
    extensions: { code: WRONG_ENTITY_TYPE, id: entity.id, actualType: entity.type, expectedTypes: [...expectedTypes] },
  });
}

export function badInput(field: string, problems: { argument: string; message: string }[]): GraphQLError {
  const text = problems.map((p) => `${p.argument}: ${p.message}`).join("; ");
  // HTTP 400: the request itself is wrong, as for any other malformed input.
  return new GraphQLError(`${field}: invalid arguments: ${text}`, { extensions: { code: BAD_USER_INPUT, problems, http: { status: 400 } } });
}

/** The root of an answer must exist and be of one of the expected types. */
export function requireEntity(field: string, id: string, found: EntityRef | null | undefined, expectedTypes: readonly EntityTypeName[]): EntityRef {
  if (!found) throw notFound(field, id, expectedTypes);
  if (!expectedTypes.includes(found.type)) throw wrongType(field, found, expectedTypes);
  return found;
}
