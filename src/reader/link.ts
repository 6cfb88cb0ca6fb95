/**
 * Entity linking: the words of a question's subject to the graph's entities, through the search
 * question (src/questions/search/), so that names, short forms, inflections, compounds,
 * abbreviations, typing errors, dates and amounts are read the same way as in the search box.
 */
import type { AnalysisDatabase } from "../questions/shared/run.js";
import { question as search } from "../questions/search/resolver.js";
import type { SearchMatch } from "../generated/graphql.js";
import type { LinkedEntity } from "./interpretation.js";

export interface LinkHit {
  entity: LinkedEntity;
  match: SearchMatch;
  score: number;
  /** The parts of the text that met nothing. */
  missing: string[];
}

/** Finds the entities a text names, best first (at most `limit`), among the given entity types (all when empty). */
export type Linker = (text: string, types: readonly string[], limit: number) => Promise<LinkHit[]>;

/** How surely a hit is the entity the text names, by how it matched. */
export const MATCH_CONFIDENCE: Record<SearchMatch, number> = { EXACT: 1, PREFIX: 0.92, WORDS: 0.9, FUZZY: 0.8, TEXT: 0.6, PARTIAL: 0.4 };

/** A linker over the graph through the search question; one text is searched once per linker. */
export function searchLinker(db: AnalysisDatabase): Linker {
  const seen = new Map<string, Promise<LinkHit[]>>();
  return (text, types, limit) => {
    const key = `${types.join(",")}|${limit}|${text}`;
    let found = seen.get(key);
    if (!found) {
      found = search.run(db, { text, types: [...types] as never, limit }).then((result) =>
        result.hits.map((h) => ({
          entity: { id: h.entity.id, name: h.entity.name, type: h.entity.type, date: h.date ?? null },
          match: h.match,
          score: h.score,
          missing: h.missing,
        })),
      );
      seen.set(key, found);
    }
    return found;
  };
}
