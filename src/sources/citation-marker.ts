/**
 * Citations leave Cypher as two lists, the documents' ids and the quotes, under one marker key;
 * the app turns them into `Source` objects (src/sources/citations.ts). Building them in Cypher
 * took a sub-query per fact that read its documents, and made every statement that shows sources
 * several kB longer. Neo4j plans a statement in time that grows with its size, and after a restart
 * it plans every statement again (docs/hardening.md). Plain code: the fragments are text.
 */
export const CITATIONS_KEY = "__citations";

/** A Cypher map holding the citations of a fact: `documents` and `quotes` are list expressions, paired by position. */
export const citationsCypher = (documents: string, quotes: string): string => `{${CITATIONS_KEY}: [coalesce(${documents}, []), coalesce(${quotes}, [])]}`;

/** The citations of a fact x as stored on every node and relationship (sourceDocuments, sourceQuotes). */
export const factCitationsCypher = (x: string): string => citationsCypher(`${x}.sourceDocuments`, `${x}.sourceQuotes`);

/** The citations of a signing term t as stored in its JSON (`citations: [{document, quote}]`). */
export const termCitationsCypher = (t: string): string => citationsCypher(`[c IN ${t}.citations | c.document]`, `[c IN ${t}.citations | c.quote]`);
