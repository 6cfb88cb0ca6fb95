/**
 * Writes generated batches into an EMPTY database, fast: per batch one transaction, and in it one
 * UNWIND ... CREATE statement per node label and one UNWIND ... MATCH ... CREATE per relationship
 * type (labels and types written into the statement, so no APOC call per row and every lookup
 * uses the `entity_id` uniqueness index). CREATE, not MERGE: the generator refuses a database
 * that already holds generated nodes, and ids are unique by construction.
 */
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { dateFields } from "../model/entities.js";
import { relationTypes } from "../model/relations.js";
import type { GeneratedBatch, GeneratedNode, GeneratedRelation, GeneratedSourceDocument } from "./nation.js";
import { GENERATED_ORIGIN } from "./nation.js";

const LABEL = /^[A-Z][A-Za-z]+$/;

function toNeo4j(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (dateFields.has(k) && typeof v === "string") {
      const [y, m, d] = v.split("-").map(Number);
      out[k] = new neo4j.types.Date(y!, m!, d!);
    } else out[k] = v;
  }
  return out;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

async function writeNodes(tx: ManagedTransaction, nodes: GeneratedNode[]): Promise<void> {
  for (const [label, group] of groupBy(nodes, (n) => n.label)) {
    if (!LABEL.test(label)) throw new Error(`generate: not a label: ${label}`);
    await tx.run(`UNWIND $rows AS row CREATE (n:Entity:${label}) SET n = row`, { rows: group.map((n) => toNeo4j(n.props)) });
  }
}

async function writeRelations(tx: ManagedTransaction, relations: GeneratedRelation[]): Promise<void> {
  for (const [type, group] of groupBy(relations, (r) => r.type)) {
    if (!relationTypes.includes(type as (typeof relationTypes)[number])) throw new Error(`generate: not a relation type: ${type}`);
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
       CREATE (a)-[r:${type}]->(b) SET r = row.props`,
      { rows: group.map((r) => ({ from: r.from, to: r.to, props: r.props })) },
    );
  }
}

async function writeDocuments(tx: ManagedTransaction, documents: GeneratedSourceDocument[]): Promise<void> {
  if (documents.length === 0) return;
  await tx.run(`UNWIND $rows AS row CREATE (d:SourceDocument) SET d = row`, {
    rows: documents.map((d) => toNeo4j({ ...d, year: neo4j.int(d.year), origin: GENERATED_ORIGIN })),
  });
}

export async function writeBatch(driver: Driver, database: string, batch: GeneratedBatch): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite(
      async (tx) => {
        await writeDocuments(tx, batch.documents);
        await writeNodes(tx, batch.nodes);
        await writeRelations(tx, batch.relations);
      },
      { timeout: 600_000 },
    );
  } finally {
    await session.close();
  }
}

/** How many generated nodes the database holds already (the generator refuses to add more). */
export async function countGenerated(driver: Driver, database: string): Promise<number> {
  const result = await driver.executeQuery(`MATCH (d:SourceDocument) WHERE d.origin = $origin RETURN count(d) AS n`, { origin: GENERATED_ORIGIN }, { database });
  return (result.records[0]!.get("n") as { toNumber(): number }).toNumber();
}

/** Sets the generated documents' citation counts, tallied while generating (no scan). */
export async function writeCitationCounts(driver: Driver, database: string, counts: Map<string, number>): Promise<void> {
  const rows = [...counts].map(([id, n]) => ({ id, n: neo4j.int(n) }));
  const session = driver.session({ database });
  try {
    for (let i = 0; i < rows.length; i += 50_000) {
      await session.executeWrite((tx) => tx.run(`UNWIND $rows AS row MATCH (d:SourceDocument {id: row.id}) SET d.citationCount = row.n`, { rows: rows.slice(i, i + 50_000) }));
    }
  } finally {
    await session.close();
  }
}
