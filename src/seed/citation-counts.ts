/**
 * Maintains `SourceDocument.citationCount`: how many facts (Entity nodes and relationships) cite
 * the document. The API used to count them per request by scanning every node and relationship;
 * now the writers keep the number on the document and the API reads it (schema/00-api.graphql).
 * One pass over all facts, writing only the documents whose number changed, so a re-run of the
 * seed changes nothing. A fact citing a document twice counts once, as before. Two short
 * statements (count, then set): each new statement costs a plan on a freshly started server,
 * where the seed runs, and these two plan in a fraction of one clever statement's time.
 */
import type { Integer, ManagedTransaction } from "neo4j-driver";

const COUNT_CITATIONS = `CALL () {
  MATCH (n:Entity) UNWIND n.sourceDocuments AS id RETURN id, count(DISTINCT n) AS citations
  UNION ALL
  MATCH ()-[r]->() UNWIND r.sourceDocuments AS id RETURN id, count(DISTINCT r) AS citations
}
RETURN id, sum(citations) AS citations`;
/** Documents nobody cites (any more) count zero. */
const SET_COUNTS = `MATCH (d:SourceDocument)
WITH d, coalesce($totals[d.id], 0) AS total
WHERE d.citationCount IS NULL OR d.citationCount <> total
SET d.citationCount = total`;

/** Recounts every document's citations (a pass over all facts). */
export async function updateCitationCounts(tx: ManagedTransaction): Promise<void> {
  const totals: Record<string, Integer> = {};
  for (const record of (await tx.run(COUNT_CITATIONS)).records) {
    const id: unknown = record.get("id");
    if (typeof id === "string") totals[id] = record.get("citations") as Integer;
  }
  await tx.run(SET_COUNTS, { totals });
}
