/**
 * Trusted documents in Apollo: persisted queries served from the website's manifest (read-only:
 * nobody can register new documents), and in mode `only` a refusal of every other operation.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { TrustedDocuments } from "../../website/trusted-documents.js";

export type TrustedDocumentsMode = "any" | "only";

const TRUSTED_DOCUMENT_REQUIRED = "TRUSTED_DOCUMENT_REQUIRED";

/** Apollo's `persistedQueries.cache`: look-ups in the manifest; writes are ignored. */
export function trustedDocumentsCache(documents: TrustedDocuments) {
  // Apollo prefixes the keys of this cache with "apq:".
  const idOf = (key: string) => key.replace(/^apq:/, "");
  return {
    async get(key: string) {
      return documents.byId.get(idOf(key))?.text;
    },
    async set() {},
    async delete() {
      return false;
    },
  };
}

/** In mode `only`, refuses any operation that is not a trusted document, with HTTP 403; the refusal names where the manifest is published. */
export function trustedDocumentsPlugin(documents: TrustedDocuments, mode: TrustedDocumentsMode, manifestPath: string): ApolloServerPlugin {
  return {
    async requestDidStart() {
      if (mode !== "only") return;
      return {
        // queryHash is the SHA-256 of the query text, whether the client sent the text or only the id.
        async didResolveOperation({ queryHash }) {
          if (documents.byId.has(queryHash)) return;
          throw new GraphQLError(
            `This server answers only the website's trusted documents (see ${manifestPath}); send one of their ids as extensions.persistedQuery.sha256Hash.`,
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
