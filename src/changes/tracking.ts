/**
 * Change tracking for whatever writes facts (the seed writer: the importer only proposes seed files):
 * timestamps on what a transaction writes, tombstones for what it removes, and the graph's
 * version. All times are the transaction's time (`datetime.transaction()`) to the millisecond, as the
 * API prints times, so everything one transaction changes carries the same instant, the version's
 * `modifiedAt` equals the newest `modifiedAt` in the graph, and a client that polls with a printed
 * time sees exactly the later changes.
 *
 * Contract (read by graph-version.ts for the API, the feed, the export and the HTTP validators):
 *   MATCH (m:GraphMeta {id: "graph"}) RETURN m.version AS version, m.modifiedAt AS modifiedAt
 * `version` is an opaque string that changes exactly when a transaction changes a fact;
 * `modifiedAt` is a DateTime.
 */
import type { ManagedTransaction } from "neo4j-driver";

export const GRAPH_META_ID = "graph";

/** The transaction's time to the millisecond: every stamp a writer sets. */
const NOW = "datetime.truncate('millisecond', datetime.transaction())";

/** Cypher SET fragment for a node or relationship `x` rewritten in this transaction; `previousCreatedAt` is its createdAt before the rewrite (null when new). */
export function stampCypher(x: string, previousCreatedAt: string): string {
  return `${x}.createdAt = coalesce(${previousCreatedAt}, ${NOW}), ${x}.modifiedAt = ${NOW}`;
}

/** The id of a relationship in the change feed and its tombstone: derived from its type and end ids. */
export function relationshipId(type: string, from: string, to: string): string {
  return `${type}|${from}|${to}`;
}
/** The same id, as a Cypher expression over a relationship `r` from `a` to `b`. */
export const RELATIONSHIP_ID_CYPHER = (r: string, a: string, b: string) => `type(${r}) + '|' + ${a}.id + '|' + ${b}.id`;

/**
 * Removes the relationships of `origin` whose id is not in `keep`, leaving a tombstone for each.
 * Returns how many were removed.
 */
export async function deleteRelationshipsWithTombstones(tx: ManagedTransaction, origin: string, keep: string[]): Promise<number> {
  const result = await tx.run(
    `MATCH (a)-[r]->(b) WHERE r.origin = $origin AND NOT (${RELATIONSHIP_ID_CYPHER("r", "a", "b")}) IN $keep
     MERGE (t:Tombstone {id: ${RELATIONSHIP_ID_CYPHER("r", "a", "b")}})
     SET t.kind = 'RELATIONSHIP', t.type = type(r), t.from = a.id, t.to = b.id,
         t.createdAt = r.createdAt, t.deletedAt = ${NOW}, t.modifiedAt = ${NOW}
     DELETE r
     RETURN count(*) AS n`,
    { origin, keep },
  );
  return result.records[0]!.get("n").toNumber();
}

/** Removes the nodes (Entity or SourceDocument) of `origin` whose id is not in `keep`, leaving a tombstone for each. */
export async function deleteNodesWithTombstones(tx: ManagedTransaction, origin: string, keep: string[]): Promise<number> {
  const result = await tx.run(
    `MATCH (n) WHERE (n:Entity OR n:SourceDocument) AND n.origin = $origin AND NOT n.id IN $keep
     MERGE (t:Tombstone {id: n.id})
     SET t.kind = 'NODE', t.type = [l IN labels(n) WHERE l <> 'Entity'][0], t.from = null, t.to = null,
         t.createdAt = n.createdAt, t.deletedAt = ${NOW}, t.modifiedAt = ${NOW}
     DETACH DELETE n
     RETURN count(*) AS n`,
    { origin, keep },
  );
  return result.records[0]!.get("n").toNumber();
}

/** A fact that exists again is no longer deleted: drops the tombstones of these ids. */
export async function dropTombstones(tx: ManagedTransaction, ids: string[]): Promise<number> {
  const result = await tx.run(`UNWIND $ids AS id MATCH (t:Tombstone {id: id}) DELETE t RETURN count(*) AS n`, { ids });
  return result.records[0]!.get("n").toNumber();
}

/**
 * Records that this transaction changed the graph: a new version and its time. Call it exactly
 * when something changed, so an unchanged re-run keeps the version (and HTTP caches stay valid).
 * The version is `g<serial>-<epoch ms>`: the serial orders versions, the time keeps versions of a
 * database that was wiped and re-seeded distinct.
 */
export async function bumpGraphVersion(tx: ManagedTransaction): Promise<{ version: string; modifiedAt: string }> {
  const result = await tx.run(
    `MERGE (m:GraphMeta {id: $id})
     ON CREATE SET m.serial = 0, m.createdAt = ${NOW}
     SET m.serial = m.serial + 1, m.modifiedAt = ${NOW}
     SET m.version = 'g' + toString(m.serial) + '-' + toString(m.modifiedAt.epochMillis)
     RETURN m.version AS version, toString(m.modifiedAt) AS modifiedAt`,
    { id: GRAPH_META_ID },
  );
  const record = result.records[0]!;
  return { version: record.get("version") as string, modifiedAt: record.get("modifiedAt") as string };
}
