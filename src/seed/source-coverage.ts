/**
 * How much of each source document the graph cites. A passage is a non-empty line of the
 * document (table rows and bullets are lines too); it counts as cited when citations cover at
 * least half of its letters and digits.
 */
import type { SeedGraph } from "./seed-graph.js";
import { normaliseWhitespace, type SourceTexts } from "./source-texts.js";

export interface DocumentCoverage {
  document: string;
  passages: number;
  citedPassages: number;
  /** Share of the document's letters and digits inside some citation. */
  characterShare: number;
  uncited: string[];
}

const MEANINGFUL = /[\p{L}\p{N}]/u;

export function documentCoverage(document: string, text: string, quotes: string[]): DocumentCoverage {
  const normalised = normaliseWhitespace(text);
  const covered = new Uint8Array(normalised.length);
  for (const quote of quotes) {
    const q = normaliseWhitespace(quote);
    if (!q) continue;
    // Every occurrence: a quote supports the fact wherever the same words stand.
    for (let at = normalised.indexOf(q); at !== -1; at = normalised.indexOf(q, at + 1)) covered.fill(1, at, at + q.length);
  }
  let meaningful = 0;
  let meaningfulCovered = 0;
  for (let i = 0; i < normalised.length; i++) {
    if (!MEANINGFUL.test(normalised[i]!)) continue;
    meaningful++;
    meaningfulCovered += covered[i]!;
  }
  // Map each line to its span in the normalised text, in order.
  let cursor = 0;
  let passages = 0;
  let citedPassages = 0;
  const uncited: string[] = [];
  for (const line of text.split("\n")) {
    const passage = normaliseWhitespace(line);
    if (!MEANINGFUL.test(passage)) continue;
    const at = normalised.indexOf(passage, cursor);
    if (at === -1) continue;
    cursor = at + passage.length;
    let letters = 0;
    let hit = 0;
    for (let i = at; i < at + passage.length; i++) {
      if (!MEANINGFUL.test(normalised[i]!)) continue;
      letters++;
      hit += covered[i]!;
    }
    passages++;
    if (hit * 2 >= letters) citedPassages++;
    else uncited.push(passage);
  }
  return { document, passages, citedPassages, characterShare: meaningful ? meaningfulCovered / meaningful : 0, uncited };
}

export function sourceCoverage(graph: SeedGraph, texts: SourceTexts): DocumentCoverage[] {
  const quotesByDocument = new Map<string, string[]>();
  const add = (document: string, quote: string) => quotesByDocument.set(document, [...(quotesByDocument.get(document) ?? []), quote]);
  for (const fact of [...graph.entities, ...graph.relations]) for (const c of fact.citations) add(c.document, c.quote);
  return graph.documents
    .map((d) => ({ id: d.id, text: texts.raw(d.id) }))
    .filter((d): d is { id: string; text: string } => d.text !== undefined)
    .map((d) => documentCoverage(d.id, d.text, quotesByDocument.get(d.id) ?? []));
}
