/**
 * Swedish text as words: folding for comparison (case, accents) and tokens with their place in
 * the text. Folding keeps one character per character, so a span found in the folded text is the
 * same span of the original. Plain functions without dependencies: the explore page's bundle may
 * import them.
 */

const folded = new Map<string, string>();

/** One lower-case character without its accent, or itself. */
function foldChar(c: string): string {
  let f = folded.get(c);
  if (f === undefined) {
    const base = c.normalize("NFD").replace(/\p{M}+/gu, "");
    f = base.length === 1 ? base : c;
    folded.set(c, f);
  }
  return f;
}

/** Lower case without accents: å→a, ä→a, ö→o, é→e; one character for one character. */
export function fold(text: string): string {
  return text.toLocaleLowerCase("sv").replace(/[^\p{ASCII}]/gu, foldChar);
}

/** Folded, with everything but letters and digits as single spaces: "HoS-avtalet" → "hos avtalet". */
export function normalise(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export interface Token {
  /** As written. */
  text: string;
  /** Folded (see fold). */
  key: string;
  start: number;
  end: number;
  /** Digits only. */
  number: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words and numbers of a text, in order; punctuation and dashes separate them. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    tokens.push({ text: m[0], key: fold(m[0]), start, end: start + m[0].length, number: /^\p{N}+$/u.test(m[0]) });
  }
  return tokens;
}

/** The folded words of a text. */
export function wordsOf(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(" ") : [];
}

/**
 * Words too common to tell one thing from another (folded): articles, prepositions,
 * conjunctions, pronouns and auxiliaries, and the English ones a careless query carries. Not
 * "hos": it is also the abbreviation HoS (see abbreviations.ts).
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  "och", "i", "av", "for", "om", "med", "pa", "till", "den", "det", "de", "dem", "en", "ett", "som", "ar", "att", "vid", "fran",
  "under", "efter", "fore", "mot", "utan", "inom", "samt", "eller", "men", "sa", "nar", "var", "vad", "vem", "vilka",
  "vilken", "vilket", "hur", "har", "hade", "blev", "bli", "kan", "ska", "skall", "jag", "du", "vi", "ni", "man", "sig", "sin",
  "sitt", "sina", "dess", "deras", "alla", "allt", "nagon", "nagot", "nagra", "denna", "detta", "dessa", "the", "of", "and", "a",
]);

export const isStopword = (key: string): boolean => STOPWORDS.has(key);
