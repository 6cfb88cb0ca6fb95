/**
 * The parts of an agreement's signing rule (a GoverningDocument's `signing`) as the seed graph
 * keeps them: each part's citations resolved to their documents, its wording checked to be in one
 * of its quotes, and its numbers checked to be written in them. The quotes themselves are verified
 * against the documents with the entity's other citations.
 */
import type { SigningTermFact } from "../model/signing.js";
import { normaliseWhitespace } from "./source-texts.js";

interface SigningTermEntry {
  kind: SigningTermFact["kind"];
  count?: number;
  of?: number;
  wording: string;
  asOf?: string;
  inferred?: boolean;
  because?: string;
  cite: (string | { document: string; quote: string })[];
}

const written = (n: number, quotes: string[]) => quotes.some((q) => new RegExp(`(?<!\\d)${n}(?!\\d)`).test(q));

export function signingFactsOf(entries: readonly SigningTermEntry[], document: string, problem: (field: string, message: string) => void): SigningTermFact[] {
  return entries.map((t, i) => {
    const citations = t.cite.map((c) => (typeof c === "string" ? { document, quote: c } : c));
    const quotes = citations.map((c) => normaliseWhitespace(c.quote));
    const field = `signing.${i}`;
    if (!quotes.some((q) => q.includes(normaliseWhitespace(t.wording)))) problem(`${field}.wording`, `the wording of the ${t.kind} part is not verbatim in its quotes`);
    for (const [key, n] of [["count", t.count], ["of", t.of]] as const) {
      if (n !== undefined && !written(n, quotes)) problem(`${field}.${key}`, `${key} ${n} of the ${t.kind} part is written in none of its quotes`);
    }
    if (t.inferred && !t.because) problem(`${field}.because`, "an inferred part must say why it follows ('because')");
    if (t.because && !t.inferred) problem(`${field}.inferred`, "'because' is only for inferred parts; set inferred: true");
    return {
      kind: t.kind,
      ...(t.count !== undefined ? { count: t.count } : {}),
      ...(t.of !== undefined ? { of: t.of } : {}),
      wording: t.wording,
      ...(t.asOf ? { asOf: t.asOf } : {}),
      inferred: t.inferred ?? false,
      ...(t.because ? { because: t.because } : {}),
      citations,
    };
  });
}
