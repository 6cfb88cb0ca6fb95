/**
 * Trusted documents over HTTP: Apollo's persisted queries served from the website's manifest
 * (read-only: nobody can register new documents), the manifest itself at
 * GET /trusted-documents.json, and in mode `only` a refusal of every other operation.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import express, { type Router } from "express";
import { GraphQLError } from "graphql";
import type { TrustedDocuments } from "../../website/trusted-documents.js";

export type TrustedDocumentsMode = "any" | "only";

export const TRUSTED_DOCUMENTS_PATH = "/trusted-documents.json";
export const TRUSTED_DOCUMENT_REQUIRED = "TRUSTED_DOCUMENT_REQUIRED";

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

/** In mode `only`, refuses any operation that is not a trusted document, with HTTP 403. */
export function trustedDocumentsPlugin(documents: TrustedDocuments, mode: TrustedDocumentsMode): ApolloServerPlugin {
  return {
    async requestDidStart() {
      if (mode !== "only") return;
      return {
        // queryHash is the SHA-256 of the query text, whether the client sent the text or only the id.
        async didResolveOperation({ queryHash }) {
          if (documents.byId.has(queryHash)) return;
          throw new GraphQLError(
            `This server answers only the website's trusted documents (see ${TRUSTED_DOCUMENTS_PATH}); send one of their ids as extensions.persistedQuery.sha256Hash.`,
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

/** The manifest for integrators: operation name -> id (and the text, to read or to diff). */
export function trustedDocumentsRoute(documents: TrustedDocuments, mode: TrustedDocumentsMode): Router {
  const body = {
    mode,
    documents: Object.fromEntries([...documents.byName].map(([name, d]) => [name, { id: d.id, file: d.file, query: d.text }])),
  };
  const router = express.Router();
  router.get(TRUSTED_DOCUMENTS_PATH, (_req, res) => {
    res.setHeader("Cache-Control", "public, max-age=300");
    res.json(body);
  });
  return router;
}
