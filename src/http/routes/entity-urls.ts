/**
 * Stable URLs: GET /id/<id> answers the entity as JSON with its sources (the website's
 * EntityById trusted document, run in-process), and GET /id/<source document id> the source
 * document with its file (SourceDocumentById); 404 with a typed JSON error for an unknown id and
 * 400 for a malformed one. The answer cache gives the validators and 304s, as for GraphQL over GET.
 */
import type { ApolloServer, BaseContext } from "@apollo/server";
import express, { type Router } from "express";
import { EXPLORE_PATH, sourceUrl } from "../../explore/paths.js";
import { entityId } from "../../model/entities.js";
import { entityAsJsonLd, JSON_LD, sourceDocumentAsJsonLd } from "../../export/linked-data/documents.js";
import { isSourceId } from "../../sources/source-id.js";
import type { TrustedDocument } from "../../website/trusted-documents.js";
import { graphqlErrorBody } from "../middleware/error-body.js";

export const ENTITY_URL_PREFIX = "/id";

interface EntityUrlOptions {
  apollo: ApolloServer<BaseContext>;
  database: string;
  /** The EntityById operation. */
  document: TrustedDocument;
  /** The SourceDocumentById operation. */
  sourceDocument: TrustedDocument;
  /** Cache-Control for the 400 and 404 answers (they hold until the graph or the id changes). */
  errorCacheControl: string;
}

/** The API's one error shape, with the id asked for. */
function errorBody(code: string, message: string, id: string) {
  return graphqlErrorBody(code, message, { id });
}

export function entityUrlRoutes(options: EntityUrlOptions): Router {
  const router = express.Router();
  const run = async (document: TrustedDocument, id: string) => {
    const response = await options.apollo.executeOperation(
      { query: document.text, variables: { id } },
      { contextValue: { sessionConfig: { database: options.database } } },
    );
    const result = response.body.kind === "single" ? response.body.singleResult : undefined;
    return { response, result, failure: result?.errors?.[0] };
  };
  router.get(`${ENTITY_URL_PREFIX}/*rest`, async (req, res) => {
    const rest = (req.params as { rest?: string | string[] }).rest;
    const id = Array.isArray(rest) ? rest.join("/") : String(rest ?? "");
    const isEntity = entityId.safeParse(id).success;
    const isSource = !isEntity && isSourceId(id);
    if (!isEntity && !isSource) {
      res.setHeader("Cache-Control", options.errorCacheControl);
      return void res
        .status(400)
        .json(errorBody("BAD_ENTITY_ID", `'${id}' is not an id: expected an entity's prefix:slug in lower-case a-z, 0-9 and '-' (e.g. doc:hos-avtal), or a source document's file name (e.g. 002_8d4a43273a73bb64.txt).`, id));
    }
    // A browser navigating here (prefers HTML) gets the page on the explore site; linked-data clients JSON-LD.
    const wanted = req.accepts(["application/json", JSON_LD, "text/html"]);
    if (wanted === "text/html") return void res.redirect(303, isSource ? sourceUrl(id) : `${EXPLORE_PATH}/${encodeURIComponent(id)}`);

    const { response, result, failure } = await run(isSource ? options.sourceDocument : options.document, id);
    if (!result || failure) {
      res.setHeader("Cache-Control", "no-store");
      const retryAfter = response.http.headers.get("retry-after");
      if (retryAfter) res.setHeader("Retry-After", retryAfter);
      const code = String(failure?.extensions?.code ?? "INTERNAL_SERVER_ERROR");
      return void res.status(response.http.status ?? 500).json(errorBody(code, failure?.message ?? "no answer", id));
    }
    const data = result.data as { entity?: ({ __typename: string } & Record<string, unknown>) | null; sourceDocuments?: Record<string, unknown>[] };
    const found = isSource ? data.sourceDocuments?.[0] : data.entity;
    if (!found) {
      res.setHeader("Cache-Control", options.errorCacheControl);
      return void res.status(404).json(errorBody("NOT_FOUND", `No ${isSource ? "source document" : "entity"} has the id '${id}'.`, id));
    }
    const cacheControl = response.http.headers.get("cache-control");
    if (cacheControl) res.setHeader("Cache-Control", cacheControl);
    const { __typename: type, ...fields } = found as { __typename: string } & Record<string, unknown>;
    if (wanted === JSON_LD) {
      const origin = `${req.protocol}://${req.get("host")}`;
      const body = isSource ? sourceDocumentAsJsonLd(origin, { ...fields, id }) : entityAsJsonLd(origin, { ...fields, type, id });
      return void res.type(JSON_LD).send(JSON.stringify(body));
    }
    if (isSource) return void res.json({ type: "SourceDocument", ...found, self: `${ENTITY_URL_PREFIX}/${id}` });
    res.json({ type, ...fields, url: `${ENTITY_URL_PREFIX}/${id}` });
  });
  return router;
}
