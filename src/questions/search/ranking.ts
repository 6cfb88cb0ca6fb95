/**
 * Ranking of search candidates, shared by the `search` field, the ask CLI and the explore page.
 *
 * Lucene's score alone ranks by term statistics: "vastkom" put a role that mentions VästKom twice
 * above VästKom itself, and a text that shares one word with nothing relevant still scored. So each
 * candidate gets a match kind from how the user's text meets the names the entity goes by (name,
 * short name, aliases, former names), compared without case, accents or punctuation:
 *
 *   EXACT   the text is one of the names ("hos avtalet" = "HoS-avtalet")
 *   PREFIX  a name starts with the text ("HoS-avtal" → "HoS-avtalet")
 *   WORDS   every word of the text starts a word of one name ("vastkom" → "Västkoms styrelse")
 *   FUZZY   every word is a near miss of a word of one name ("Ungdomsmotagningar")
 *   TEXT    every significant word occurs (or nearly) in the entity's searchable text
 *
 * A candidate with none of these is below the relevance floor and dropped: "no match" is an empty
 * list, not a list of weak hits. Within a kind, a governing document in force comes before one
 * that is neutral, and that before drafts, proposals, revisions and replaced ones (and any subject
 * before the agenda items and positions that mention it); then Lucene's
 * score, then the id. Hand-written (not a library): the rules are about this graph's names and a
 * few lines each; the edit distance is the textbook one.
 */
import type { SearchMatch } from "../../generated/graphql.js";
/** How the text met the entity: the API's SearchMatch. */
export type MatchKind = SearchMatch;

const KIND_WEIGHT: Record<MatchKind, number> = { EXACT: 5, PREFIX: 4, WORDS: 3, FUZZY: 2, TEXT: 1 };

const IN_FORCE = new Set(["IN_FORCE", "EXTENDED", "ADOPTED"]);
const NOT_YET_OR_NO_LONGER = new Set(["DRAFT", "PROPOSED", "ON_REFERRAL", "IN_PREPARATION", "ENDORSED", "UNDER_REVISION", "REPLACED", "EXPIRED"]);

/** Words too common to count as evidence of a match in free text. */
const STOPWORDS = new Set(["och", "i", "av", "för", "for", "om", "med", "på", "pa", "till", "den", "det", "de", "en", "ett", "som", "är", "ar", "att", "vid", "från", "fran", "the", "of", "and"]);

/** Swedish inflection endings, longest first: "ungdomsmottagningarna" and "ungdomsmotagningar" meet at the stem. */
const ENDINGS = ["arna", "erna", "orna", "ande", "ende", "arne", "ar", "er", "or", "en", "et", "na", "a", "s"];

export interface RankCandidate {
  names: string[];
  searchText: string | null;
  luceneScore: number;
  status: string | null;
  type: string;
}

export interface Ranked<C> {
  candidate: C;
  match: MatchKind;
  /** The name, short name or alias the text matched (null for a TEXT match). */
  matchedName: string | null;
  /** Higher is better: tens give the match kind, then subject before mention, then status, then the relative Lucene score. */
  score: number;
}

/** Lower case, without accents (å→a, ä→a, ö→o, é→e), punctuation and dashes as spaces. */
export function normalise(text: string): string {
  return text
    .toLocaleLowerCase("sv")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function wordsOf(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(" ") : [];
}

export function stem(word: string): string {
  for (const e of ENDINGS) if (word.length - e.length >= 4 && word.endsWith(e)) return word.slice(0, -e.length);
  return word;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many typing errors a word of this length may carry and still count. */
function allowedEdits(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** A word of the text starts a word of the name (3 letters or more, or the whole word). */
function startsWord(query: string, word: string): boolean {
  return word === query || (query.length >= 3 && word.startsWith(query));
}

function nearWord(query: string, word: string): boolean {
  if (startsWord(query, word)) return true;
  const edits = allowedEdits(query.length);
  if (edits === 0) return false;
  return editDistance(stem(query), stem(word), edits) <= edits || editDistance(query, word, edits) <= edits;
}

function everyWord(queryWords: string[], words: string[], test: (q: string, w: string) => boolean): boolean {
  return queryWords.length > 0 && queryWords.every((q) => words.some((w) => test(q, w)));
}

/** The best match kind of the text against one entity's names and text, or null below the floor. */
export function matchOf(text: string, names: string[], searchText: string | null): { match: MatchKind; matchedName: string | null } | null {
  const query = normalise(text);
  const queryWords = wordsOf(text);
  if (!query) return null;
  const normalised = names.map((n) => ({ name: n, norm: normalise(n) }));
  for (const n of normalised) if (n.norm === query) return { match: "EXACT", matchedName: n.name };
  // A prefix of at least three letters, or of a whole word; "hos avtal" starts "hos avtalet".
  for (const n of normalised) if (query.length >= 3 && n.norm.startsWith(query)) return { match: "PREFIX", matchedName: n.name };
  for (const n of normalised) if (everyWord(queryWords, n.norm.split(" "), startsWord)) return { match: "WORDS", matchedName: n.name };
  for (const n of normalised) if (everyWord(queryWords, n.norm.split(" "), nearWord)) return { match: "FUZZY", matchedName: n.name };
  const significant = queryWords.filter((w) => !STOPWORDS.has(w));
  const textWords = wordsOf(searchText ?? "");
  if (everyWord(significant.length ? significant : queryWords, textWords, nearWord)) return { match: "TEXT", matchedName: null };
  return null;
}

/** 2 in force, 1 neutral (not a governing document or no status), 0 draft, proposal, revision, replaced. */
function statusRank(type: string, status: string | null): number {
  if (type !== "GoverningDocument" || !status) return 1;
  if (IN_FORCE.has(status)) return 2;
  return NOT_YET_OR_NO_LONGER.has(status) ? 0 : 1;
}

/**
 * 1 for the things people look up (documents, organisations, forums, people, funds, topics...),
 * 0 for what mentions them (agenda items, positions, milestones, memberships): "fardplan" is the
 * Färdplan itself before the agenda item "Färdplan – uppföljning och analys", even though the
 * Färdplan is only endorsed and so ranks low among governing documents.
 */
const MENTIONS = new Set(["AgendaItem", "Position", "Milestone", "Membership"]);
function typeRank(type: string): number {
  return MENTIONS.has(type) ? 0 : 1;
}

/** Ranks the candidates for the text, best first, dropping those below the floor. */
export function rankCandidates<C extends RankCandidate>(text: string, candidates: C[]): Ranked<C>[] {
  const top = Math.max(0, ...candidates.map((c) => c.luceneScore));
  const ranked: Ranked<C>[] = [];
  for (const candidate of candidates) {
    const found = matchOf(text, candidate.names, candidate.searchText);
    if (!found) continue;
    const relative = top > 0 ? Math.min(1, candidate.luceneScore / top) : 0;
    // Within a match kind (tens): subject before mention (4), then status (1.5 a step), then
    // Lucene (under 1); each step outweighs everything after it.
    const score = KIND_WEIGHT[found.match] * 10 + typeRank(candidate.type) * 4 + statusRank(candidate.type, candidate.status) * 1.5 + relative * 0.9;
    ranked.push({ candidate, ...found, score: Math.round(score * 1000) / 1000 });
  }
  return ranked.sort((a, b) => b.score - a.score);
}

/**
 * Whether the runner-up is as good a reading of the text as the winner (same match kind, same
 * status rank, a close Lucene score): then a tool that picks one should ask or list both.
 */
export function isClose(best: { score: number; match: MatchKind }, next: { score: number; match: MatchKind } | undefined): boolean {
  if (!next || next.match !== best.match) return false;
  return best.score - next.score < 0.5;
}
