/**
 * Search: one full-text search across names, aliases, titles, descriptions and decision texts
 * (positions' wording), read as Swedish (query-units.ts: inflections, compounds, abbreviations,
 * dates, amounts), gathered by a Lucene query (lucene.ts) and ranked by how the text meets each
 * entity (ranking.ts, match.ts) with a relevance floor, with typed results that carry a date, a
 * forum and why each hit matched.
 */
import { z } from "zod";
import { defineQuestion } from "../shared/define.js";
import { intArg, isoDateArg } from "../shared/input.js";
import { stateOfRaw, stateSummary } from "../shared/document-states.js";
import { today } from "../../time/clock.js";
import type { RawFamily } from "../../time/document-facts.js";
import type { DocumentStateCode, DocumentStateOn } from "../../time/document-state.js";
import { QUESTION_LIMITS } from "../../config/limits.js";
import { luceneQuery, queryWords } from "./lucene.js";
import { parseQuery } from "./query-units.js";
import { rankCandidates } from "./ranking.js";
import { ENTITY_TYPES, ref, type EntityRef } from "../shared/refs.js";
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

/** A candidate as the statement gives it. */
export interface SearchCandidate {
  entity: EntityRef;
  names: string[];
  searchText: string | null;
  luceneScore: number;
  date: string | null;
  precision: string | null;
  amount: number | null;
  forum: EntityRef | null;
  text: string | null;
  /** A governing document's dated facts (null for other types). */
  facts?: RawFamily | null;
}

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

/** The statement's parameters for a text: the Lucene query, the types to keep, how many candidates. */
export function searchParams(text: string, types: readonly string[], wanted: number): { query: string | null; types: readonly string[]; candidates: number } {
  return { query: luceneQuery(parseQuery(text)), types, candidates: Math.max(candidates, wanted * 5) };
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
  params: (args) => searchParams(args.text, args.types, args.limit),
  answer(row: { candidates: SearchCandidate[] }, args): SearchResult {
    const asOf = args.asOf ?? today();
    return { text: args.text, types: args.types, asOf, ...searchHits(rankSearchCandidates(args.text, row.candidates, asOf), args.limit) };
  },
});
