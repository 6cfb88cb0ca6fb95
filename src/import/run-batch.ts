/**
 * Many pages at once: each page is read and parsed, given its own place (number and file
 * names), then proposed in order against the graph *and what the earlier pages of the batch
 * propose*, so an entity new on three pages is one new entity, defined in the first page's seed
 * file and mentioned in the others. The batch resolves against the graph without its own earlier
 * drafts, so running it again writes the same bytes. With --write every accepted page's files
 * are written together (temporary names, then renames); a refused page is listed, not written.
 */
import { ImportError } from "./errors.js";
import { placeDocument, writeImport, type Placement } from "./output/write-files.js";
import type { Proposal } from "./propose/proposal-schema.js";
import { loadGraphIndexCached } from "./resolve/graph-cache.js";
import type { EntityType } from "../model/entities.js";
import type { RelationType } from "../model/relations.js";
import { indexGraph, type GraphIndex } from "./resolve/graph-index.js";
import { prepareDocument, proposeDocument, type ImportOptions, type PreparedDocument } from "./run-import.js";

export interface BatchPage {
  input: string;
  place: Placement;
  proposal: Proposal;
  yaml: string;
  text: string;
}

export interface BatchResult {
  pages: BatchPage[];
  refused: { input: string; reason: string }[];
  /** Ids defined by a page of this batch → that page's seed file. */
  definedIn: Map<string, string>;
  written: string[];
}

export async function importBatch(paths: string[], options: ImportOptions): Promise<BatchResult> {
  const refused: BatchResult["refused"] = [];
  const prepared: PreparedDocument[] = [];
  for (const path of paths) {
    try {
      const doc = await prepareDocument(path, options);
      const twin = prepared.find((d) => d.sha256 === doc.sha256);
      if (twin) refused.push({ input: path, reason: `samma text som ${twin.path} (duplicate)` });
      else prepared.push(doc);
    } catch (err) {
      if (!(err instanceof ImportError)) throw err;
      refused.push({ input: path, reason: err.reason });
    }
  }
  // The batch's own earlier drafts (same text imported before) are left out of the graph it resolves against.
  const earlier = prepared.map((doc) => placeDocument(doc.sha256, doc.parsed.title, options.seedDir, options.sourcesDir).sourceFile);
  let index: GraphIndex = options.index ?? loadGraphIndexCached(options.seedDir, earlier);
  const pages: BatchPage[] = [];
  const definedIn = new Map<string, string>();
  const reserved: number[] = [];
  for (const doc of prepared) {
    // Numbers go to accepted pages only, in order: a refused page leaves no gap.
    const place = placeDocument(doc.sha256, doc.parsed.title, options.seedDir, options.sourcesDir, reserved);
    try {
      const { proposal, yaml } = proposeDocument(doc, index, place, new Set(definedIn.keys()));
      for (const e of proposal.entities) {
        const first = definedIn.get(e.id);
        if (first && e.status === "known") e.notes = [...new Set([...(e.notes ?? []), `definieras i ${first} i samma import`])];
      }
      for (const e of proposal.entities) if ((e.status === "new" || e.status === "ambiguous") && !definedIn.has(e.id)) definedIn.set(e.id, place.seedFile);
      index = extendIndex(index, proposal, { id: place.sourceFile, title: doc.parsed.title, kind: proposal.document.kind, date: proposal.document.date, seedFile: place.seedFile });
      reserved.push(Number(place.sourceFile.slice(0, 3)));
      pages.push({ input: doc.path, place, proposal, yaml, text: doc.text });
    } catch (err) {
      if (!(err instanceof ImportError)) throw err;
      refused.push({ input: doc.path, reason: err.reason });
    }
  }
  const written = options.write ? writeImport(pages.map((p) => ({ place: p.place, text: p.text, yaml: p.yaml })), options.seedDir, options.sourcesDir) : [];
  return { pages, refused, definedIn, written };
}

/**
 * The index with a proposal's own definitions added (its new and ambiguous entities and its new
 * relations), as if its seed file were in the graph: the next page of a batch resolves against it.
 */
function extendIndex(index: GraphIndex, p: Proposal, document: { id: string; title: string; kind: string; date?: string; seedFile: string }): GraphIndex {
  const cite = (quotes: string[]) => quotes.map((quote) => ({ document: document.id, quote }));
  const entities = p.entities
    .filter((e) => (e.status === "new" || e.status === "ambiguous") && !index.byId.has(e.id))
    .map((e) => ({ id: e.id, type: e.type as EntityType, properties: { ...e.fields }, citations: cite(e.quotes), inferred: e.inferred, ...(e.because ? { because: e.because } : {}), definedAt: document.seedFile }));
  const ids = new Set([...index.byId.keys(), ...entities.map((e) => e.id)]);
  const relations = p.relations
    .filter((r) => r.status === "new" && ids.has(r.from) && ids.has(r.to))
    .map((r) => ({ type: r.type as RelationType, from: r.from, to: r.to, properties: {}, citations: cite(r.quotes), inferred: r.inferred, ...(r.because ? { because: r.because } : {}), definedAt: document.seedFile }));
  return indexGraph({
    documents: [...index.graph.documents, { id: document.id, title: document.title, kind: document.kind, description: "", seedFile: document.seedFile, ...(document.date ? { date: document.date } : {}) }],
    entities: [...index.graph.entities, ...entities],
    relations: [...index.graph.relations, ...relations],
  });
}
