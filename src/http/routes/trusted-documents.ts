/** GET /trusted-documents.json: the website's trusted documents for integrators (operation name -> id, file and text, to read or to diff). */
import express, { type Router } from "express";
import type { TrustedDocuments } from "../../website/trusted-documents.js";
import type { TrustedDocumentsMode } from "../apollo/trusted-documents.js";

export const TRUSTED_DOCUMENTS_PATH = "/trusted-documents.json";

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
