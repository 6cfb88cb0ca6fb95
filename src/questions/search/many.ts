/**
 * Several searches at once: the reader of questions links the subject of each candidate reading
 * (up to eight, many with the same words for different entity types), so it asks for them all
 * together. A text's candidates are gathered once, whatever types its searches keep: from the
 * graph's subject index (index/, no database round trip) or, on a graph too large for one, by one
 * statement for all texts (many.cypher), where a node that several texts find is read once. Each
 * search then keeps its types and ranks its candidates as the `search` field does: the same hits
 * in the same order (the Lucene path without the text and forum a hit shows: linking reads
 * neither).
 */
import neo4j from "neo4j-driver";
import type { SearchResult } from "../../generated/graphql.js";
import { today } from "../../time/clock.js";
import { questionCypher } from "../shared/cypher.js";
import type { CypherCall } from "../shared/question-module.js";
import { runAnalysis, type AnalysisDatabase } from "../shared/run.js";
import type { SearchCandidate } from "./candidate.js";
import { subjectIndexOf } from "./index/current.js";
import type { SubjectIndex } from "./index/subject-index.js";
import { parseQuery, type SearchQuery } from "./query-units.js";
import { rankCandidates } from "./ranking.js";
import { luceneQuery, queryWords } from "./lucene.js";
import { candidateCount, indexedCandidates, rankableCandidates, searchHits, type RankableCandidate } from "./resolver.js";

export interface SearchRequest {
  text: string;
  /** Entity types to keep; empty: every type. */
  types: readonly string[];
  limit: number;
}

/** A hit of one search: the node (projected once in `nodes`) and its Lucene score for that search. */
interface ManyRow {
  results: { key: string; hits: { id: string; score: number }[] }[];
  nodes: Omit<SearchCandidate, "luceneScore" | "text" | "forum">[];
}

/** One text to gather candidates for, read once, and how many candidates. */
interface Fetch {
  query: SearchQuery;
  candidates: number;
}

/** A text's candidates, ready to rank: every type, each with its state on asOf. */
interface Fetched {
  query: SearchQuery;
  rows: RankableCandidate[];
}

const manyCypher = () => questionCypher("search", {}, "many.cypher");

/** The statement with parameters of the types it is run with: for planning it ahead (warm.ts). */
export function searchManyExample(): CypherCall {
  return { cypher: manyCypher(), params: { searches: [{ key: "200 hos", query: "hos hos*", candidates: neo4j.int(200) }] } };
}

/** The candidates of each text from the subject index. */
function fromIndex(index: SubjectIndex, fetches: ReadonlyMap<string, Fetch>, asOf: string): Map<string, Fetched> {
  return new Map(
    [...fetches].map(([key, f]) => [key, { query: f.query, rows: rankableCandidates(indexedCandidates(index, f.query, [], f.candidates), asOf) }]),
  );
}

/** The candidates of each text from the full-text index, in one statement. */
async function fromLucene(db: AnalysisDatabase, fetches: ReadonlyMap<string, Fetch>, asOf: string): Promise<Map<string, Fetched>> {
  // The Lucene query is built only here: on a graph with a subject index nothing asks for it.
  const searches = [...fetches].map(([key, f]) => ({ key, query: luceneQuery(f.query), candidates: neo4j.int(f.candidates) }));
  const row = await runAnalysis<ManyRow>(db, "search", manyCypher(), { searches });
  // Each node's state on asOf is derived once, whichever searches found it.
  const nodes = new Map(rankableCandidates(row.nodes.map((n) => ({ ...n, luceneScore: 0, text: null, forum: null })), asOf).map((n) => [n.entity.id, n]));
  return new Map(
    row.results.map((r) => {
      return [r.key, { query: fetches.get(r.key)!.query, rows: r.hits.map((h) => ({ ...nodes.get(h.id)!, luceneScore: h.score })) }];
    }),
  );
}

/** The hits of each request, in the order asked, with at most one statement (none when no request has a word to search for, or the graph has a subject index). */
export async function searchMany(db: AnalysisDatabase, requests: readonly SearchRequest[], asOf = today()): Promise<SearchResult["hits"][]> {
  // One fetch per text and candidate count: the type filter is applied here, after the fetch, as the single search applies it after gathering.
  const fetches = new Map<string, Fetch>();
  const keys = requests.map((r) => {
    // A text with no letter or digit searches for nothing (the search field answers it empty too).
    if (queryWords(r.text).length === 0) return null;
    const candidates = candidateCount(r.limit);
    const key = `${candidates} ${r.text}`;
    if (!fetches.has(key)) fetches.set(key, { query: parseQuery(r.text), candidates });
    return key;
  });
  if (fetches.size === 0) return requests.map(() => []);
  const index = await subjectIndexOf(db);
  const fetched = index ? fromIndex(index, fetches, asOf) : await fromLucene(db, fetches, asOf);
  return requests.map((r, i) => {
    const key = keys[i];
    if (!key) return [];
    const { query, rows } = fetched.get(key)!;
    const kept = r.types.length ? rows.filter((c) => r.types.includes(c.type)) : rows;
    return searchHits(rankCandidates(query, kept), r.limit).hits;
  });
}
