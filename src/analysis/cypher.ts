/**
 * The Cypher of the analyst queries, one statement per file in cypher/queries/. Files are read
 * once; comment lines are dropped (see src/database/cypher-files.ts).
 */
import { readCypher, splitStatements } from "../database/cypher-files.js";

export const QUERY_NAMES = [
  "document-dependents",
  "document-dependencies",
  "governance-chain",
  "fund-flow",
  "timeline",
  "person-activity",
  "meeting-attendance",
  "forum-positions",
  "search",
  "impact",
  "neighbourhood",
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

const cache = new Map<QueryName, string>();

export function queryFile(name: QueryName): string {
  return `queries/${name}.cypher`;
}

export function analysisCypher(name: QueryName): string {
  let text = cache.get(name);
  if (text === undefined) {
    const statements = splitStatements(readCypher(queryFile(name)));
    if (statements.length !== 1) throw new Error(`cypher/${queryFile(name)} must hold exactly one statement, found ${statements.length}`);
    text = statements[0]!;
    cache.set(name, text);
  }
  return text;
}
