/**
 * Writes a SeedGraph to Neo4j in ONE transaction: either everything is applied or nothing.
 * Nodes and relationships are MERGEd on stable keys and only rewritten when their content hash
 * changed, so a second run changes nothing (and its counters say so). Seeded facts that were
 * removed from the files are removed from the graph and leave a tombstone; facts from other
 * origins are untouched. What a run writes gets createdAt/modifiedAt, and the graph's version is
 * bumped exactly when something changed (src/changes/tracking.ts).
 */
import { createHash } from "node:crypto";
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { bumpGraphVersion, deleteNodesWithTombstones, deleteRelationshipsWithTombstones, dropTombstones, relationshipId, stampCypher } from "../changes/tracking.js";
import { derivedDateFields } from "../model/date-precision.js";
import { dateFields } from "../model/entities.js";
import { updateCitationCounts } from "./citation-counts.js";
import type { Citation, EntityNode, Provenance, RelationEdge, SeedGraph } from "./seed-graph.js";

export const SEED_ORIGIN = "seed";

export interface SeedReport {
  nodesCreated: number;
  nodesUpdated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
  relationshipsDeleted: number;
  unchanged: boolean;
}

function toNeo4jValue(key: string, value: unknown): unknown {
  if (dateFields.has(key) && typeof value === "string") {
    const [y, m, d] = value.split("-").map(Number);
    return new neo4j.types.Date(y!, m!, d!);
  }
  return value;
}

function provenanceProps(p: Provenance): Record<string, unknown> {
  return {
    inferred: p.inferred,
    ...(p.because ? { because: p.because } : {}),
    sourceDocuments: p.citations.map((c: Citation) => c.document),
    sourceQuotes: p.citations.map((c: Citation) => c.quote),
    origin: SEED_ORIGIN,
  };
}

/** Everything a full-text search should find an entity by. */
export function searchTextOf(props: Record<string, unknown>): string {
  const parts: unknown[] = [props.name, props.shortName, props.aliases, props.formerNames, props.title, props.wording, props.description, props.mandate, props.purpose];
  return parts.flat().filter((p): p is string => typeof p === "string" && p.length > 0).join(" \n ");
}

function hashOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 24);
}

function nodeRow(e: EntityNode) {
  const plain = { ...e.properties, ...derivedDateFields(e.type, e.properties), ...provenanceProps(e), searchText: searchTextOf(e.properties) };
  const props: Record<string, unknown> = { id: e.id };
  for (const [k, v] of Object.entries(plain)) props[k] = toNeo4jValue(k, v);
  props.seedHash = hashOf(plain);
  return { id: e.id, props, hash: props.seedHash };
}

function relationRow(r: RelationEdge) {
  const plain = { ...r.properties, ...provenanceProps(r) };
  const hash = hashOf(plain);
  return { from: r.from, to: r.to, props: { ...plain, seedHash: hash }, hash };
}

/** Runs a MERGE statement that RETURNs `created` for every row it wrote; counts both kinds. */
async function mergeRows(tx: ManagedTransaction, cypher: string, rows: unknown[]): Promise<{ created: number; updated: number }> {
  const result = await tx.run(cypher, { rows });
  const created = result.records.filter((record) => record.get("created") === true).length;
  return { created, updated: result.records.length - created };
}

async function writeAll(tx: ManagedTransaction, graph: SeedGraph): Promise<SeedReport> {
  const report: SeedReport = { nodesCreated: 0, nodesUpdated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsUpdated: 0, relationshipsDeleted: 0, unchanged: false };

  const docs = graph.documents.map((d) => {
    const optional = { url: d.url, publisher: d.publisher };
    const plain = {
      id: d.id, title: d.title, kind: d.kind, description: d.description,
      ...(d.year ? { year: neo4j.int(d.year) } : {}),
      ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
      origin: SEED_ORIGIN,
    };
    // Dates enter the hash as text, so that an unchanged file hashes as before.
    const hash = hashOf({ ...plain, date: d.date, ...(d.publishedOn ? { publishedOn: d.publishedOn } : {}) });
    const dates = {
      ...(d.date ? { date: toNeo4jValue("date", d.date) } : {}),
      ...(d.publishedOn ? { publishedOn: toNeo4jValue("date", d.publishedOn) } : {}),
    };
    return { id: d.id, props: { ...plain, ...dates, seedHash: hash }, hash };
  });
  const docCounts = await mergeRows(
    tx,
    `UNWIND $rows AS row
     MERGE (d:SourceDocument {id: row.id})
     WITH d, row, d.seedHash IS NULL AS created, d.createdAt AS createdAt
     WHERE created OR d.seedHash <> row.hash OR createdAt IS NULL
     SET d = row.props, ${stampCypher("d", "createdAt")}
     RETURN created`,
    docs,
  );
  report.nodesCreated += docCounts.created;
  report.nodesUpdated += docCounts.updated;

  // One statement for all nodes and one for all relationships: labels and relationship types
  // come from the closed vocabulary of the model (validated), set through APOC because Cypher
  // cannot take them as parameters.
  const nodeRows = graph.entities.map((e) => ({ ...nodeRow(e), label: e.type }));
  const nodeCounts = await mergeRows(
    tx,
    `UNWIND $rows AS row
     MERGE (n:Entity {id: row.id})
     WITH n, row, n.seedHash IS NULL AS created, n.createdAt AS createdAt
     WHERE created OR n.seedHash <> row.hash OR createdAt IS NULL
     CALL apoc.create.addLabels(n, [row.label]) YIELD node
     SET n = row.props, ${stampCypher("n", "createdAt")}
     RETURN created`,
    nodeRows,
  );
  report.nodesCreated += nodeCounts.created;
  report.nodesUpdated += nodeCounts.updated;

  const relationRows = graph.relations.map((r) => ({ ...relationRow(r), type: r.type }));
  const relationCounts = await mergeRows(
    tx,
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
     CALL apoc.merge.relationship(a, row.type, {}, {}, b, {}) YIELD rel
     WITH rel, row, rel.seedHash IS NULL AS created, rel.createdAt AS createdAt
     WHERE created OR rel.seedHash <> row.hash OR createdAt IS NULL
     SET rel = row.props, ${stampCypher("rel", "createdAt")}
     RETURN created`,
    relationRows,
  );
  report.relationshipsCreated += relationCounts.created;
  report.relationshipsUpdated += relationCounts.updated;

  const keys = graph.relations.map((r) => relationshipId(r.type, r.from, r.to));
  report.relationshipsDeleted = await deleteRelationshipsWithTombstones(tx, SEED_ORIGIN, keys);
  const ids = [...graph.entities.map((e) => e.id), ...graph.documents.map((d) => d.id)];
  report.nodesDeleted = await deleteNodesWithTombstones(tx, SEED_ORIGIN, ids);
  // A fact removed earlier and now back is no longer deleted.
  if (report.nodesCreated + report.relationshipsCreated > 0) await dropTombstones(tx, [...ids, ...keys]);
  await updateCitationCounts(tx);
  report.unchanged = Object.entries(report).every(([k, v]) => k === "unchanged" || v === 0);
  if (!report.unchanged) await bumpGraphVersion(tx);
  return report;
}

export async function writeSeedGraph(driver: Driver, database: string, graph: SeedGraph): Promise<SeedReport> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite((tx) => writeAll(tx, graph), { timeout: 120_000 });
  } finally {
    await session.close();
  }
}
