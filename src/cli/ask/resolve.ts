/**
 * Turns what a user typed where a question wants an id into an id, through the API's own
 * `search` (the same ranking as the explore page): an id that exists is used as it is; a name,
 * an abbreviation or a misspelling is resolved to the best hit among the question's entity
 * types; when the runner-up is about as good, the candidates are returned instead of a guess; an
 * unknown id gets "did you mean".
 */
import { readFileSync } from "node:fs";
import type { AskExistsQuery, AskResolveQuery, EntityType } from "../../generated/graphql.js";
import { enumSv, statusSv, typeSv } from "../../labels/sv.js";
import { isClose } from "../../questions/search/ranking.js";
import { dataOf, type PostGraphQL } from "./http.js";

const operation = (name: string): string => readFileSync(new URL(`./operations/${name}.graphql`, import.meta.url), "utf8");
const SEARCH = operation("ask-resolve");
const EXISTS = operation("ask-exists");

type Hit = AskResolveQuery["search"]["hits"][number];

export interface Candidate {
  id: string;
  type: EntityType;
  name: string;
  status: string | null;
  date: string | null;
  forum: string | null;
  match: Hit["match"];
  matchedName: string | null;
  /** What of the typed text it does not meet (a date, an amount, a word): then it is no answer, only a suggestion. */
  missing: string[];
  score: number;
}

export type Resolution =
  | { kind: "id"; id: string }
  | { kind: "chosen"; id: string; chosen: Candidate; others: Candidate[] }
  | { kind: "ambiguous"; candidates: Candidate[] }
  | { kind: "none"; text: string; suggestions: Candidate[]; missing?: string[] };

/** Looks like an id: a known prefix, a colon, then no spaces ("doc:hos-avtal", "meeting:sro-2025-01-30"). */
export function looksLikeId(text: string): boolean {
  return /^[a-z]+:[\p{L}\p{N}._-]+$/u.test(text);
}

/** The words of an id, to search for when the id is unknown: "doc:hos-avtl" → "hos avtl". */
export function idAsText(id: string): string {
  return id.replace(/^[a-z]+:/, "").replace(/[-_.]+/g, " ").trim();
}

async function searchCandidates(post: PostGraphQL, text: string, types: readonly EntityType[], limit: number): Promise<Candidate[]> {
  const data = dataOf<AskResolveQuery>(await post(SEARCH, { text, types: types.length ? types : null, limit }), (e) => `Sökningen misslyckades: ${e.message}`);
  return data.search.hits.map((h: Hit) => ({ ...h.entity, date: h.date, forum: h.forum?.name ?? null, match: h.match, matchedName: h.matchedName, missing: h.missing, score: h.score }));
}

/** Hits for the whole text, or else for its longest word alone (an id's other words may be typos too). */
async function didYouMean(post: PostGraphQL, text: string, types: readonly EntityType[]): Promise<Candidate[]> {
  if (!text) return [];
  const all = await searchCandidates(post, text, types, 5);
  if (all.length) return all;
  const longest = text.split(" ").sort((a, b) => b.length - a.length)[0]!;
  return longest === text ? [] : searchCandidates(post, longest, types, 5);
}

/** Resolves one typed argument for a question about `types`. */
export async function resolveEntity(post: PostGraphQL, typed: string, types: readonly EntityType[]): Promise<Resolution> {
  const text = typed.trim();
  if (looksLikeId(text)) {
    const exists = dataOf<AskExistsQuery>(await post(EXISTS, { id: text }));
    if (exists.entities.length) return { kind: "id", id: text };
    return { kind: "none", text, suggestions: await didYouMean(post, idAsText(text), types) };
  }
  const candidates = await searchCandidates(post, text, types, 6);
  const [best, next] = candidates;
  if (!best) {
    // Nothing of the right type: did the user mean an entity of another type?
    return { kind: "none", text, suggestions: types.length ? await didYouMean(post, text, []) : [] };
  }
  // A hit that misses part of the text (another day, another amount) is never taken for it.
  if (best.match === "PARTIAL") return { kind: "none", text, suggestions: candidates.slice(0, 5), missing: best.missing };
  if (isClose(best, next)) {
    return { kind: "ambiguous", candidates: candidates.filter((c, i) => i === 0 || isClose(best, c)) };
  }
  return { kind: "chosen", id: best.id, chosen: best, others: candidates.slice(1, 4) };
}

/** One line per candidate: name, type, status, date and forum, and the id to type instead. */
export function describeCandidate(c: Candidate): string {
  const extra = [typeSv(c.type), statusSv(c.type, c.status), c.date, c.forum].filter(Boolean).join(", ");
  return `${c.name} (${extra}) — id ${c.id}`;
}

export function describeChoice(typed: string, c: Candidate): string {
  const via = c.matchedName && c.matchedName !== c.name ? `, via "${c.matchedName}"` : "";
  return `Tolkar "${typed}" som: ${describeCandidate(c)} [${enumSv("SearchMatch", c.match)}${via}]`;
}
