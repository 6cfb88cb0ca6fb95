/**
 * The website's trusted documents for integrators:
 *   GET /trusted-documents.json          operation name -> id, file, text, and the other ids a
 *                                         client may send (printed, printed with __typename)
 *   GET /persisted-query-manifest.json   the same operations in Apollo's persisted-query manifest
 *                                         format, for @apollo/persisted-query-lists: each with the
 *                                         id and body of its __typename form, which is what
 *                                         Apollo Client's cache sends
 */
import express, { type Router } from "express";
import { documentId, type TrustedDocuments } from "../../website/trusted-documents.js";
import type { TrustedDocumentsMode } from "../apollo/trusted-documents.js";

export const TRUSTED_DOCUMENTS_PATH = "/trusted-documents.json";
export const PERSISTED_QUERY_MANIFEST_PATH = "/persisted-query-manifest.json";

export function trustedDocumentsRoute(documents: TrustedDocuments, mode: TrustedDocumentsMode): Router {
  const ours = {
    mode,
    documents: Object.fromEntries(
      [...documents.byName].map(([name, d]) => [name, { id: d.id, file: d.file, query: d.text, printedId: documentId(d.printed), apolloClientId: d.withTypename.id }]),
    ),
  };
  const apollo = {
    format: "apollo-persisted-query-manifest",
    version: 1,
    operations: [...documents.byName].map(([name, d]) => ({ id: d.withTypename.id, name, type: "query", body: d.withTypename.text })),
  };
  const router = express.Router();
  router.get(TRUSTED_DOCUMENTS_PATH, (_req, res) => {
    res.setHeader("Cache-Control", "public, max-age=300");
    res.json(ours);
  });
  router.get(PERSISTED_QUERY_MANIFEST_PATH, (_req, res) => {
    res.setHeader("Cache-Control", "public, max-age=300");
    res.json(apollo);
  });
  return router;
}
