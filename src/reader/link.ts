/**
 * Entity linking: the words of a question's subject to the graph's entities, through the search
 * question (src/questions/search/), so that names, short forms, inflections, compounds,
 * abbreviations, typing errors, dates and amounts are read the same way as in the search box.
 */
import type { AnalysisDatabase } from "../questions/shared/run.js";
import { question as search } from "../questions/search/resolver.js";
import { searchMany } from "../questions/search/many.js";
import type { SearchMatch, SearchResult } from "../generated/graphql.js";
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

export interface LinkRequest {
  text: string;
  types: readonly string[];
  limit: number;
}

/** Fetches the links of several texts at once (at most one database round trip), so that the linker's later calls for them need none. */
export type Prefetch = (requests: readonly LinkRequest[]) => Promise<void>;

const requestKey = (r: LinkRequest) => `${r.types.join(",")}|${r.limit}|${r.text}`;

const linkHitOf = (h: SearchResult["hits"][number]): LinkHit => ({
  entity: { id: h.entity.id, name: h.entity.name, type: h.entity.type, date: h.date ?? null },
  match: h.match,
  score: h.score,
  missing: h.missing,
});

/**
 * A linker over the graph through the search question, and its prefetch: one text is searched
 * once per linker (one linker reads one question), and the texts of a question's candidate
 * readings are searched together (src/questions/search/many.ts): from the search's in-memory
 * subject index, or in one statement on a graph too large for it.
 */
export function searchLinker(db: AnalysisDatabase): { link: Linker; prefetch: Prefetch } {
  const seen = new Map<string, Promise<LinkHit[]>>();
  const link: Linker = (text, types, limit) => {
    const key = requestKey({ text, types, limit });
    let found = seen.get(key);
    if (!found) {
      found = search.run(db, { text, types: [...types] as never, limit }).then((result) => result.hits.map(linkHitOf));
      seen.set(key, found);
    }
    return found;
  };
  const prefetch: Prefetch = async (requests) => {
    const wanted = [...new Map(requests.map((r) => [requestKey(r), r])).entries()].filter(([key]) => !seen.has(key));
    if (wanted.length === 0) return;
    const all = searchMany(db, wanted.map(([, r]) => r));
    wanted.forEach(([key], i) => {
      const found = all.then((hits) => hits[i]!.map(linkHitOf));
      // A failed fetch fails the prefetch (awaited below); a text no reading asks for afterwards must not be an unhandled rejection.
      found.catch(() => undefined);
      seen.set(key, found);
    });
    await all;
  };
  return { link, prefetch };
}
