/**
 * The Lucene query that gathers a search's candidates from the full-text index: every word of the
 * text escaped (nothing the user types is an operator); from three letters also a prefix variant
 * (suggestions while typing); from five letters a fuzzy variant (one edit up to seven letters, two
 * from eight) of the word and of its stem, so a word typed without å, ä or ö or with a letter
 * missing still finds the word. A number is asked as it is (never fuzzy: "2025" must not find
 * "2022"). A date or period of the text also asks for the day, month or year tokens the index
 * holds (src/swedish/index-forms.ts), an amount for its amount token, both weighted up; an
 * abbreviation also asks for its words written out.
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

function wordTerms(w: string): string {
  const escaped = escapeLucene(w);
  if (!/^[\p{L}\p{N}]+$/u.test(w) || w.length < 3) return escaped;
  const variants = [escaped, `${escaped}*`];
  // Near misses only for words of letters: a number or a code with digits is what it is.
  if (w.length >= 5 && /^\p{L}+$/u.test(w)) {
    const edits = w.length >= 8 ? 2 : 1;
    variants.push(`${escaped}~${edits}`);
    const wordStem = stem(w);
    if (wordStem !== w) variants.push(`${escapeLucene(wordStem)}~${edits}`);
  }
  return variants.join(" ");
}

/** The Lucene query for a read search text; null when the text holds no letter or digit. */
export function luceneQuery(query: SearchQuery): string | null {
  const words = queryWords(query.text);
  if (words.length === 0) return null;
  const terms = words.map(wordTerms);
  const extra = new Set<string>();
  for (const [i, form] of query.forms.entries()) {
    for (const u of form.units) {
      if (u.kind === "date") for (const t of periodTokens(u.from, u.to)) extra.add(`${t}^3`);
      else if (u.kind === "amount") extra.add(`${amountToken(u.sek)}^3`);
      else if (i > 0 && !words.includes(u.key)) for (const t of tokenize(u.text)) extra.add(wordTerms(t.text.toLocaleLowerCase("sv")));
    }
  }
  return [...terms, ...extra].join(" ");
}
