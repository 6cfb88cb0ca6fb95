/**
 * Trusted documents in Apollo: persisted queries served from the website's documents (read-only:
 * nobody can register new ones), by any hash a standard client sends for them
 * (src/website/trusted-documents.ts), and in mode `only` a refusal of every other operation.
 * A document sent as text is trusted when it prints as a trusted document, whatever its layout.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { TrustedDocuments } from "../../website/trusted-documents.js";

export type TrustedDocumentsMode = "any" | "only";

const TRUSTED_DOCUMENT_REQUIRED = "TRUSTED_DOCUMENT_REQUIRED";

/** Apollo's `persistedQueries.cache`: look-ups among the trusted documents' hashes; writes are ignored. */
export function trustedDocumentsCache(documents: TrustedDocuments) {
  // Apollo prefixes the keys of this cache with "apq:".
  const idOf = (key: string) => key.replace(/^apq:/, "");
  return {
    async get(key: string) {
      return documents.textForHash(idOf(key));
    },
    async set() {},
    async delete() {
      return false;
    },
  };
}

/**
 * In mode `only`, refuses any operation that is not a trusted document, with HTTP 403; the
 * refusal names where the manifest is published. An unknown hash is answered 404
 * PERSISTED_QUERY_NOT_FOUND, which Apollo Client's persisted-query link and urql take as "send
 * the text": that text is then accepted when it is a trusted document.
 */
export function trustedDocumentsPlugin(documents: TrustedDocuments, mode: TrustedDocumentsMode, manifestPath: string): ApolloServerPlugin {
  return {
    async requestDidStart() {
      if (mode !== "only") return;
      return {
        async didResolveOperation({ queryHash, document }) {
          if (documents.textForHash(queryHash) !== undefined || documents.matchDocument(document)) return;
          throw new GraphQLError(
            `This server answers only the website's trusted documents (see ${manifestPath}); send one of them, or one of their ids as extensions.persistedQuery.sha256Hash.`,
            { extensions: { code: TRUSTED_DOCUMENT_REQUIRED, http: { status: 403 } } },
          );
        },
        async willSendResponse({ response, errors }) {
          // An unknown id cannot be registered in this mode: say so with a 404, not APQ's 200.
          if (errors?.some((e) => e.extensions?.code === "PERSISTED_QUERY_NOT_FOUND")) response.http.status = 404;
        },
      };
    },
  };
}
