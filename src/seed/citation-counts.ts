/**
 * Maintains `SourceDocument.citationCount`: how many facts (Entity nodes and relationships) cite
 * the document. The API used to count them per request by scanning every node and relationship;
 * now the writers keep the number on the document and the API reads it (schema/00-api.graphql).
 * One pass over all facts, writing only the documents whose number changed, so a re-run of the
 * seed changes nothing. A fact citing a document twice counts once, as before.
 */
import type { ManagedTransaction } from "neo4j-driver";

const DISTINCT_SOURCES = (x: string) =>
  `[i IN range(0, size(${x}.sourceDocuments) - 1) WHERE NOT ${x}.sourceDocuments[i] IN ${x}.sourceDocuments[0..i] | ${x}.sourceDocuments[i]]`;

/** Sets the count of every cited document (an index lookup each); returns the cited ids. */
const COUNT_CITED = `
CALL () {
  MATCH (n:Entity) WHERE n.sourceDocuments IS NOT NULL
  UNWIND ${DISTINCT_SOURCES("n")} AS id
  RETURN id, count(*) AS citations
  UNION ALL
  MATCH ()-[r]->() WHERE r.sourceDocuments IS NOT NULL
  UNWIND ${DISTINCT_SOURCES("r")} AS id
  RETURN id, count(*) AS citations
}
WITH id, sum(citations) AS total
MATCH (d:SourceDocument {id: id})
CALL (d, total) { WITH d, total WHERE d.citationCount IS NULL OR d.citationCount <> total SET d.citationCount = total }
RETURN collect(id) AS cited`;

/** Documents nobody cites (any more) count zero. */
const ZERO_UNCITED = `
MATCH (d:SourceDocument) WHERE NOT d.id IN $cited AND (d.citationCount IS NULL OR d.citationCount <> 0)
SET d.citationCount = 0`;

/** Recounts every document's citations (a pass over all facts). */
export async function updateCitationCounts(tx: ManagedTransaction): Promise<void> {
  const result = await tx.run(COUNT_CITED);
  await tx.run(ZERO_UNCITED, { cited: result.records[0]?.get("cited") ?? [] });
}
