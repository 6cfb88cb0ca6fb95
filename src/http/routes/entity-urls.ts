/**
 * Stable URLs: GET /id/<id> answers the entity as JSON with its sources (the website's
 * EntityById trusted document, run in-process), 404 with a typed JSON error for an unknown id and
 * 400 for a malformed one. The validators and 304s come from the conditional-GET middleware, as
 * for GraphQL over GET.
 */
import type { ApolloServer, BaseContext } from "@apollo/server";
import express, { type Router } from "express";
import { EXPLORE_PATH } from "../../explore/paths.js";
import { entityId } from "../../model/entities.js";
import type { TrustedDocument } from "../../website/trusted-documents.js";
import { graphqlErrorBody } from "../middleware/error-body.js";

export const ENTITY_URL_PREFIX = "/id";

interface EntityUrlOptions {
  apollo: ApolloServer<BaseContext>;
  database: string;
  /** The EntityById operation. */
  document: TrustedDocument;
  /** Cache-Control for the 400 and 404 answers (they hold until the graph or the id changes). */
  errorCacheControl: string;
}

/** The API's one error shape, with the id asked for. */
function errorBody(code: string, message: string, id: string) {
  return graphqlErrorBody(code, message, { id });
}

export function entityUrlRoutes(options: EntityUrlOptions): Router {
  const router = express.Router();
  router.get(`${ENTITY_URL_PREFIX}/:id`, async (req, res) => {
    const id = req.params.id;
    if (!entityId.safeParse(id).success) {
      res.setHeader("Cache-Control", options.errorCacheControl);
      return void res.status(400).json(errorBody("BAD_ENTITY_ID", `'${id}' is not an entity id: expected prefix:slug in lower-case a-z, 0-9 and '-', e.g. doc:hos-avtal.`, id));
    }
    // A browser navigating here (prefers HTML) gets the entity's page on the explore site.
    if (req.accepts(["application/json", "text/html"]) === "text/html") return void res.redirect(303, `${EXPLORE_PATH}/${encodeURIComponent(id)}`);

    const response = await options.apollo.executeOperation(
      { query: options.document.text, variables: { id } },
      { contextValue: { sessionConfig: { database: options.database } } },
    );
    const result = response.body.kind === "single" ? response.body.singleResult : undefined;
    const failure = result?.errors?.[0];
    if (!result || failure) {
      res.setHeader("Cache-Control", "no-store");
      const retryAfter = response.http.headers.get("retry-after");
      if (retryAfter) res.setHeader("Retry-After", retryAfter);
      const code = String(failure?.extensions?.code ?? "INTERNAL_SERVER_ERROR");
      return void res.status(response.http.status ?? 500).json(errorBody(code, failure?.message ?? "no answer", id));
    }
    const entity = (result.data as { entity: ({ __typename: string } & Record<string, unknown>) | null }).entity;
    if (!entity) {
      res.setHeader("Cache-Control", options.errorCacheControl);
      return void res.status(404).json(errorBody("NOT_FOUND", `No entity has the id '${id}'.`, id));
    }
    const { __typename: type, ...fields } = entity;
    const cacheControl = response.http.headers.get("cache-control");
    if (cacheControl) res.setHeader("Cache-Control", cacheControl);
    res.json({ type, ...fields, url: `${ENTITY_URL_PREFIX}/${id}` });
  });
  return router;
}
