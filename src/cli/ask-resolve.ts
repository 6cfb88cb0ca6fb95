/**
 * Turns what a user typed where `npm run ask` wants an id into an id, through the API's own
 * `search` (the same ranking as the explore page): an id that exists is used as it is; a name,
 * an abbreviation or a misspelling is resolved to the best hit among the question's entity
 * types, and the CLI says which entity it chose; when the runner-up is about as good, it lists
 * the candidates (or asks, in a terminal) instead of guessing; an unknown id gets "did you mean".
 */
import { isClose, type MatchKind } from "../analysis/search-ranking.js";
import type { EntityTypeName } from "../analysis/types.js";

export interface GraphQLAnswer {
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: { code?: string; expectedTypes?: string[] } }[];
}
export type PostGraphQL = (operation: string, variables: Record<string, unknown>) => Promise<GraphQLAnswer>;

export interface Candidate {
  id: string;
  type: string;
  name: string;
  status: string | null;
  date: string | null;
  forum: string | null;
  match: MatchKind;
  matchedName: string | null;
  score: number;
}

export type Resolution =
  | { kind: "id"; id: string }
  | { kind: "chosen"; id: string; chosen: Candidate; others: Candidate[] }
  | { kind: "ambiguous"; candidates: Candidate[] }
  | { kind: "none"; text: string; suggestions: Candidate[] };

const SEARCH = `query AskResolve($text: String!, $types: [EntityType!], $limit: Int) {
  search(text: $text, types: $types, limit: $limit) {
    hits { score match matchedName date forum { name } entity { id type name status } }
  }
}`;
const EXISTS = `query AskExists($id: ID!) { entities(where: { id: { eq: $id } }, limit: 1) { id } }`;

/** Looks like an id: a known prefix, a colon, then no spaces ("doc:hos-avtal", "meeting:sro-2025-01-30"). */
export function looksLikeId(text: string): boolean {
  return /^[a-z]+:[\p{L}\p{N}._-]+$/u.test(text);
}

/** The words of an id, to search for when the id is unknown: "doc:hos-avtl" → "hos avtl". */
export function idAsText(id: string): string {
  return id.replace(/^[a-z]+:/, "").replace(/[-_.]+/g, " ").trim();
}

async function searchCandidates(post: PostGraphQL, text: string, types: readonly EntityTypeName[], limit: number): Promise<Candidate[]> {
  const answer = await post(SEARCH, { text, types: types.length ? types : null, limit });
  if (answer.errors?.length) throw new Error(`search failed: ${answer.errors.map((e) => e.message).join("; ")}`);
  const hits = (answer.data?.search as { hits: { score: number; match: MatchKind; matchedName: string | null; date: string | null; forum: { name: string } | null; entity: { id: string; type: string; name: string; status: string | null } }[] }).hits;
  return hits.map((h) => ({ ...h.entity, date: h.date, forum: h.forum?.name ?? null, match: h.match, matchedName: h.matchedName, score: h.score }));
}

/** Hits for the whole text, or else for its longest word alone (an id's other words may be typos too). */
async function didYouMean(post: PostGraphQL, text: string, types: readonly EntityTypeName[]): Promise<Candidate[]> {
  if (!text) return [];
  const all = await searchCandidates(post, text, types, 5);
  if (all.length) return all;
  const longest = text.split(" ").sort((a, b) => b.length - a.length)[0]!;
  return longest === text ? [] : searchCandidates(post, longest, types, 5);
}

/** Resolves one typed argument for a question about `types`. */
export async function resolveEntity(post: PostGraphQL, typed: string, types: readonly EntityTypeName[]): Promise<Resolution> {
  const text = typed.trim();
  if (looksLikeId(text)) {
    const exists = await post(EXISTS, { id: text });
    if ((exists.data?.entities as unknown[] | undefined)?.length) return { kind: "id", id: text };
    return { kind: "none", text, suggestions: await didYouMean(post, idAsText(text), types) };
  }
  const candidates = await searchCandidates(post, text, types, 6);
  const [best, next] = candidates;
  if (!best) {
    // Nothing of the right type: did the user mean an entity of another type?
    return { kind: "none", text, suggestions: types.length ? await didYouMean(post, text, []) : [] };
  }
  if (isClose(best, next)) {
    return { kind: "ambiguous", candidates: candidates.filter((c, i) => i === 0 || isClose(best, c)) };
  }
  return { kind: "chosen", id: best.id, chosen: best, others: candidates.slice(1, 4) };
}

const MATCH_SV: Record<MatchKind, string> = {
  EXACT: "namnet stämmer",
  PREFIX: "namnet börjar så",
  WORDS: "orden finns i namnet",
  FUZZY: "liknande namn (stavfel?)",
  TEXT: "orden finns i texten",
};

/** One line per candidate: name, type, date and forum, and the id to type instead. */
export function describeCandidate(c: Candidate): string {
  const extra = [c.type, c.status, c.date, c.forum].filter(Boolean).join(", ");
  return `${c.name} (${extra}) — id ${c.id}`;
}

export function describeChoice(typed: string, c: Candidate): string {
  const via = c.matchedName && c.matchedName !== c.name ? `, via "${c.matchedName}"` : "";
  return `Tolkar "${typed}" som: ${describeCandidate(c)} [${MATCH_SV[c.match]}${via}]`;
}
