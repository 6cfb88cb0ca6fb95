/** Shared set-up for the analyst-query tests: one real HTTP server per file on the seeded test database. */
export { SOURCE_DOCUMENTS as DOC, useTestApi as useAnalysisApi } from "../../support/test-api.js";

export const SOURCES = "sources { quote document { id title kind date } }";
export const STEP = `relation meaning from { id type name } to { id type name } inferred because note ${SOURCES}`;

export interface Step {
  relation: string;
  meaning: string;
  from: { id: string; type: string; name: string };
  to: { id: string; type: string; name: string };
  inferred: boolean;
  because: string | null;
  note: string | null;
  sources: { quote: string; document: { id: string; title: string; kind: string; date: string | null } }[];
}

/** "PART_OF doc:a -> doc:b" for compact assertions on paths. */
export const arrow = (s: Step) => `${s.relation} ${s.from.id} -> ${s.to.id}`;
