/**
 * The shapes of the export, one per kind of record (documented field by field in docs/export.md):
 * stored properties become plain JSON; bookkeeping (hashes, search text, origin) is left out;
 * the citations become `sources: [{document, quote}]`.
 */
import neo4j from "neo4j-driver";
import { relationshipId } from "../changes/tracking.js";
import { entityTypeSchemas, type EntityType } from "../model/entities.js";
import type { RawNode, RawRelationship, RawSource } from "./read-graph.js";

/** Stored properties that are bookkeeping or are exported as fields of their own. */
const NOT_PROPERTIES = new Set(["id", "seedHash", "searchText", "origin", "sourceDocuments", "sourceQuotes", "inferred", "because", "createdAt", "modifiedAt"]);

/** The licences (README "Licence"): of the data (the graph, its exports) and of the software. */
export const DATA_LICENSE = { id: "CC0-1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/" } as const;
export const SOFTWARE_LICENSE = { id: "MIT", url: "https://opensource.org/license/mit" } as const;

const EXPORT_FORMAT_VERSION = 1;

/** A Neo4j value as JSON: integers as numbers, temporal values as ISO text, date-times in UTC to the millisecond (as the API prints them). */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (neo4j.isDateTime(v)) return (v as unknown as { toStandardDate(): Date }).toStandardDate().toISOString();
    if (neo4j.isDate(v) || neo4j.isLocalDateTime(v) || neo4j.isTime(v) || neo4j.isLocalTime(v) || neo4j.isDuration(v)) return String(v);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  }
  return value;
}

interface SourceCitation {
  document: string;
  quote: string;
}

function citations(props: Record<string, unknown>): SourceCitation[] {
  const docs = (props.sourceDocuments as string[] | undefined) ?? [];
  const quotes = (props.sourceQuotes as string[] | undefined) ?? [];
  return docs.map((document, i) => ({ document, quote: quotes[i] ?? "" }));
}

function ownProperties(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props)
      .filter(([k]) => !NOT_PROPERTIES.has(k))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, plain(v)]),
  );
}

function provenance(props: Record<string, unknown>) {
  return {
    inferred: props.inferred === true,
    because: (props.because as string | undefined) ?? null,
    sources: citations(props),
    createdAt: plain(props.createdAt) as string | null,
    modifiedAt: plain(props.modifiedAt) as string | null,
  };
}

export interface MetaRecord {
  record: "meta";
  format: "samverkansgrafen-export";
  formatVersion: number;
  graphVersion: string | null;
  modifiedAt: string | null;
  exportedAt: string;
  license: string;
}
export function metaRecord(version: string | null, modifiedAt: string | null): MetaRecord {
  const time = modifiedAt === null ? null : new Date(modifiedAt).toISOString();
  return { record: "meta", format: "samverkansgrafen-export", formatVersion: EXPORT_FORMAT_VERSION, graphVersion: version, modifiedAt: time, exportedAt: new Date().toISOString(), license: DATA_LICENSE.url };
}

export function sourceRecord(raw: RawSource) {
  const p = raw.props;
  return {
    record: "source" as const,
    id: raw.id,
    title: p.title as string,
    kind: p.kind as string,
    date: plain(p.date) as string | null,
    year: plain(p.year) as number | null,
    description: p.description as string,
    url: (p.url as string | undefined) ?? null,
    urlFoundBy: (p.urlFoundBy as string | undefined) ?? null,
    urlFoundOn: plain(p.urlFoundOn) as string | null,
    urlMissing: (p.urlMissing as string | undefined) ?? null,
    publisher: (p.publisher as string | undefined) ?? null,
    publishedOn: plain(p.publishedOn) as string | null,
    file: p.fileSha256
      ? {
          mediaType: p.fileMediaType as string,
          size: plain(p.fileSize) as number,
          sha256: p.fileSha256 as string,
          textLength: plain(p.fileTextLength) as number,
          accessUrl: `/source/${raw.id}`,
        }
      : null,
    createdAt: plain(p.createdAt) as string | null,
    modifiedAt: plain(p.modifiedAt) as string | null,
  };
}

export function nodeRecord(raw: RawNode) {
  return { record: "node" as const, id: raw.id, type: raw.type, ...provenance(raw.props), properties: ownProperties(raw.props) };
}

export function relationshipRecord(raw: RawRelationship) {
  return {
    record: "relationship" as const,
    id: relationshipId(raw.type, raw.from, raw.to),
    type: raw.type,
    from: raw.from,
    to: raw.to,
    ...provenance(raw.props),
    properties: ownProperties(raw.props),
  };
}

// ------------------------------------------------------------------ CSV: one table per type

/** Arrays in a cell: joined with "; " (no seed value contains it). */
function cell(value: unknown): string | number | boolean | null {
  const v = plain(value);
  if (v === null) return null;
  if (Array.isArray(v)) return v.join("; ");
  return v as string | number | boolean;
}

/** Citations in one cell, one per line: `document: quote`. */
function sourcesCell(sources: SourceCitation[]): string {
  return sources.map((s) => `${s.document}: ${s.quote}`).join("\n");
}

/** Properties the writer derives (src/model/date-precision.ts) or keeps beside the model's fields, by type. */
const DERIVED_COLUMNS: Partial<Record<EntityType, string[]>> = { Meeting: ["datePrecision", "sortKey"], Position: ["datePrecision", "sortKey"], Milestone: ["sortKey"] };

/**
 * The columns of a type's table: id, then the type's fields in model order, the derived ones and
 * the aliases' provenance, then provenance: every field the type's NDJSON line can have.
 */
export function nodeColumns(type: EntityType): string[] {
  const fields = Object.keys(entityTypeSchemas[type].shape).filter((f) => !["id", "type", "cite", "inferred", "because"].includes(f));
  const aliasColumns = fields.includes("aliases") ? ["inferredAliases", "inferredAliasReasons"] : [];
  return ["id", ...fields, ...(DERIVED_COLUMNS[type] ?? []), ...aliasColumns, "inferred", "because", "sources", "createdAt", "modifiedAt"];
}

export function nodeRow(raw: RawNode, columns: string[]): Record<string, unknown> {
  const p = provenance(raw.props);
  const row: Record<string, unknown> = {};
  for (const c of columns) {
    if (c === "id") row[c] = raw.id;
    else if (c === "sources") row[c] = sourcesCell(p.sources);
    else if (c === "inferred") row[c] = p.inferred;
    else if (c === "createdAt" || c === "modifiedAt") row[c] = p[c];
    else row[c] = cell(raw.props[c]);
  }
  return row;
}

export const RELATIONSHIP_COLUMNS = ["id", "type", "from", "to", "note", "status", "inferred", "because", "sources", "createdAt", "modifiedAt"];

export function relationshipRow(raw: RawRelationship): Record<string, unknown> {
  const r = relationshipRecord(raw);
  return {
    id: r.id, type: r.type, from: r.from, to: r.to,
    note: cell(raw.props.note), status: cell(raw.props.status),
    inferred: r.inferred, because: r.because, sources: sourcesCell(r.sources), createdAt: r.createdAt, modifiedAt: r.modifiedAt,
  };
}

export const SOURCE_COLUMNS = [
  "id", "title", "kind", "date", "year", "description", "url", "urlFoundBy", "urlFoundOn", "urlMissing", "publisher", "publishedOn",
  "fileMediaType", "fileSize", "fileSha256", "fileTextLength", "fileAccessUrl", "createdAt", "modifiedAt",
];

/** A source's record as one table row: the file's fields flattened with the prefix `file`. */
export function sourceRow(raw: RawSource): Record<string, unknown> {
  const { record: _record, file, ...rest } = sourceRecord(raw);
  return { ...rest, fileMediaType: file?.mediaType, fileSize: file?.size, fileSha256: file?.sha256, fileTextLength: file?.textLength, fileAccessUrl: file?.accessUrl };
}
