/**
 * Reads the whole graph as one consistent snapshot (one read transaction), streaming: records
 * are pulled from Neo4j in batches as the writer consumes them (the driver's async iterator
 * pauses the stream above its high watermark), so memory stays flat however large the graph.
 */
import neo4j, { type Driver, type Session, type Transaction } from "neo4j-driver";
import { readGraphVersionIn } from "../changes/graph-version.js";
import { TIME_LIMITS } from "../config/limits.js";
import { entityTypes, type EntityType } from "../model/entities.js";

/** Records per batch pulled from the database. */
const FETCH_SIZE = 500;

/** A record as read: its identity and its stored properties. */
export interface RawSource {
  id: string;
  props: Record<string, unknown>;
}
export type RawNode = RawSource & { type: EntityType };
export type RawRelationship = Omit<RawSource, "id"> & { type: string; from: string; to: string };

export interface GraphSnapshot {
  /** The graph's version (null for a graph that was never seeded): the export's ETag. */
  version: string | null;
  modifiedAt: string | null;
  sources(): AsyncGenerator<RawSource>;
  /** All entities, or those of one type, by id. */
  nodes(type?: EntityType): AsyncGenerator<RawNode>;
  /** All relationships, read start node by start node (no order is promised). */
  relationships(): AsyncGenerator<RawRelationship>;
  close(): Promise<void>;
}

async function* stream<T>(tx: Transaction, cypher: string, params: Record<string, unknown>, map: (r: Record<string, unknown>) => T): AsyncGenerator<T> {
  for await (const record of tx.run(cypher, params)) yield map(record.toObject() as Record<string, unknown>);
}

export async function openGraphSnapshot(driver: Driver, database: string): Promise<GraphSnapshot> {
  const session: Session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_SIZE });
  let tx: Transaction;
  try {
    tx = await session.beginTransaction({ timeout: TIME_LIMITS.exportTransactionTimeoutMs, metadata: { app: "samverkansgrafen-export" } });
  } catch (error) {
    await session.close();
    throw error;
  }
  const graph = await readGraphVersionIn(tx);
  return {
    version: graph?.version ?? null,
    modifiedAt: graph?.modifiedAt ?? null,
    sources: () => stream(tx, `MATCH (d:SourceDocument) WHERE d.id IS NOT NULL RETURN d.id AS id, properties(d) AS props ORDER BY d.id`, {}, (r) => r as unknown as RawSource),
    nodes: (type?: EntityType) => {
      // A label cannot be a parameter: it comes from the model's closed list.
      if (type !== undefined && !entityTypes.includes(type)) throw new Error(`export: unknown type ${type}`);
      const label = type ?? "Entity";
      return stream(
        tx,
        `MATCH (n:${label}) WHERE n.id IS NOT NULL
         RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, properties(n) AS props ORDER BY n.id`,
        {},
        (r) => r as unknown as RawNode,
      );
    },
    relationships: () =>
      stream(
        tx,
        `MATCH (a:Entity) WHERE a.id IS NOT NULL
         WITH a ORDER BY a.id
         MATCH (a)-[r]->(b:Entity)
         RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`,
        {},
        (r) => r as unknown as RawRelationship,
      ),
    close: async () => {
      try {
        await tx.rollback();
      } finally {
        await session.close();
      }
    },
  };
}
