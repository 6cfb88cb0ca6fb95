/**
 * The anchor of a quoted passage on its document's page (`/source/<document>#citation-…`): the
 * first 12 hex digits of the SHA-256 of the quote exactly as the fact stores it. The API computes
 * the same in Cypher (`{{sources x}}` and the Sources field group, with APOC's sha256), so a
 * citation in any answer links to its passage without a look-up. Plain code: the explore page's
 * bundle imports the prefix.
 */
export const ANCHOR_PREFIX = "citation-";

/** The Cypher expression of the anchor of the quote `quote` (an expression). */
export const anchorCypher = (quote: string): string => `'${ANCHOR_PREFIX}' + left(apoc.util.sha256([${quote}]), 12)`;
