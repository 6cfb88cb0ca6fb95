/**
 * The graph's version, read from the one node the writers keep it on (tracking.ts): `version`
 * changes exactly when a fact changes; `modifiedAt` is when that happened. Every reader uses
 * this module: the GraphQL field `graphVersion` and the change feed's `asOf`, the export's ETag
 * and manifest, and the HTTP validators (ETag, Last-Modified) through a short-lived cache.
 */
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from "neo4j-driver";
import { GRAPH_META_ID } from "./tracking.js";

export interface GraphVersion {
  version: string;
  /** As Neo4j prints it (full precision, e.g. nanoseconds); null when the node has no time. */
  modifiedAt: string | null;
}

const GRAPH_VERSION_CYPHER = "MATCH (m:GraphMeta {id: $id}) RETURN m.version AS version, toString(m.modifiedAt) AS modifiedAt LIMIT 1";

/** Null without a GraphMeta node, or without a version on it (a graph that was never seeded). */
function graphVersionOf(record: Neo4jRecord | undefined): GraphVersion | null {
  const version: unknown = record?.get("version");
  if (version === null || version === undefined || String(version) === "") return null;
  return { version: String(version), modifiedAt: (record!.get("modifiedAt") as string | null) ?? null };
}

export async function readGraphVersion(driver: Driver, database: string): Promise<GraphVersion | null> {
  const result = await driver.executeQuery(GRAPH_VERSION_CYPHER, { id: GRAPH_META_ID }, { database, routing: neo4j.routing.READ });
  return graphVersionOf(result.records[0]);
}

/** The same, inside a read that must see one state of the graph (a page of the feed, an export). */
export async function readGraphVersionIn(tx: Pick<ManagedTransaction, "run">): Promise<GraphVersion | null> {
  const result = await tx.run(GRAPH_VERSION_CYPHER, { id: GRAPH_META_ID });
  return graphVersionOf(result.records[0]);
}

export interface CachedGraphVersion {
  current(): Promise<GraphVersion | null>;
}

/**
 * The version read at most once per `ttlMs` (concurrent callers share one read), so a conditional
 * GET costs no database round trip while the graph stays the same; a change is seen within `ttlMs`.
 * While `databaseUp()` says the database is down, the last version read is the answer (a database
 * that does not answer has not changed), and without one the read fails at once.
 */
export function cachedGraphVersion(driver: Driver, database: string, ttlMs: number, databaseUp: () => boolean = () => true): CachedGraphVersion {
  let cached: { value: GraphVersion | null; readAt: number } | undefined;
  let inFlight: Promise<GraphVersion | null> | undefined;
  return {
    async current() {
      if (cached && (Date.now() - cached.readAt < ttlMs || !databaseUp())) return cached.value;
      if (!databaseUp()) throw new Error("the database is down and no graph version is known yet");
      inFlight ??= readGraphVersion(driver, database)
        .then((value) => {
          cached = { value, readAt: Date.now() };
          return value;
        })
        .finally(() => {
          inFlight = undefined;
        });
      return inFlight;
    },
  };
}
