/** Checks that every quoted passage (and every position's wording) occurs in its document. */
import type { SeedProblem } from "./problems.js";
import type { SeedGraph } from "./seed-graph.js";
import { normaliseWhitespace, type SourceTexts } from "./source-texts.js";

export function verifyQuotes(graph: SeedGraph, texts: SourceTexts, problems: SeedProblem[]): void {
  const known = new Set(graph.documents.map((d) => d.id));
  for (const doc of graph.documents) {
    if (texts.raw(doc.id) === undefined) {
      problems.push({ file: doc.seedFile, entry: "document", field: "file", message: `source document '${doc.id}' not found under ${texts.root}` });
    }
  }
  const check = (document: string, quote: string, definedAt: string, what: string) => {
    const [file, line] = definedAt.split(":");
    if (!known.has(document)) {
      problems.push({ file: file!, line: Number(line), entry: what, message: `cites '${document}', which has no seed file with that document` });
      return;
    }
    const text = texts.normalised(document);
    if (text !== undefined && !text.includes(normaliseWhitespace(quote))) {
      problems.push({ file: file!, line: Number(line), entry: what, field: "cite", message: `quote not found in ${document}: "${quote.slice(0, 80)}${quote.length > 80 ? "…" : ""}"` });
    }
  };
  for (const e of graph.entities) {
    for (const c of e.citations) check(c.document, c.quote, e.definedAt, e.id);
    if (e.type === "Position" && typeof e.properties.wording === "string") {
      const wordingFound = e.citations.some((c) => texts.normalised(c.document)?.includes(normaliseWhitespace(e.properties.wording as string)));
      if (!wordingFound) {
        const [file, line] = e.definedAt.split(":");
        problems.push({ file: file!, line: Number(line), entry: e.id, field: "wording", message: "the wording is not verbatim in any document the position cites" });
      }
    }
  }
  for (const r of graph.relations) {
    for (const c of r.citations) check(c.document, c.quote, r.definedAt, `${r.type} ${r.from} -> ${r.to}`);
  }
}
