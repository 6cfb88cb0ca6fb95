/**
 * Search: one full-text search across names, aliases, titles, descriptions and decision texts
 * (positions' wording), read as Swedish (query-units.ts: inflections, compounds, abbreviations,
 * dates, amounts), gathered by a Lucene query (lucene.ts) and ranked by how the text meets each
 * entity (ranking.ts, match.ts) with a relevance floor, with typed results that carry a date, a
 * forum and why each hit matched.
 */
import { z } from "zod";
import { defineQuestion } from "../shared/define.js";
import { intArg } from "../shared/input.js";
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
}

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

/** The candidates ranked for the text, best first (the search's hits before they are cut to the limit). */
export function rankSearchCandidates(text: string, rows: SearchCandidate[]) {
  return rankCandidates(
    parseQuery(text),
    rows.map((c) => ({ ...c, date: datePart(c.date, c.precision), type: c.entity.type, kind: c.entity.kind ?? null, status: c.entity.status ?? null })),
  );
}

export const question = defineQuestion("search", FIELD, {
  args: searchArgs,
  // A text of punctuation alone searches for nothing: an empty answer, no database round trip.
  answerWithoutDatabase: (args): SearchResult | undefined => (queryWords(args.text).length === 0 ? { text: args.text, types: args.types, hits: [], truncated: false } : undefined),
  params: (args) => searchParams(args.text, args.types, args.limit),
  answer(row: { candidates: SearchCandidate[] }, args): SearchResult {
    const ranked = rankSearchCandidates(args.text, row.candidates);
    return {
      text: args.text,
      types: args.types,
      hits: ranked.slice(0, args.limit).map(({ candidate: c, match, matchedName, matched, missing, why, score }) => ({
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
      })),
      truncated: ranked.length > args.limit,
    };
  },
});
