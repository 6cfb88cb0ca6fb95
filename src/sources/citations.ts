/**
 * A fact's citations as the API shows them: `{ document: { id, title, kind, date }, quote, anchor }`,
 * built from the ids and quotes a fact stores and one read of the documents cited. The analyst
 * answers (their Cypher returns the marker of citation-marker.ts) and the GraphQL field `sources`
 * (src/graphql/sources-resolvers.ts) both build them here.
 */
import neo4j, { type Driver, type Transaction } from "neo4j-driver";
import { anchorOf } from "./passages.js";

export interface SourceDocumentRef {
  id: string;
  title: string;
  kind: string;
  date: string | null;
}

export interface Citation {
  document: SourceDocumentRef;
  quote: string;
  anchor: string;
}

/**
 * Where the documents are read: the database the facts came from, through a driver, or through the
 * caller's own session or transaction (a GraphQL context may bring either, as @neo4j/graphql allows).
 */
export type CitationDatabase = { driver: Driver; database: string; signal?: AbortSignal } | { queryRunner: StatementRunner };

/** What a session and a transaction both offer. */
export type StatementRunner = Pick<Transaction, "run">;

export const DOCUMENT_REFS_STATEMENT =
  "MATCH (d:SourceDocument) WHERE d.id IN $ids RETURN d.id AS id, d.title AS title, d.kind AS kind, toString(d.date) AS date";

/** The documents of `ids` that the graph holds, by id (one statement however many). */
export async function readDocumentRefs(db: CitationDatabase, ids: readonly string[]): Promise<Map<string, SourceDocumentRef>> {
  if (ids.length === 0) return new Map();
  const params = { ids: [...new Set(ids)] };
  const result =
    "queryRunner" in db
      ? await db.queryRunner.run(DOCUMENT_REFS_STATEMENT, params)
      : await db.driver.executeQuery(DOCUMENT_REFS_STATEMENT, params, {
          database: db.database,
          routing: neo4j.routing.READ,
          transactionConfig: { metadata: { app: "samverkansgrafen-citations" } },
          signal: db.signal,
        });
  return new Map(result.records.map((r) => [r.get("id") as string, { id: r.get("id"), title: r.get("title"), kind: r.get("kind"), date: r.get("date") ?? null }]));
}

/**
 * The citations of one fact: quote i cites document i. A quote whose document the graph does not
 * hold is left out, as a join on the document would leave it out.
 */
export function citationsOf(documents: readonly (string | null)[], quotes: readonly string[], refs: ReadonlyMap<string, SourceDocumentRef>): Citation[] {
  const citations: Citation[] = [];
  quotes.forEach((quote, i) => {
    const document = refs.get(documents[i] ?? "");
    if (document) citations.push({ document, quote, anchor: anchorOf(quote) });
  });
  return citations;
}

/** Citations still to be built: `into` is the list the answer already holds, filled in place. */
export interface PendingCitations {
  into: Citation[];
  documents: (string | null)[];
  quotes: string[];
}

/** Fills every pending list of an answer with one read of the documents they cite. */
export async function fillCitations(db: CitationDatabase, pending: readonly PendingCitations[]): Promise<void> {
  if (pending.length === 0) return;
  const ids = pending.flatMap((p) => p.documents.filter((id): id is string => typeof id === "string"));
  const refs = await readDocumentRefs(db, ids);
  for (const p of pending) p.into.push(...citationsOf(p.documents, p.quotes, refs));
}
