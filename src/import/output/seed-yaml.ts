/**
 * Proposal → seed file text in the `seeds/documents/` format. New (and ambiguous) entities are
 * full definitions; known and conflicting ones are mentions that add this document's quotes.
 * The header comment lists what a reviewer must decide. Deterministic: the same proposal gives
 * the same bytes.
 */
import { Document } from "yaml";
import type { Proposal } from "../propose/proposal-schema.js";

/**
 * What a reviewer must decide, one line each: every uncertain resolution (ambiguous, refines,
 * conflicting), every inferred entity and relation, incomplete facts, questions and what could
 * not be read.
 */
export function reviewLines(p: Proposal): string[] {
  const review: string[] = [];
  const one = (s: string) => s.replace(/\s+/g, " ");
  for (const e of p.entities) {
    if (e.status === "ambiguous") review.push(` - ${e.id}: tvetydig, kandidater ${e.candidates?.map((c) => c.id).join(", ")} (sammanfogas inte på en gissning)`);
    if (e.status === "conflicting") review.push(` - ${e.id}: skiljer sig från grafen i ${e.conflicts?.map((c) => `${c.field} (grafen ${JSON.stringify(c.graph)}, dokumentet ${JSON.stringify(c.document)})`).join(", ")}`);
    if (e.status === "refines") review.push(` - ${e.id}: förfinar grafen: ${e.refines?.map((c) => `${c.field} ${JSON.stringify(c.document)} (grafen ${c.graph === null ? "saknar" : JSON.stringify(c.graph)})`).join(", ")}; ändra ägarfilen`);
    if (e.inferred) review.push(` - ${e.id}: härlett: ${one(e.because ?? "")}`);
    if (e.incomplete) review.push(` - ${e.id}: ofullständig, sidan tar slut här`);
  }
  for (const r of p.relations) if (r.inferred) review.push(` - ${r.type} ${r.from} → ${r.to}: härlett: ${one(r.because ?? "")}`);
  for (const q of p.questions) review.push(` - rad ${q.line}: fråga: ${one(q.text).slice(0, 80)}: ${one(q.because)}`);
  for (const u of p.unresolved) review.push(` - rad ${u.line}: ${u.reason}: ${one(u.text).slice(0, 80)}`);
  return review;
}

export function seedYaml(p: Proposal): string {
  const documentHeader: Record<string, unknown> = { file: p.document.file, title: p.document.title, kind: p.document.kind };
  if (p.document.date) documentHeader.date = p.document.date;
  else if (p.document.year) documentHeader.year = p.document.year;
  documentHeader.description = p.document.description;
  // Only what the proposal read (--url, the corpus header, a "Publicerad" line): never guessed.
  if (p.document.url && /^https?:\/\//.test(p.document.url)) documentHeader.url = p.document.url;
  if (p.document.publisher) documentHeader.publisher = p.document.publisher;
  if (p.document.publishedOn) documentHeader.publishedOn = p.document.publishedOn;

  const entities = p.entities.map((e) => {
    const provenance = { cite: e.quotes, ...(e.inferred ? { inferred: true, because: e.because } : {}) };
    if (e.status === "known" || e.status === "conflicting" || e.status === "refines") return { id: e.id, ...provenance };
    return { id: e.id, type: e.type, ...e.fields, ...provenance };
  });
  const relations = p.relations.map((r) => ({ type: r.type, from: r.from, to: r.to, cite: r.quotes, ...(r.inferred ? { inferred: true, because: r.because } : {}) }));

  const doc = new Document({ document: documentHeader, entities, relations });
  const review = reviewLines(p);
  doc.commentBefore = [
    ` Utkast skapat av importen (npm run import) från ${p.document.input.split("/").at(-1)}; granska innan det checkas in.`,
    ...(review.length ? [" Att granska:", ...review] : []),
  ].join("\n");
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}
