/**
 * The Cypher fragment `{{ref n}}` (or `{{ref n Type}}`): an entity reference, `{id, name, shortName,
 * status, type, kind}`. In a statement it is only a marker, `{__ref: n.id}` (with `__type` when the
 * statement knows n's type): the app reads the references of all the entities an answer marks with
 * one statement, ENTITY_REFS_STATEMENT, after it (src/questions/shared/markers.ts). Written out, a
 * reference took some 150 characters at each of about 80 places, and Neo4j plans a statement in time
 * that grows with its size, again after every restart (docs/hardening.md).
 */
export const ENTITY_REF_KEY = "__ref";
export const ENTITY_TYPE_KEY = "__type";

/** `type`: the node's label when the statement knows it (then it is not read from the labels). */
export const entityRefMarker = (n: string, type?: string): string => `{${ENTITY_REF_KEY}: ${n}.id${type ? `, ${ENTITY_TYPE_KEY}: '${type}'` : ""}}`;

/** The references of the entities of `$ids` (those that exist), a row each. Every node of the domain is an Entity with a unique id. */
export const ENTITY_REFS_STATEMENT =
  "MATCH (n:Entity) WHERE n.id IN $ids RETURN n {.id, .name, .shortName, .status, type: [l IN labels(n) WHERE l <> 'Entity'][0], kind: toString(coalesce(n.kind, n.positionType, n.role))} AS ref";
