/**
 * An agreement's signing rule, part by part, as the documents state it: whether every party must
 * sign, how many have approved and how many returned it, and what happens if not all sign. Each
 * part is its own fact: its words (verbatim from its quote), its numbers, and its quotes, so an
 * answer can show each part with the passage it rests on. The seed entry's shape is
 * `signing` on GoverningDocument (entities.ts); the rules its fields follow are here.
 */
import type { z } from "zod";
import type { SigningTermKind } from "./vocabulary.js";

type Kind = z.infer<typeof SigningTermKind>;

const COUNTED: ReadonlySet<Kind> = new Set(["APPROVED", "RETURNED"]);

/** The count belongs to APPROVED and RETURNED (and must be there), `of` only to APPROVED. */
export function signingTermProblems(t: { kind: Kind; count?: number; of?: number }): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (COUNTED.has(t.kind) && t.count === undefined) problems.push({ path: "count", message: `a ${t.kind} part says how many parties (count)` });
  if (!COUNTED.has(t.kind) && t.count !== undefined) problems.push({ path: "count", message: `a ${t.kind} part has no count` });
  if (t.of !== undefined && t.kind !== "APPROVED") problems.push({ path: "of", message: "only an APPROVED part says of how many (of)" });
  return problems;
}

/** A part as it is stored on the document (as JSON text: Neo4j properties hold no maps), its citations resolved. */
export interface SigningTermFact {
  kind: Kind;
  count?: number;
  of?: number;
  wording: string;
  asOf?: string;
  inferred: boolean;
  because?: string;
  citations: { document: string; quote: string }[];
}
