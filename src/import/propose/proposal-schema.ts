/**
 * The proposal: what `--json` prints and what the seed writer and the printer read. Other tools
 * read this shape; docs/importer.md describes it and points here.
 */
import { z } from "zod";

/** new: not in the graph; known: an existing id; ambiguous: asked, never merged; conflicting: a field differs from the graph; refines: an existing id that the document makes more precise (a day for a month, a missing time or validity). */
export const FactStatus = z.enum(["new", "known", "ambiguous", "conflicting", "refines"]);

const candidate = z.object({ id: z.string(), name: z.string() });
const conflict = z.object({ field: z.string(), graph: z.unknown(), document: z.unknown() });

export const proposedEntity = z.object({
  id: z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/),
  type: z.string(),
  status: FactStatus,
  /** The entity's fields in the seed format (name, kind, dates, ...). */
  fields: z.record(z.string(), z.unknown()),
  /** Verbatim passages of the document. */
  quotes: z.array(z.string().min(3)).min(1),
  inferred: z.boolean(),
  because: z.string().optional(),
  /** ambiguous: the graph entities it might be (never merged on a guess). */
  candidates: z.array(candidate).optional(),
  /** conflicting: the fields that differ from the graph. */
  conflicts: z.array(conflict).optional(),
  /** refines: the fields the document adds to or makes more precise than the graph (graph value, or none). */
  refines: z.array(conflict).optional(),
  /** The page ends inside this fact: it may be cut off. */
  incomplete: z.boolean().optional(),
  /** What the document says that the seed format has no field for (a role, a title). */
  notes: z.array(z.string()).optional(),
});

export const proposedRelation = z.object({
  type: z.string(),
  from: z.string(),
  to: z.string(),
  status: z.enum(["new", "known"]),
  quotes: z.array(z.string().min(3)).min(1),
  inferred: z.boolean(),
  because: z.string().optional(),
});

export const proposal = z.object({
  document: z.object({
    /** Source file name in SOURCES_DIR/seeds: NNN_<16 hex of the SHA-256 of the normalised text>.txt */
    file: z.string(),
    seedFile: z.string(),
    input: z.string(),
    format: z.enum(["txt", "html", "pdf"]),
    encoding: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    shape: z.enum(["meeting-notes", "meeting-summary", "decision", "organisation", "schedule", "page"]),
    title: z.string(),
    kind: z.string(),
    date: z.string().optional(),
    year: z.number().optional(),
    url: z.string().optional(),
    publisher: z.string().optional(),
    publishedOn: z.string().optional(),
    description: z.string(),
  }),
  entities: z.array(proposedEntity),
  relations: z.array(proposedRelation),
  /** Amounts and dates mentioned, with their passages (facts the seed format has no place for stay here). */
  amounts: z.array(z.object({ text: z.string(), value: z.number(), unit: z.enum(["SEK", "PERCENT"]), quote: z.string() })),
  /** `because` says where a year the date does not give came from (the page's own date line or address). */
  dates: z.array(z.object({ text: z.string(), value: z.string(), precision: z.string(), endValue: z.string().optional(), yearFromContext: z.boolean().optional(), because: z.string().optional(), quote: z.string() })),
  medskick: z.array(z.string()),
  /** Mentions the importer asks about instead of linking: a name found only inside a longer word, an agreement whose version the page does not settle. */
  questions: z.array(z.object({ line: z.number(), text: z.string(), candidates: z.array(candidate), because: z.string() })),
  /** What the importer could not read, by line. */
  unresolved: z.array(z.object({ line: z.number(), text: z.string(), reason: z.string() })),
  warnings: z.array(z.string()),
});

export type Proposal = z.infer<typeof proposal>;
export type ProposedEntity = z.infer<typeof proposedEntity>;
export type ProposedRelation = z.infer<typeof proposedRelation>;
