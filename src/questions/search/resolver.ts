/**
 * Search: one full-text search across names, aliases, titles, descriptions and decision texts
 * (positions' wording), read as Swedish (query-units.ts: inflections, compounds, abbreviations,
 * dates, amounts), its candidates gathered from the graph's in-memory subject index (index/, no
 * database round trip) or, on a graph too large for one, by a Lucene query (lucene.ts, query.cypher),
 * the same terms either way; ranked by how the text meets each entity (ranking.ts, match.ts) with a
 * relevance floor, with typed results that carry a date, a forum and why each hit matched.
 */
import { z } from "zod";
import { defineQuestion } from "../shared/define.js";
import { intArg, isoDateArg } from "../shared/input.js";
import { stateOfRaw, stateSummary } from "../shared/document-states.js";
import { today } from "../../time/clock.js";
import type { DocumentStateCode, DocumentStateOn } from "../../time/document-state.js";
import { QUESTION_LIMITS } from "../../config/limits.js";
import { luceneQuery, queryWords, searchTerms } from "./lucene.js";
import { parseQuery, type SearchQuery } from "./query-units.js";
import { subjectIndexOf } from "./index/current.js";
import type { SubjectIndex } from "./index/subject-index.js";
import { rankCandidates } from "./ranking.js";
import type { SearchCandidate } from "./candidate.js";
import { ENTITY_TYPES, ref } from "../shared/refs.js";
import type { SearchResult } from "../../generated/graphql.js";

const FIELD = "search";
const { limit, textMaxLength, maxTerms, candidates } = QUESTION_LIMITS.search;

const searchArgs = z.object({
  text: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, "give a word to search for").max(textMaxLength, `at most ${textMaxLength} characters`))
    .refine((s) => queryWords(s).length <= maxTerms, `at most ${maxTerms} words`),
  types: z.array(z.enum(ENTITY_TYPES)).nullish().transform((v) => v ?? []),
  limit: intArg(1, limit.max, limit.default),
  // Optional in the parsed arguments too: callers inside the service (the reader) ask for today.
  asOf: isoDateArg.nullish(),
});

export type { SearchCandidate };

/**
 * A document's state on the date as the status the ranking weighs: in force, not yet or no longer
 * the version in use (drafts, proposals, failed and replaced versions), or neutral. An ended
 * document is neutral: it is still the thing its name names (asked for by name, it must not fall
 * below a project about it), only not first among the documents in force.
 */
const RANKED_AS: Record<DocumentStateCode, string | null> = {
  IN_FORCE: "IN_FORCE",
  IN_FORCE_BY_RENEWAL: "IN_FORCE",
  EXTENDED: "IN_FORCE",
  EXTENSION_ENDORSED: null,
  NOT_YET_IN_FORCE: "DRAFT",
  PROPOSED: "PROPOSED",
  ON_REFERRAL: "ON_REFERRAL",
  ENDORSED: "ENDORSED",
  NOT_ADOPTED: "EXPIRED",
  ENDED: null,
  REPLACED: "REPLACED",
  UNKNOWN: null,
};

/** A date cut to what is known: a month-only milestone is YYYY-MM, a year-only one YYYY. */
export function datePart(date: string | null, precision: string | null): string | null {
  if (!date) return null;
  if (precision === "YEAR") return date.slice(0, 4);
  if (precision === "MONTH") return date.slice(0, 7);
  return date;
}

/** How many candidates are gathered (of every type) for `wanted` hits. */
export const candidateCount = (wanted: number): number => Math.max(candidates, wanted * 5);

/** The statement's parameters for a text: the Lucene query, the types to keep, how many candidates. */
export function searchParams(text: string, types: readonly string[], wanted: number): { query: string | null; types: readonly string[]; candidates: number } {
  return { query: luceneQuery(parseQuery(text)), types, candidates: candidateCount(wanted) };
}

/**
 * The candidates of a read text from the subject index, as the statement gathers them: the best
 * `count` of every type, then those of the types asked (empty: all).
 */
export function indexedCandidates(index: SubjectIndex, query: SearchQuery, types: readonly string[], count: number): SearchCandidate[] {
  const gathered = index.gather(searchTerms(query), count);
  return types.length ? gathered.filter((c) => types.includes(c.entity.type)) : gathered;
}

/**
 * The candidates as ranking weighs them: a governing document by its state on `asOf` (its derived
 * state, not the status a source once stated), so what is in force on that date ranks first.
 */
export function rankableCandidates(rows: SearchCandidate[], asOf: string) {
  return rows.map((c) => {
    const state: DocumentStateOn | null = c.facts ? stateOfRaw(c.facts, asOf) : null;
    return { ...c, state, date: datePart(c.date, c.precision), type: c.entity.type, kind: c.entity.kind ?? null, status: state ? RANKED_AS[state.state] : (c.entity.status ?? null) };
  });
}

export type RankableCandidate = ReturnType<typeof rankableCandidates>[number];

/** The candidates ranked for the text, best first (the search's hits before they are cut to the limit). */
export function rankSearchCandidates(text: string, rows: SearchCandidate[], asOf: string) {
  return rankCandidates(parseQuery(text), rankableCandidates(rows, asOf));
}

/** The first `limit` of the ranked candidates as the answer's hits. */
export function searchHits(ranked: ReturnType<typeof rankCandidates<RankableCandidate>>, limit: number): Pick<SearchResult, "hits" | "truncated"> {
  return {
    hits: ranked.slice(0, limit).map(({ candidate: c, match, matchedName, matched, missing, why, score }) => ({
      entity: ref(c.entity),
      score,
      match,
      matchedName,
      matched,
      missing,
      why,
      text: c.text,
      date: c.date,
      forum: c.forum ? ref(c.forum) : null,
      state: c.state ? stateSummary(c.state) : null,
    })),
    truncated: ranked.length > limit,
  };
}

export const question = defineQuestion("search", FIELD, {
  args: searchArgs,
  // A text of punctuation alone searches for nothing: an empty answer, no database round trip.
  answerWithoutDatabase: (args): SearchResult | undefined => (queryWords(args.text).length === 0 ? { text: args.text, types: args.types, asOf: args.asOf ?? today(), hits: [], truncated: false } : undefined),
  // The graph's subject index, where it has one (a graph within SEARCH_INDEX_LIMITS): no statement.
  async answerFromMemory(db, args): Promise<SearchResult | undefined> {
    const index = await subjectIndexOf(db);
    if (!index) return undefined;
    const asOf = args.asOf ?? today();
    const query = parseQuery(args.text);
    const rows = rankableCandidates(indexedCandidates(index, query, args.types, candidateCount(args.limit)), asOf);
    return { text: args.text, types: args.types, asOf, ...searchHits(rankCandidates(query, rows), args.limit) };
  },
  params: (args) => searchParams(args.text, args.types, args.limit),
  answer(row: { candidates: SearchCandidate[] }, args): SearchResult {
    const asOf = args.asOf ?? today();
    return { text: args.text, types: args.types, asOf, ...searchHits(rankSearchCandidates(args.text, row.candidates, asOf), args.limit) };
  },
});
