/**
 * Governing documents' states on a date: their dated facts read by DATED_FACTS_STATEMENTS
 * (src/database/dated-facts-fragment.ts), the state derived in TypeScript
 * (src/time/document-state.ts), and shaped as the API's DocumentStateOn / DocumentStateSummary.
 */
import { lastDay, type PartialDate } from "../../time/calendar.js";
import { documentFacts, type RawFamily } from "../../time/document-facts.js";
import { documentStateOn, type DocumentStateOn as DerivedState } from "../../time/document-state.js";
import type { DocumentStateOn, DocumentStateSummary, PartialDate as ApiPartialDate, Source, StateFact } from "../../generated/graphql.js";
import { runAnalysis, type AnalysisDatabase } from "./run.js";
import { DATED_FACTS_STATEMENTS } from "../../database/dated-facts-fragment.js";

export const apiDate = (d: PartialDate | null): ApiPartialDate | null => (d ? { date: d.date, precision: d.precision, lastDay: lastDay(d) } : null);

function uniqueSources(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.document.id}\n${s.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function stateAnswer(s: DerivedState): DocumentStateOn {
  const facts: StateFact[] = s.facts.map((f) => ({ kind: f.kind, date: apiDate(f.date), endDate: f.endDate, text: f.text, entityId: f.entityId, inferred: f.inferred, sources: f.sources as Source[] }));
  return { date: s.date, state: s.state, certainty: s.certainty, since: apiDate(s.since), until: apiDate(s.until), explanation: s.explanation, sources: uniqueSources(facts.flatMap((f) => f.sources)), facts };
}

export function stateSummary(s: DerivedState): DocumentStateSummary {
  return { state: s.state, certainty: s.certainty, since: apiDate(s.since), until: apiDate(s.until), explanation: s.explanation };
}

/** The state on `date` of a document whose dated facts are `family`. */
export const stateOfRaw = (family: RawFamily, date: string): DerivedState => documentStateOn(documentFacts(family), date);

/** The statements this module runs, with parameters of the right types (for the warm-up). */
export const DOCUMENT_STATE_STATEMENTS = [DATED_FACTS_STATEMENTS.sourced, DATED_FACTS_STATEMENTS.plain].map((cypher) => ({ cypher, params: { ids: ["doc:hos-avtal"] } }));

/** The dated facts of documents by id (documents that do not exist are left out). */
export async function documentFamilies(db: AnalysisDatabase, ids: readonly string[], sourced = false): Promise<Map<string, RawFamily>> {
  if (ids.length === 0) return new Map();
  const row = await runAnalysis<{ docs: RawFamily[] }>(db, "document-states", sourced ? DATED_FACTS_STATEMENTS.sourced : DATED_FACTS_STATEMENTS.plain, { ids: [...new Set(ids)] });
  return new Map(row.docs.map((family) => [family.root, family]));
}

/** The states of documents by id, on a date (documents that do not exist are left out). */
export async function documentStates(db: AnalysisDatabase, ids: readonly string[], date: string, sourced = false): Promise<Map<string, DerivedState>> {
  const families = await documentFamilies(db, ids, sourced);
  return new Map([...families].map(([id, family]) => [id, stateOfRaw(family, date)]));
}
