/**
 * Writes the export to any Writable (a file or an HTTP response), record by record, through
 * `pipeline`, which waits while the destination is full: the producer (Neo4j) is only read as
 * fast as the consumer takes the data. NDJSON and JSON-LD are written by hand (one
 * JSON.stringify per line, nothing to escape beyond JSON); CSV with csv-stringify.
 */
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import type { EntityType } from "../model/entities.js";
import type { GraphSnapshot } from "./read-graph.js";
import { jsonLdExportHead, nodeAsJsonLd, relationshipAsJsonLd, sourceRecordAsJsonLd } from "./linked-data/documents.js";
import { metaRecord, nodeColumns, nodeRecord, nodeRow, relationshipRecord, relationshipRow, RELATIONSHIP_COLUMNS, SOURCE_COLUMNS, sourceRecord, sourceRow } from "./records.js";

export interface ExportCounts {
  sources: number;
  nodes: number;
  relationships: number;
}

/**
 * Writes the lines to `out` through `pipeline`, which carries the back-pressure (a compressing
 * response included: waiting for 'drain' by hand piles listeners on its compressor). `end: false`
 * leaves closing `out` to the caller.
 */
async function writeLines(out: Writable, lines: AsyncIterable<string>): Promise<void> {
  await pipeline(Readable.from(lines, { objectMode: false }), out, { end: false });
}

/** The whole graph as NDJSON: a meta line, then sources, nodes, relationships (so an importer meets every node before its edges). */
export async function writeNdjson(snapshot: GraphSnapshot, out: Writable): Promise<ExportCounts> {
  const counts: ExportCounts = { sources: 0, nodes: 0, relationships: 0 };
  async function* lines() {
    yield JSON.stringify(metaRecord(snapshot.version, snapshot.modifiedAt)) + "\n";
    for await (const s of snapshot.sources()) {
      yield JSON.stringify(sourceRecord(s)) + "\n";
      counts.sources++;
    }
    for await (const n of snapshot.nodes()) {
      yield JSON.stringify(nodeRecord(n)) + "\n";
      counts.nodes++;
    }
    for await (const r of snapshot.relationships()) {
      yield JSON.stringify(relationshipRecord(r)) + "\n";
      counts.relationships++;
    }
  }
  await writeLines(out, lines());
  return counts;
}

/** The whole graph as one JSON-LD document (linked-data/context.ts), its objects in the NDJSON's order, one per line. */
export async function writeJsonLd(snapshot: GraphSnapshot, out: Writable, origin: string): Promise<ExportCounts> {
  const counts: ExportCounts = { sources: 0, nodes: 0, relationships: 0 };
  async function* lines() {
    yield jsonLdExportHead(origin, snapshot.version);
    let separator = "";
    const item = (value: unknown) => {
      const line = separator + JSON.stringify(value);
      separator = ",\n";
      return line;
    };
    for await (const s of snapshot.sources()) {
      yield item(sourceRecordAsJsonLd(sourceRecord(s)));
      counts.sources++;
    }
    for await (const n of snapshot.nodes()) {
      yield item(nodeAsJsonLd(nodeRecord(n)));
      counts.nodes++;
    }
    for await (const r of snapshot.relationships()) {
      yield item(relationshipAsJsonLd(relationshipRecord(r)));
      counts.relationships++;
    }
    yield "\n]}\n";
  }
  await writeLines(out, lines());
  return counts;
}

/** The tables of the CSV export: one per node type, the relationships and the source documents. */
export type CsvTable = EntityType | "relationships" | "sources";

async function writeCsvRows(out: Writable, columns: string[], rows: AsyncIterable<Record<string, unknown>>): Promise<number> {
  let count = 0;
  async function* counted() {
    for await (const row of rows) {
      count++;
      yield row;
    }
  }
  // A UTF-8 byte-order mark, so that Excel reads å, ä and ö as the letters they are.
  const csv = stringify({ header: true, columns, bom: true, cast: { boolean: (b) => (b ? "true" : "false") } });
  // pipeline carries the back-pressure from `out` back to the database reads; `end: false`
  // leaves closing `out` to the caller.
  await pipeline(Readable.from(counted()), csv, out, { end: false });
  return count;
}

async function* mapRows<T>(items: AsyncIterable<T>, map: (item: T) => Record<string, unknown>): AsyncGenerator<Record<string, unknown>> {
  for await (const item of items) yield map(item);
}

export async function writeCsv(snapshot: GraphSnapshot, table: CsvTable, out: Writable): Promise<number> {
  if (table === "relationships") return writeCsvRows(out, RELATIONSHIP_COLUMNS, mapRows(snapshot.relationships(), relationshipRow));
  if (table === "sources") {
    return writeCsvRows(out, SOURCE_COLUMNS, mapRows(snapshot.sources(), sourceRow));
  }
  const columns = nodeColumns(table);
  return writeCsvRows(out, columns, mapRows(snapshot.nodes(table), (n) => nodeRow(n, columns)));
}
