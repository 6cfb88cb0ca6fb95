/**
 * 6. Search: one full-text search across names, aliases, titles, descriptions and decision texts
 * (positions' wording), Swedish-analysed (case-insensitive; å, ä and ö are letters of their own,
 * and a fuzzy variant of longer words lets "fardplan" find "Färdplan"), ranked, with typed results.
 * Cypher: cypher/queries/search.cypher.
 */
import { z } from "zod";
import { badInput } from "./errors.js";
import { intArg, parseArgs } from "./input.js";
import { LIMITS } from "./limits.js";
import { databaseOf, runAnalysis, type AnalysisDatabase } from "./run.js";
import { ENTITY_TYPES, ref, type EntityRef, type EntityTypeName } from "./types.js";

const FIELD = "search";
const { limit, textMaxLength, maxTerms, candidates } = LIMITS.search;

export const searchArgs = z.object({
  text: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, "give a word to search for").max(textMaxLength, `at most ${textMaxLength} characters`)),
  types: z.array(z.enum(ENTITY_TYPES)).nullish().transform((v) => v ?? []),
  limit: intArg(1, limit.max, limit.default),
});
export type SearchArgs = z.infer<typeof searchArgs>;

export interface SearchHit {
  entity: EntityRef;
  score: number;
  text: string | null;
}

export interface SearchResult {
  text: string;
  types: EntityTypeName[];
  hits: SearchHit[];
  truncated: boolean;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * The Lucene query for a user's text: each word escaped (so nothing the user types is an
 * operator) and, for words of five letters or more, also a fuzzy variant (one edit up to seven
 * letters, two from eight), so a word typed without å, ä or ö still finds the word with them.
 * Returns null when the text holds no letter or digit.
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
      if (!plain || w.length < 5) return escaped;
      return `${escaped} ${escaped}~${w.length >= 8 ? 2 : 1}`;
    })
    .join(" ");
}

/** The Cypher parameters, or null when the text has nothing to search for. */
export function searchParams(args: SearchArgs): Record<string, unknown> | null {
  const query = luceneQuery(args.text);
  if (query === null) return null;
  return { query, text: args.text, types: args.types, candidates: Math.max(candidates, args.limit * 5), limit: args.limit };
}

export async function runSearch(db: AnalysisDatabase, args: SearchArgs): Promise<SearchResult> {
  const params = searchParams(args);
  if (params === null) return { text: args.text, types: args.types, hits: [], truncated: false };
  const row = await runAnalysis<{ hits: SearchHit[] }>(db, "search", params);
  return {
    text: args.text,
    types: args.types,
    hits: row.hits.slice(0, args.limit).map((h) => ({ entity: ref(h.entity), score: h.score, text: h.text })),
    truncated: row.hits.length > args.limit,
  };
}

export async function search(_root: unknown, args: unknown, context: unknown): Promise<SearchResult> {
  return runSearch(databaseOf(context), parseArgs(FIELD, searchArgs, args));
}
