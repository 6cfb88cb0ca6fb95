/**
 * What a statement leaves to the app: it returns small markers in place of citations
 * (src/sources/citation-marker.ts), entity references (src/database/entity-ref-fragment.ts), dated
 * facts (src/database/dated-facts-fragment.ts) and a path's steps (src/database/step-fragment.ts),
 * which keeps the statements small to plan. Converting the answer opens each marker: a step is built
 * at once from the relationship it carries, the others become an empty list or object, and one read
 * of each kind per answer, side by side, then fills them in place. The reads go through the caller's
 * runner, so they happen where the statement did (the same database, or the same transaction).
 */
import neo4j, { type Relationship } from "neo4j-driver";
import { CITATIONS_KEY } from "../../sources/citation-marker.js";
import { fillCitations, type Citation, type CitationDatabase, type PendingCitations } from "../../sources/citations.js";
import { DATED_FACTS_KEY, DATED_FACTS_STATEMENTS } from "../../database/dated-facts-fragment.js";
import { ENTITY_REF_KEY, ENTITY_REFS_STATEMENT, ENTITY_TYPE_KEY } from "../../database/entity-ref-fragment.js";
import { STEP_KEY } from "../../database/step-fragment.js";

/** An object the answer already holds, to be filled in place with what the graph holds for `id`. */
interface PendingObject {
  into: Record<string, unknown>;
  id: string;
  /** An entity's type, when the statement knew it. */
  type?: string;
}

export interface PendingMarkers {
  citations: PendingCitations[];
  datedFacts: PendingObject[];
  entityRefs: PendingObject[];
}

export const noPendingMarkers = (): PendingMarkers => ({ citations: [], datedFacts: [], entityRefs: [] });

/**
 * The value `map` stands for until it is filled, noted in `pending`; undefined when it is no marker.
 * A marker of no node (an OPTIONAL MATCH that found none) stands for null.
 */
export function openMarker(map: Record<string, unknown>, pending: PendingMarkers): unknown {
  const cited = map[CITATIONS_KEY];
  if (cited !== undefined) {
    const [documents, quotes] = cited as [(string | null)[], string[]];
    return pendingCitations(documents, quotes, pending);
  }
  const step = map[STEP_KEY];
  if (step !== undefined) return step === null ? null : openStep(step, map, pending);
  for (const [key, list] of [[ENTITY_REF_KEY, pending.entityRefs], [DATED_FACTS_KEY, pending.datedFacts]] as const) {
    const id = map[key];
    if (id === undefined) continue;
    if (id === null) return null;
    const into: Record<string, unknown> = {};
    const type = map[ENTITY_TYPE_KEY];
    list.push(typeof type === "string" ? { into, id: id as string, type } : { into, id: id as string });
    return into;
  }
  return undefined;
}

function pendingCitations(documents: (string | null)[], quotes: string[], pending: PendingMarkers): Citation[] {
  const into: Citation[] = [];
  pending.citations.push({ into, documents, quotes });
  return into;
}

/** A step of a path, `{relation, from, to, inferred, because, note, sources}`, from the relationship its marker carries. */
function openStep(relationship: unknown, marker: Record<string, unknown>, pending: PendingMarkers): Record<string, unknown> {
  if (!neo4j.isRelationship(relationship)) throw new Error(`analysis: a step marker (${STEP_KEY}) holds no relationship`);
  const { type, properties } = relationship as Relationship;
  const p = properties as { inferred?: boolean; because?: string; note?: string; sourceDocuments?: (string | null)[]; sourceQuotes?: string[] };
  return {
    relation: type,
    from: marker.from ?? null,
    to: marker.to ?? null,
    inferred: p.inferred ?? false,
    because: p.because ?? null,
    note: p.note ?? null,
    sources: pendingCitations(p.sourceDocuments ?? [], p.sourceQuotes ?? [], pending),
  };
}

/** Runs one statement and returns its rows as plain JSON. */
export type RowsReader = (cypher: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/**
 * Fills the objects of `pending` from what `rows` (keyed by id) holds. The markers came from nodes
 * the statement matched: one missing here was deleted between the two reads, and an answer must not
 * pass for complete without it.
 */
function fillObjects(pending: readonly PendingObject[], found: ReadonlyMap<string, Record<string, unknown>>, what: string): void {
  for (const p of pending) {
    const value = found.get(p.id);
    if (!value) throw new Error(`analysis: the ${what} of ${p.id} is gone (the graph changed during the question)`);
    Object.assign(p.into, value);
    if (p.type !== undefined) p.into.type = p.type;
  }
}

const idsOf = (pending: readonly PendingObject[]) => ({ ids: [...new Set(pending.map((p) => p.id))] });

async function fillDatedFacts(read: RowsReader, pending: readonly PendingObject[]): Promise<void> {
  if (pending.length === 0) return;
  const [row] = await read(DATED_FACTS_STATEMENTS.plain, idsOf(pending));
  const families = (row?.docs ?? []) as { root: string }[];
  fillObjects(pending, new Map(families.map((family) => [family.root, family])), "dated facts");
}

async function fillEntityRefs(read: RowsReader, pending: readonly PendingObject[]): Promise<void> {
  if (pending.length === 0) return;
  const rows = await read(ENTITY_REFS_STATEMENT, idsOf(pending));
  const refs = rows.map((row) => row.ref as Record<string, unknown>);
  fillObjects(pending, new Map(refs.map((ref) => [ref.id as string, ref])), "entity");
}

/** Fills what an answer's markers left pending: one read of each kind, side by side. */
export async function fillMarkers(db: CitationDatabase, read: RowsReader, pending: PendingMarkers): Promise<void> {
  await Promise.all([fillDatedFacts(read, pending.datedFacts), fillEntityRefs(read, pending.entityRefs), fillCitations(db, pending.citations)]);
}
