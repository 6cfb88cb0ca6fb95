/**
 * The Cypher fragment `{{step r}}` (or `{{step r a b}}`): a relationship as a step of a path,
 * `{relation, from, to, inferred, because, note, sources}`. In a statement it is only a marker,
 * `{__step: r, from: …, to: …}`: the relationship itself goes to the app, which builds the step
 * from its type and properties (src/questions/shared/markers.ts). Written out, a step took some 230
 * characters at each of 25 places, and Neo4j plans a statement in time that grows with its size,
 * again after every restart (docs/hardening.md). The ends stay in Cypher: a relationship as the
 * driver hands it over knows its ends' element ids, not their ids.
 */
export const STEP_KEY = "__step";

/** `from` and `to`: the variables bound to r's start and end, when the statement has them. */
export const stepMarker = (r: string, from?: string, to?: string): string =>
  `{${STEP_KEY}: ${r}, from: ${from ? `${from}.id` : `startNode(${r}).id`}, to: ${to ? `${to}.id` : `endNode(${r}).id`}}`;
