/**
 * Writes a SeedGraph to Neo4j in ONE transaction: either everything is applied or nothing.
 * Nodes and relationships are MERGEd on stable keys and only rewritten when their content hash
 * changed, so a second run changes nothing (and its counters say so). Seeded facts that were
 * removed from the files are removed from the graph; facts from other origins are untouched.
 */
import { createHash } from "node:crypto";
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
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
  const plain = { ...e.properties, ...provenanceProps(e), searchText: searchTextOf(e.properties) };
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
    const plain = { id: d.id, title: d.title, kind: d.kind, description: d.description, ...(d.year ? { year: neo4j.int(d.year) } : {}), origin: SEED_ORIGIN };
    const hash = hashOf({ ...plain, date: d.date });
    return { id: d.id, props: { ...plain, ...(d.date ? { date: toNeo4jValue("date", d.date) } : {}), seedHash: hash }, hash };
  });
  const docCounts = await mergeRows(
    tx,
    `UNWIND $rows AS row
     MERGE (d:SourceDocument {id: row.id})
     WITH d, row, d.seedHash IS NULL AS created
     WHERE created OR d.seedHash <> row.hash
     SET d = row.props
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
     WITH n, row, n.seedHash IS NULL AS created
     WHERE created OR n.seedHash <> row.hash
     CALL apoc.create.addLabels(n, [row.label]) YIELD node
     SET n = row.props
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
     WITH rel, row, rel.seedHash IS NULL AS created
     WHERE created OR rel.seedHash <> row.hash
     SET rel = row.props
     RETURN created`,
    relationRows,
  );
  report.relationshipsCreated += relationCounts.created;
  report.relationshipsUpdated += relationCounts.updated;

  const keys = graph.relations.map((r) => `${r.type}|${r.from}|${r.to}`);
  const deletedRels = await tx.run(
    `MATCH (a)-[r]->(b) WHERE r.origin = $origin AND NOT (type(r) + '|' + a.id + '|' + b.id) IN $keys
     DELETE r RETURN count(*) AS n`,
    { origin: SEED_ORIGIN, keys },
  );
  report.relationshipsDeleted = deletedRels.records[0]!.get("n").toNumber();
  const ids = [...graph.entities.map((e) => e.id), ...graph.documents.map((d) => d.id)];
  const deletedNodes = await tx.run(
    `MATCH (n) WHERE (n:Entity OR n:SourceDocument) AND n.origin = $origin AND NOT n.id IN $ids
     DETACH DELETE n RETURN count(*) AS n`,
    { origin: SEED_ORIGIN, ids },
  );
  report.nodesDeleted = deletedNodes.records[0]!.get("n").toNumber();
  await updateCitationCounts(tx);
  report.unchanged = Object.entries(report).every(([k, v]) => k === "unchanged" || v === 0);
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
