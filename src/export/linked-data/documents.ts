/**
 * The graph's objects as JSON-LD under the context of context.ts: an entity or a source document
 * as /id/<id> answers it (Accept: application/ld+json), and the export's records (an entity, a
 * relationship as an object linking `from` and `to`, a source document), each with its sources
 * as PROV derivations.
 */
import { DATA_LICENSE, type nodeRecord, type relationshipRecord, type sourceRecord } from "../records.js";
import { idOf, jsonLdContext, sourceAsJsonLd } from "./context.js";

export const JSON_LD = "application/ld+json";

interface Cited {
  sources?: { quote: string; document: string | { id: string } }[];
}

/** /id/<id> of an entity (the EntityById answer, __typename as `type`). */
export function entityAsJsonLd(origin: string, entity: { type: string; id: string } & Cited & Record<string, unknown>) {
  const { type, id, sources = [], url: _self, ...fields } = entity;
  return { ...jsonLdContext(origin), id: idOf(id), type, ...fields, sources: sources.map(sourceAsJsonLd) };
}

/** /id/<id> of a source document (the SourceDocumentById answer). */
export function sourceDocumentAsJsonLd(origin: string, document: { id: string } & Record<string, unknown>) {
  const { id, self: _self, type: _type, ...fields } = document;
  return { ...jsonLdContext(origin), id: idOf(id), type: "SourceDocument", ...fields };
}

type NodeRecord = ReturnType<typeof nodeRecord>;
type RelationshipRecord = ReturnType<typeof relationshipRecord>;
type SourceRecord = ReturnType<typeof sourceRecord>;

export function nodeAsJsonLd(node: NodeRecord) {
  const { record: _record, id, type, sources, properties, ...provenance } = node;
  return { id: idOf(id), type, ...properties, ...provenance, sources: sources.map(sourceAsJsonLd) };
}

export function relationshipAsJsonLd(relationship: RelationshipRecord) {
  // A blank node: a relationship has no address of its own (its export id joins type and ends with "|").
  const { record: _record, id: _id, type, from, to, sources, properties, ...provenance } = relationship;
  return { type: "Relationship", relation: type, from: idOf(from), to: idOf(to), ...properties, ...provenance, sources: sources.map(sourceAsJsonLd) };
}

export function sourceRecordAsJsonLd(source: SourceRecord) {
  const { record: _record, id, ...fields } = source;
  return { id: idOf(id), type: "SourceDocument", ...fields };
}

/** The opening of the export's JSON-LD document, up to the first object of its @graph. */
export function jsonLdExportHead(origin: string, graphVersion: string | null): string {
  const head = { ...jsonLdContext(origin), id: "/export/graph.jsonld", license: DATA_LICENSE.url, graphVersion };
  return JSON.stringify(head).slice(0, -1) + ',"@graph":[\n';
}
