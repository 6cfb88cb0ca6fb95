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
import { bumpGraphVersion, deleteNodesWithTombstones, deleteRelationshipsWithTombstones, dropTombstones, RELATIONSHIP_ID_CYPHER, relationshipId, stampCypher } from "../changes/tracking.js";
import { derivedDateFields } from "../model/date-precision.js";
import { definingDocuments, statedDateDefaults } from "./stated-dates.js";
import { dateFields } from "../model/entities.js";
import type { Vocabulary } from "../swedish/compounds.js";
import { updateCitationCounts } from "./citation-counts.js";
import { searchTextOf, vocabularyOf } from "./search-text.js";
import type { SourceFile } from "../sources/source-file.js";
import type { Citation, EntityNode, Provenance, RelationEdge, SeedGraph, SourceDocumentNode } from "./seed-graph.js";

const SEED_ORIGIN = "seed";

export interface SeedReport {
  nodesCreated: number;
  nodesUpdated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
  relationshipsDeleted: number;
  unchanged: boolean;
}

/** Fields that hold a list of records, stored as JSON text (Neo4j properties hold no maps). */
const RECORD_LIST_FIELDS = new Set(["signing"]);

function toNeo4jValue(key: string, value: unknown): unknown {
  if (RECORD_LIST_FIELDS.has(key)) return JSON.stringify(value);
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

/** A document's file as node properties (read by the API's File and Passage types and by /source/<id>). */
function sourceFileProps(file: SourceFile | undefined): Record<string, unknown> {
  if (!file) return {};
  return {
    fileMediaType: file.mediaType,
    fileSize: neo4j.int(file.size),
    fileSha256: file.sha256,
    fileTextLength: neo4j.int(file.textLength),
    text: file.text,
    passageAnchors: file.passages.map((p) => p.anchor),
    passageStarts: file.passages.map((p) => neo4j.int(p.start)),
    passageEnds: file.passages.map((p) => neo4j.int(p.end)),
  };
}

function hashOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 24);
}

function nodeRow(e: EntityNode, definedIn: SourceDocumentNode | undefined, vocabulary: Vocabulary) {
  const own = { ...e.properties, ...statedDateDefaults(e, definedIn) };
  const plain = { ...own, ...derivedDateFields(e.type, own), ...provenanceProps(e), searchText: searchTextOf(own, vocabulary) };
  const props: Record<string, unknown> = { id: e.id };
  for (const [k, v] of Object.entries(plain)) props[k] = toNeo4jValue(k, v);
  const hash = hashOf(plain);
  props.seedHash = hash;
  return { id: e.id, props, hash };
}

function relationRow(r: RelationEdge) {
  const plain = { ...r.properties, ...provenanceProps(r) };
  const hash = hashOf(plain);
  return { from: r.from, to: r.to, props: { ...plain, seedHash: hash }, hash };
}

/** Runs a MERGE statement that RETURNs `created` for every row it wrote; counts both kinds. No rows, no round trip. */
async function mergeRows(tx: ManagedTransaction, cypher: string, rows: unknown[]): Promise<{ created: number; updated: number }> {
  if (rows.length === 0) return { created: 0, updated: 0 };
  const result = await tx.run(cypher, { rows });
  const created = result.records.filter((record) => record.get("created") === true).length;
  return { created, updated: result.records.length - created };
}

/** What the graph holds of this origin: content hash and whether it was stamped, by id (node) or relationshipId. */
interface SeedState {
  nodes: Map<string, { hash: unknown; stamped: boolean }>;
  relationships: Map<string, { hash: unknown; stamped: boolean }>;
}

/**
 * One read of ids and hashes (a few hundred kB on the seed graph) instead of sending every row
 * through a MERGE: only new or changed rows are written, and a re-run with nothing changed
 * writes nothing. The MERGE statements keep their own hash guard, so this only saves work.
 */
async function readSeedState(tx: ManagedTransaction): Promise<SeedState> {
  // One statement, not one per kind: on a freshly started server each new statement costs a
  // plan, and planning dominates the first seed.
  const result = await tx.run(
    `CALL () {
       MATCH (n:Entity) WHERE n.origin = $origin RETURN false AS relationship, n.id AS id, n.seedHash AS hash, n.createdAt IS NOT NULL AS stamped
       UNION ALL
       MATCH (n:SourceDocument) WHERE n.origin = $origin RETURN false AS relationship, n.id AS id, n.seedHash AS hash, n.createdAt IS NOT NULL AS stamped
       UNION ALL
       MATCH (a)-[r]->(b) WHERE r.origin = $origin
       RETURN true AS relationship, ${RELATIONSHIP_ID_CYPHER("r", "a", "b")} AS id, r.seedHash AS hash, r.createdAt IS NOT NULL AS stamped
     }
     RETURN relationship, id, hash, stamped`,
    { origin: SEED_ORIGIN },
  );
  const state: SeedState = { nodes: new Map(), relationships: new Map() };
  for (const record of result.records) {
    const held = { hash: record.get("hash") as unknown, stamped: record.get("stamped") === true };
    (record.get("relationship") === true ? state.relationships : state.nodes).set(record.get("id") as string, held);
  }
  return state;
}

/** A row needs writing unless the graph holds it, stamped, with the same hash. */
function needsWrite(state: Map<string, { hash: unknown; stamped: boolean }>, id: string, hash: string): boolean {
  const held = state.get(id);
  return held === undefined || !held.stamped || held.hash !== hash;
}

async function writeAll(tx: ManagedTransaction, graph: SeedGraph): Promise<SeedReport> {
  const report: SeedReport = { nodesCreated: 0, nodesUpdated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsUpdated: 0, relationshipsDeleted: 0, unchanged: false };
  const state = await readSeedState(tx);

  const docs = graph.documents.map((d) => {
    const optional = { url: d.url, urlFoundBy: d.urlFoundBy, urlMissing: d.urlMissing, publisher: d.publisher, ...sourceFileProps(d.file) };
    const plain = {
      id: d.id, title: d.title, kind: d.kind, description: d.description,
      ...(d.year ? { year: neo4j.int(d.year) } : {}),
      ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
      origin: SEED_ORIGIN,
    };
    // Dates enter the hash as text, so that an unchanged file hashes as before.
    const hash = hashOf({ ...plain, date: d.date, ...(d.publishedOn ? { publishedOn: d.publishedOn } : {}), ...(d.urlFoundOn ? { urlFoundOn: d.urlFoundOn } : {}) });
    const dates = {
      ...(d.date ? { date: toNeo4jValue("date", d.date) } : {}),
      ...(d.publishedOn ? { publishedOn: toNeo4jValue("date", d.publishedOn) } : {}),
      ...(d.urlFoundOn ? { urlFoundOn: toNeo4jValue("date", d.urlFoundOn) } : {}),
    };
    return { id: d.id, props: { ...plain, ...dates, seedHash: hash }, hash };
  });
  const upsertNodes = async (label: "SourceDocument" | "Entity", rows: { id: string; hash: string }[]) => {
    const counts = await mergeRows(tx, upsertNodesCypher(label, label === "Entity"), rows.filter((row) => needsWrite(state.nodes, row.id, row.hash)));
    report.nodesCreated += counts.created;
    report.nodesUpdated += counts.updated;
  };
  await upsertNodes("SourceDocument", docs);

  // One statement for all nodes and one for all relationships: labels and relationship types
  // come from the closed vocabulary of the model (validated) and are set with Cypher 5.26's
  // dynamic labels and types (`$(expr)`), not per-row APOC calls (each a nested query: 2,248
  // relationships took 3-21 s) nor one statement per label and type (58 plans on a cold server).
  const vocabulary = vocabularyOf(graph.entities);
  const definedIn = definingDocuments(graph.documents);
  await upsertNodes("Entity", graph.entities.map((e) => ({ ...nodeRow(e, definedIn(e), vocabulary), label: e.type })));

  const relationRows = graph.relations.map((r) => ({ ...relationRow(r), type: r.type, key: relationshipId(r.type, r.from, r.to) }));
  const relationCounts = await mergeRows(
    tx,
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.from})
     MATCH (b:Entity {id: row.to})
     MERGE (a)-[rel:$(row.type)]->(b)
     WITH rel, row, rel.seedHash IS NULL AS created, rel.createdAt AS createdAt
     WHERE created OR rel.seedHash <> row.hash OR createdAt IS NULL
     SET rel = row.props, ${stampCypher("rel", "createdAt")}
     RETURN created`,
    relationRows.filter((row) => needsWrite(state.relationships, row.key, row.hash)).map(({ key: _key, ...row }) => row),
  );
  report.relationshipsCreated += relationCounts.created;
  report.relationshipsUpdated += relationCounts.updated;

  // Removed from the files: the read above says whether there is anything to remove (the same
  // match as the delete statements'), so an unchanged run skips both scans.
  const keys = relationRows.map((r) => r.key);
  const keySet = new Set(keys);
  if ([...state.relationships.keys()].some((key) => !keySet.has(key))) {
    report.relationshipsDeleted = await deleteRelationshipsWithTombstones(tx, SEED_ORIGIN, keys);
  }
  const ids = [...graph.entities.map((e) => e.id), ...graph.documents.map((d) => d.id)];
  const idSet = new Set(ids);
  if ([...state.nodes.keys()].some((id) => !idSet.has(id))) {
    report.nodesDeleted = await deleteNodesWithTombstones(tx, SEED_ORIGIN, ids);
  }
  // A fact removed earlier and now back is no longer deleted.
  if (report.nodesCreated + report.relationshipsCreated > 0) await dropTombstones(tx, [...ids, ...keys]);
  await updateCitationCounts(tx);
  report.unchanged = Object.entries(report).every(([k, v]) => k === "unchanged" || v === 0);
  if (!report.unchanged) await bumpGraphVersion(tx);
  return report;
}

/**
 * Nodes of one label merged by id: the row's properties are written (and stamped) only when the
 * node is new or its hash changed; with `typeLabel`, the row's entity type becomes a label too.
 */
function upsertNodesCypher(label: "SourceDocument" | "Entity", typeLabel: boolean): string {
  return `UNWIND $rows AS row
     MERGE (n:${label} {id: row.id})
     WITH n, row, n.seedHash IS NULL AS created, n.createdAt AS createdAt
     WHERE created OR n.seedHash <> row.hash OR createdAt IS NULL
     ${typeLabel ? "SET n:$(row.label)\n     " : ""}SET n = row.props, ${stampCypher("n", "createdAt")}
     RETURN created`;
}

export async function writeSeedGraph(driver: Driver, database: string, graph: SeedGraph): Promise<SeedReport> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite((tx) => writeAll(tx, graph), { timeout: 120_000 });
  } finally {
    await session.close();
  }
}
