/**
 * Several searches in one database round trip: the reader of questions links the subject of
 * each candidate reading (up to eight, many with the same words for different entity types), so
 * it asks for them all at once. The statement is the search's own (query.cypher), once per
 * distinct text under UNWIND, without its type filter: a text's candidates are fetched once and
 * each search keeps the types it asks for, then ranks them as the `search` field does (the same
 * candidates, the same order, the same hits).
 */
import neo4j from "neo4j-driver";
import type { SearchResult } from "../../generated/graphql.js";
import { today } from "../../time/clock.js";
import { questionCypher } from "../shared/cypher.js";
import { runAnalysis, type AnalysisDatabase } from "../shared/run.js";
import { parseQuery } from "./query-units.js";
import { rankCandidates } from "./ranking.js";
import { rankableCandidates, searchHits, searchParams, type SearchCandidate } from "./resolver.js";

export interface SearchRequest {
  text: string;
  /** Entity types to keep; empty: every type. */
  types: readonly string[];
  limit: number;
}

/** The search's statement for one text of many: its parameters read from the row `search`, every type kept. */
function manyStatement(): string {
  let body = questionCypher("search");
  for (const [parameter, value] of [
    ["$query", "search.query"],
    ["$candidates", "search.candidates"],
    ["$types", "[]"],
  ] as const) {
    if (!body.includes(parameter)) throw new Error(`src/questions/search/query.cypher: no ${parameter}, which many.ts replaces`);
    body = body.replaceAll(parameter, value);
  }
  return `UNWIND $searches AS search\nCALL (search) {\n${body}\n}\nRETURN collect({key: search.key, candidates: candidates}) AS results`;
}

let statement: string | undefined;

/** The hits of each request, in the order asked, from one statement (none when no request has a word to search for). */
export async function searchMany(db: AnalysisDatabase, requests: readonly SearchRequest[], asOf = today()): Promise<SearchResult["hits"][]> {
  // One fetch per text and candidate count: the type filter is applied here, after the fetch, as the single search applies it in Cypher.
  const fetches = new Map<string, { query: string; candidates: number; text: string }>();
  const keys = requests.map((r) => {
    const { query, candidates } = searchParams(r.text, [], r.limit);
    if (query === null) return null;
    const key = `${candidates} ${r.text}`;
    if (!fetches.has(key)) fetches.set(key, { query, candidates, text: r.text });
    return key;
  });
  if (fetches.size === 0) return requests.map(() => []);
  const searches = [...fetches].map(([key, f]) => ({ key, query: f.query, candidates: neo4j.int(f.candidates) }));
  const row = await runAnalysis<{ results: { key: string; candidates: SearchCandidate[] }[] }>(db, "search", (statement ??= manyStatement()), { searches });
  const fetched = new Map(
    row.results.map((r) => {
      const text = fetches.get(r.key)!.text;
      return [r.key, { query: parseQuery(text), rows: rankableCandidates(r.candidates, asOf) }];
    }),
  );
  return requests.map((r, i) => {
    const key = keys[i];
    if (!key) return [];
    const { query, rows } = fetched.get(key)!;
    const kept = r.types.length ? rows.filter((c) => r.types.includes(c.type)) : rows;
    return searchHits(rankCandidates(query, kept), r.limit).hits;
  });
}
