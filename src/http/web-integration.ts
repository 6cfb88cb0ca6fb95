/**
 * Everything a website on another origin needs from the HTTP layer, composed in one place so
 * server.ts mounts it with a few lines: CORS, compression, CSRF for POST, HTTP caching (cache
 * hints, ETag/Last-Modified from the graph version, 304), trusted documents and stable entity
 * URLs. See docs/integration.md.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ApolloServer, ApolloServerOptions, ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import compression from "compression";
import express, { type Request, type RequestHandler, type Router } from "express";
import type { Driver } from "neo4j-driver";
import { cachedGraphVersion, type CachedGraphVersion } from "../changes/graph-version.js";
import { CACHE_LIMITS } from "../config/limits.js";
import { projectRoot } from "../config/paths.js";
import { readTypeDefs } from "../graphql/type-defs.js";
import { readTrustedDocuments } from "../website/trusted-documents.js";
import { trustedDocumentsCache, trustedDocumentsPlugin, type TrustedDocumentsMode } from "./apollo/trusted-documents.js";
import { conditionalGet } from "./middleware/conditional-get.js";
import { corsMiddleware, type CorsOrigins } from "./middleware/cors.js";
import { csrfPostGuard } from "./middleware/csrf.js";
import { ENTITY_URL_PREFIX, entityUrlRoutes } from "./routes/entity-urls.js";
import { TRUSTED_DOCUMENTS_PATH, trustedDocumentsRoute } from "./routes/trusted-documents.js";

export interface WebIntegrationOptions {
  /** CORS_ORIGINS: origins whose pages may read answers, or "*". */
  corsOrigins: CorsOrigins;
  /** TRUSTED_DOCUMENTS: "any" serves trusted documents by id and any other query; "only" refuses the others. */
  trustedDocuments: TrustedDocumentsMode;
  /** HTTP_CACHE_MAX_AGE_S: max-age of answers without a more specific @cacheControl hint. */
  cacheMaxAgeS: number;
  /** How long the graph version is reused before it is read again. */
  graphVersionTtlMs: number;
}

export const DEFAULT_WEB_OPTIONS: WebIntegrationOptions = {
  corsOrigins: [],
  trustedDocuments: "any",
  cacheMaxAgeS: CACHE_LIMITS.defaultMaxAgeS,
  graphVersionTtlMs: CACHE_LIMITS.graphVersionTtlMs,
};

interface WebIntegration {
  /** The graph's version, read at most once per graphVersionTtlMs (the validators' and the export's). */
  graphVersion: CachedGraphVersion;
  /** Spread into the ApolloServer options. */
  apolloOptions: Pick<ApolloServerOptions<BaseContext>, "csrfPrevention" | "persistedQueries">;
  apolloPlugins: ApolloServerPlugin<BaseContext>[];
  /** Before every route: CORS (answers preflights) and compression. */
  beforeRoutes: RequestHandler[];
  /** On the GraphQL path, before the body parser: CSRF for POST, validators and 304 for GET. */
  graphqlGuards: RequestHandler[];
  /** /id/<id> and /trusted-documents.json, once Apollo has started. */
  routes(apollo: ApolloServer<BaseContext>): Router[];
}

/** Changes when the same request could get a different answer from the same graph: the SDL, the code's version. */
function serverFingerprint(): string {
  const { version } = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { version: string };
  return createHash("sha256").update(version).update(readTypeDefs()).digest("hex");
}

/** GraphQL over GET carries its operation in the URL; a GET without one is GraphiQL. */
function isGraphQLRead(req: Request): boolean {
  const query = req.query as Record<string, unknown>;
  return query.query !== undefined || query.extensions !== undefined;
}

/** The database's state as the HTTP layer sees it (src/database/health.ts). */
interface DatabaseState {
  isUp: boolean;
}

export function webIntegration(options: WebIntegrationOptions, driver: Driver, database: string, health: DatabaseState = { isUp: true }): WebIntegration {
  const documents = readTrustedDocuments();
  const graphVersion = cachedGraphVersion(driver, database, options.graphVersionTtlMs, () => health.isUp);
  const validators = conditionalGet({
    graphVersion,
    fingerprint: serverFingerprint(),
    appliesTo: (req) => req.baseUrl === ENTITY_URL_PREFIX || isGraphQLRead(req),
    databaseDown: () => !health.isUp,
  });
  const entityDocument = documents.byName.get("EntityById");
  if (!entityDocument) throw new Error("src/website/operations has no EntityById operation, which GET /id/<id> runs");
  return {
    graphVersion,
    // Apollo's CSRF check would also block plain GETs; csrfPostGuard keeps it for POST.
    apolloOptions: { csrfPrevention: false, persistedQueries: { cache: trustedDocumentsCache(documents) } },
    apolloPlugins: [ApolloServerPluginCacheControl({ defaultMaxAge: options.cacheMaxAgeS }), trustedDocumentsPlugin(documents, options.trustedDocuments, TRUSTED_DOCUMENTS_PATH)],
    beforeRoutes: [corsMiddleware(options.corsOrigins), compression()],
    graphqlGuards: [csrfPostGuard(), validators],
    routes(apollo) {
      const entities = express.Router();
      // The same validators and 304s as GraphQL over GET, then the entity.
      entities.use(ENTITY_URL_PREFIX, validators);
      entities.use(entityUrlRoutes({ apollo, database, document: entityDocument, errorCacheControl: `public, max-age=${options.cacheMaxAgeS}` }));
      return [trustedDocumentsRoute(documents, options.trustedDocuments), entities];
    },
  };
}
