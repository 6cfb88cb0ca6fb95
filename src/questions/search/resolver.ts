/**
 * Search: one full-text search across names, aliases, titles, descriptions and decision texts
 * (positions' wording), Swedish-analysed (case-insensitive; å, ä and ö are letters of their own,
 * and fuzzy and prefix variants let "fardplan" find "Färdplan"), ranked by how the text meets the
 * entity's names (ranking.ts) with a relevance floor, with typed results that
 * carry a date and a forum for suggestions.
 */
import { z } from "zod";
import { badInput } from "../shared/errors.js";
import { defineQuestion } from "../shared/define.js";
import { intArg } from "../shared/input.js";
import { QUESTION_LIMITS } from "../../config/limits.js";
import { rankCandidates, stem } from "./ranking.js";
import { ENTITY_TYPES, ref, type EntityRef } from "../shared/refs.js";
import type { SearchResult } from "../../generated/graphql.js";

const FIELD = "search";
const { limit, textMaxLength, maxTerms, candidates } = QUESTION_LIMITS.search;

const searchArgs = z.object({
  text: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, "give a word to search for").max(textMaxLength, `at most ${textMaxLength} characters`)),
  types: z.array(z.enum(ENTITY_TYPES)).nullish().transform((v) => v ?? []),
  limit: intArg(1, limit.max, limit.default),
});

interface Candidate {
  entity: EntityRef;
  names: string[];
  searchText: string | null;
  luceneScore: number;
  date: string | null;
  precision: string | null;
  forum: EntityRef | null;
  text: string | null;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * The Lucene query for a user's text: each word escaped (so nothing the user types is an
 * operator); from three letters also a prefix variant (suggestions while typing); from five
 * letters also a fuzzy variant (one edit up to seven letters, two from eight) of the word and of
 * its stem, so a word typed without å, ä or ö, or with a letter missing and another ending
 * ("Ungdomsmotagningar"), still finds the word. Returns null when the text holds no letter or digit.
 */
export function luceneQuery(text: string): string | null {
  const words = text
    .toLocaleLowerCase("sv")
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return null;
  if (words.length > maxTerms) throw badInput(FIELD, [{ argument: "text", message: `at most ${maxTerms} words` }]);
  return words
    .map((w) => {
      const escaped = escapeLucene(w);
      const plain = /^[\p{L}\p{N}]+$/u.test(w);
      if (!plain || w.length < 3) return escaped;
      const variants = [escaped, `${escaped}*`];
      if (w.length >= 5) {
        const edits = w.length >= 8 ? 2 : 1;
        variants.push(`${escaped}~${edits}`);
        const wordStem = stem(w);
        if (wordStem !== w) variants.push(`${wordStem}~${edits}`);
      }
      return variants.join(" ");
    })
    .join(" ");
}

export const question = defineQuestion("search", FIELD, {
  args: searchArgs,
  // A text of punctuation alone searches for nothing: an empty answer, no database round trip.
  answerWithoutDatabase: (args): SearchResult | undefined => (luceneQuery(args.text) === null ? { text: args.text, types: args.types, hits: [], truncated: false } : undefined),
  params: (args) => ({ query: luceneQuery(args.text), types: args.types, candidates: Math.max(candidates, args.limit * 5) }),
  answer(row: { candidates: Candidate[] }, args): SearchResult {
    const ranked = rankCandidates(
      args.text,
      row.candidates.map((c) => ({ ...c, type: c.entity.type, status: c.entity.status ?? null })),
    );
    return {
      text: args.text,
      types: args.types,
      hits: ranked.slice(0, args.limit).map(({ candidate: c, match, matchedName, score }) => ({
        entity: ref(c.entity),
        score,
        match,
        matchedName,
        text: c.text,
        date: datePart(c.date, c.precision),
        forum: c.forum ? ref(c.forum) : null,
      })),
      truncated: ranked.length > args.limit,
    };
  },
});

/** A date cut to what is known: a month-only milestone is YYYY-MM, a year-only one YYYY. */
function datePart(date: string | null, precision: string | null): string | null {
  if (!date) return null;
  if (precision === "YEAR") return date.slice(0, 4);
  if (precision === "MONTH") return date.slice(0, 7);
  return date;
}
