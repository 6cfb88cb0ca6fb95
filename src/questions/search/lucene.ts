/**
 * What a search text asks the gathering of candidates for, and the Lucene query that asks it of the
 * full-text index: every word of the text escaped (nothing the user types is an operator); from
 * three letters also a prefix variant (suggestions while typing); from five letters a fuzzy variant
 * (one edit up to seven letters, two from eight) of the word and of its stem, so a word typed
 * without å, ä or ö or with a letter missing still finds the word. A number is asked as it is
 * (never fuzzy: "2025" must not find "2022"). A date or period of the text also asks for the day,
 * month or year tokens the index holds (src/swedish/index-forms.ts), an amount for its amount
 * token, both weighted up; an abbreviation also asks for its words written out. The in-memory
 * subject index (index/) gathers by the same terms.
 */
import { amountToken } from "../../swedish/amounts.js";
import { periodTokens } from "../../swedish/index-forms.js";
import { stem } from "../../swedish/stem.js";
import { tokenize } from "../../swedish/text.js";
import type { SearchQuery } from "./query-units.js";

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** The words of a text as the index is asked for them: whitespace-separated, outer punctuation trimmed, lower case. */
export function queryWords(text: string): string[] {
  return text
    .toLocaleLowerCase("sv")
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A word asked for: as it is, and from three letters by its start, from five by near misses of it and of its stem. */
export interface WordTerm {
  kind: "word";
  /** Lower case, as typed (it may hold inner punctuation: "hos-avtalet" is then asked only as it is). */
  word: string;
  prefix: boolean;
  /** Typing errors a near miss may carry (0: none asked). */
  edits: number;
  /** The stem, asked with the same near misses, when it differs from the word. */
  fuzzyStem: string | null;
}

/** A token the index holds for a date, a period or an amount ("d20250130", "sek49000000"), weighted up. */
export interface TokenTerm {
  kind: "token";
  token: string;
  boost: number;
}

export type SearchTerm = WordTerm | TokenTerm;

/** Date and amount tokens weigh this many times a word. */
export const TOKEN_BOOST = 3;

export function wordTerm(w: string): WordTerm {
  if (!/^[\p{L}\p{N}]+$/u.test(w) || w.length < 3) return { kind: "word", word: w, prefix: false, edits: 0, fuzzyStem: null };
  // Near misses only for words of letters: a number or a code with digits is what it is.
  if (w.length < 5 || !/^\p{L}+$/u.test(w)) return { kind: "word", word: w, prefix: true, edits: 0, fuzzyStem: null };
  const wordStem = stem(w);
  return { kind: "word", word: w, prefix: true, edits: w.length >= 8 ? 2 : 1, fuzzyStem: wordStem !== w ? wordStem : null };
}

/** The terms a read search text asks for: its words, then (once each) its date and amount tokens and its abbreviations' words written out. */
export function searchTerms(query: SearchQuery): SearchTerm[] {
  const words = queryWords(query.text);
  const terms: SearchTerm[] = words.map(wordTerm);
  const extra = new Map<string, SearchTerm>();
  const add = (t: SearchTerm) => {
    const key = luceneTerm(t);
    if (!extra.has(key)) extra.set(key, t);
  };
  for (const [i, form] of query.forms.entries()) {
    for (const u of form.units) {
      if (u.kind === "date") for (const token of periodTokens(u.from, u.to)) add({ kind: "token", token, boost: TOKEN_BOOST });
      else if (u.kind === "amount") add({ kind: "token", token: amountToken(u.sek), boost: TOKEN_BOOST });
      else if (i > 0 && !words.includes(u.key)) for (const t of tokenize(u.text)) add(wordTerm(t.text.toLocaleLowerCase("sv")));
    }
  }
  return [...terms, ...extra.values()];
}

/** One term in Lucene's syntax (a word with its variants). */
function luceneTerm(t: SearchTerm): string {
  if (t.kind === "token") return `${t.token}^${t.boost}`;
  const escaped = escapeLucene(t.word);
  const variants = [escaped];
  if (t.prefix) variants.push(`${escaped}*`);
  if (t.edits > 0) {
    variants.push(`${escaped}~${t.edits}`);
    if (t.fuzzyStem !== null) variants.push(`${escapeLucene(t.fuzzyStem)}~${t.edits}`);
  }
  return variants.join(" ");
}

/** The Lucene query for a read search text; null when the text holds no letter or digit. */
export function luceneQuery(query: SearchQuery): string | null {
  if (queryWords(query.text).length === 0) return null;
  return searchTerms(query).map(luceneTerm).join(" ");
}
