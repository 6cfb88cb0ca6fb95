/**
 * The anchor of a quoted passage on its document's page (`/source/<document>#citation-…`): the
 * first 12 hex digits of the SHA-256 of the quote exactly as the fact stores it. The app computes it
 * for every citation it shows (passages.ts, citations.ts); the field `GoverningDocument.signing`
 * computes the same in Cypher (APOC's sha256). So a citation in any answer links to its passage
 * without a look-up. Plain code: the explore page's bundle imports the prefix.
 */
export const ANCHOR_PREFIX = "citation-";
