/**
 * Ranking of search candidates, shared by the `search` field, the reader of questions
 * (src/reader/), the ask CLI and the explore page.
 *
 * Lucene's score alone ranks by term statistics: "vastkom" put a role that mentions VästKom twice
 * above VästKom itself. So each candidate gets a match kind from how the text meets its names,
 * text, date and amount (match.ts), in the text's own form or with its abbreviations written out,
 * whichever meets better. Then, within a kind: a subject before what mentions it (agenda items,
 * positions), a name the text covers more of before one it covers less of, a governing document
 * in force before one that is neutral, and that before drafts, proposals, revisions and replaced
 * ones; then Lucene's score, then the id. Below the floor (see match.ts) a candidate is dropped.
 */
import type { SearchMatch } from "../../generated/graphql.js";
import { kindSv, typeSv } from "../../labels/sv.js";
import { headMeetsLabel, matchForm, prepare, type Match, type MatchCandidate } from "./match.js";
import { parseQuery, type SearchQuery } from "./query-units.js";

/** How the text met the entity: the API's SearchMatch. */
export type MatchKind = SearchMatch;

const KIND_WEIGHT: Record<MatchKind, number> = { EXACT: 5, PREFIX: 4, WORDS: 3, FUZZY: 2, TEXT: 1, PARTIAL: 0 };

const IN_FORCE = new Set(["IN_FORCE", "EXTENDED", "ADOPTED"]);
const NOT_YET_OR_NO_LONGER = new Set(["DRAFT", "PROPOSED", "ON_REFERRAL", "IN_PREPARATION", "ENDORSED", "UNDER_REVISION", "REPLACED", "EXPIRED"]);

export interface RankCandidate extends MatchCandidate {
  luceneScore: number;
  status: string | null;
  type: string;
  /** The entity's kind (a document's, a fund's...): the text may name it ("avtal", "statsbidrag"). */
  kind?: string | null;
}

export interface Ranked<C> extends Match {
  candidate: C;
  /** Higher is better: tens give the match kind, then subject before mention, name covered, status, relative Lucene score. */
  score: number;
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
 * Färdplan itself before the agenda item "Färdplan – uppföljning och analys".
 */
const MENTIONS = new Set(["AgendaItem", "Position", "Milestone", "Membership"]);
const typeRank = (type: string): number => (MENTIONS.has(type) ? 0 : 1);

/** The better of two matches: kind, then share of the text met, then share of the name. */
function better(a: Match | null, b: Match | null): Match | null {
  if (!a || !b) return a ?? b;
  const order = (m: Match) => [KIND_WEIGHT[m.match], m.coverage, m.nameCoverage];
  const [x, y] = [order(a), order(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! > y[i]! ? a : b;
  return a;
}

/** How the text (in any of its forms) meets one candidate, or null below the floor. */
export function matchOf(query: SearchQuery | string, candidate: MatchCandidate): Match | null {
  const q = typeof query === "string" ? parseQuery(query) : query;
  const prepared = prepare(candidate);
  return q.forms.reduce<Match | null>((best, form) => better(best, matchForm(form, prepared)), null);
}

/**
 * Within a kind (tens): subject before mention (3), then the share of the name met (up to 4) and
 * whether the text's head word is the name's or the entity's kind (up to 1.5: an agreement asked
 * for before a project about it), then status (0.4 a step), then Lucene (up to 0.5). PARTIAL, under every full kind, is
 * ordered by the share of the text met first.
 */
function scoreOf(m: Match, c: RankCandidate, relative: number): number {
  const status = statusRank(c.type, c.status);
  // The text's head word is the name's head (0.75), or what kind of thing the entity is (0.75 more).
  const named = headMeetsLabel(m.head, typeSv(c.type)) || (c.kind ? headMeetsLabel(m.head, kindSv(c.type, c.kind)) : false);
  const head = (m.headMet ? 0.5 : 0) + (named ? 0.5 : 0);
  if (m.match === "PARTIAL") return m.coverage * 5 + typeRank(c.type) * 2 + m.nameCoverage * 0.6 + head * 0.4 + status * 0.2 + relative * 0.2;
  return KIND_WEIGHT[m.match] * 10 + typeRank(c.type) * 3 + m.nameCoverage * 4 + head * 1.5 + status * 0.4 + relative * 0.5;
}

/** How a read text met each candidate: the same text ranked over several subsets of one candidate list (by type) matches each candidate once. */
const matched = new WeakMap<SearchQuery, WeakMap<MatchCandidate, Match | null>>();

function memoMatchOf(query: SearchQuery, candidate: MatchCandidate): Match | null {
  let byCandidate = matched.get(query);
  if (!byCandidate) matched.set(query, (byCandidate = new WeakMap()));
  let found = byCandidate.get(candidate);
  if (found === undefined) byCandidate.set(candidate, (found = matchOf(query, candidate)));
  return found;
}

/** Ranks the candidates for the text, best first, dropping those below the floor. */
export function rankCandidates<C extends RankCandidate>(text: string | SearchQuery, candidates: C[]): Ranked<C>[] {
  const query = typeof text === "string" ? parseQuery(text) : text;
  const top = Math.max(0, ...candidates.map((c) => c.luceneScore));
  const ranked: Ranked<C>[] = [];
  for (const candidate of candidates) {
    const found = memoMatchOf(query, candidate);
    if (!found) continue;
    const relative = top > 0 ? Math.min(1, candidate.luceneScore / top) : 0;
    ranked.push({ ...found, candidate, score: Math.round(scoreOf(found, candidate, relative) * 1000) / 1000 });
  }
  return ranked.sort((a, b) => b.score - a.score);
}

/**
 * Whether the runner-up is as good a reading of the text as the winner (same match kind, type
 * rank, status and about as much of the name met; only Lucene's score apart): then a tool that
 * picks one should ask or list both.
 */
export function isClose(best: { score: number; match: MatchKind }, next: { score: number; match: MatchKind } | undefined): boolean {
  if (!next || next.match !== best.match) return false;
  return best.score - next.score < 0.35;
}
