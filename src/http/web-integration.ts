/**
 * Everything a website on another origin needs from the HTTP layer, composed in one place so
 * server.ts mounts it with a few lines: CORS, compression, CSRF for POST, HTTP caching (cache
 * hints, an answer cache per graph version, ETags from each answer's content, 304), trusted
 * documents and stable entity URLs. See docs/integration.md.
 */
import type { ApolloServer, ApolloServerOptions, ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { DocumentNode } from "graphql";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import compression from "compression";
import express, { type Request, type RequestHandler, type Response, type Router } from "express";
import type { Driver } from "neo4j-driver";
import { cachedGraphVersion, type CachedGraphVersion } from "../changes/graph-version.js";
import type { HeldRequestKind } from "../database/health.js";
import { CACHE_LIMITS } from "../config/limits.js";
import { readTrustedDocuments } from "../website/trusted-documents.js";
import { trustedDocumentsCache, trustedDocumentsPlugin, type TrustedDocumentsMode } from "./apollo/trusted-documents.js";
import { AnswerStore } from "./cache/answer-store.js";
import { graphqlReadKey, isTrustedRequest, pathReadKey } from "./cache/request-keys.js";
import { answerCache } from "./middleware/answer-cache.js";
import { corsMiddleware, type CorsOrigins } from "./middleware/cors.js";
import { csrfPostGuard } from "./middleware/csrf.js";
import { ENTITY_URL_PREFIX, entityUrlRoutes } from "./routes/entity-urls.js";
import { SOURCE_PATH, sourceDocumentRoutes } from "./routes/source-documents.js";
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
  /** Memory for answers kept per graph version, in MB; 0 turns the answer cache off (ETags and 304s remain). */
  answerCacheMb: number;
}

export const DEFAULT_WEB_OPTIONS: WebIntegrationOptions = {
  corsOrigins: [],
  trustedDocuments: "any",
  cacheMaxAgeS: CACHE_LIMITS.defaultMaxAgeS,
  graphVersionTtlMs: CACHE_LIMITS.graphVersionTtlMs,
  answerCacheMb: CACHE_LIMITS.answerCacheMb,
};

interface WebIntegration {
  /** The graph's version, read at most once per graphVersionTtlMs (the validators' and the export's). */
  graphVersion: CachedGraphVersion;
  /** Spread into the ApolloServer options. */
  apolloOptions: Pick<ApolloServerOptions<BaseContext>, "csrfPrevention" | "persistedQueries">;
  apolloPlugins: ApolloServerPlugin<BaseContext>[];
  /** Before every route: CORS (answers preflights) and compression. */
  beforeRoutes: RequestHandler[];
  /** On the GraphQL path, before the body parser: CSRF for POST. */
  graphqlGuards: RequestHandler[];
  /** On the GraphQL path, after the body parser: answers from the cache, ETags and 304s. */
  graphqlCache: RequestHandler[];
  /** The answers kept (for the benchmark and the tests). */
  answers: AnswerStore;
  /** /id/<id>, /source/<id> and the trusted documents' manifests, once Apollo has started. */
  routes(apollo: ApolloServer<BaseContext>): Router[];
  /** The website's trusted operations, told apart from other requests: after a restart the app lets them through first. */
  heldKind: { ofRequest(req: Request): HeldRequestKind; ofDocument(document: DocumentNode): HeldRequestKind };
}

/** What compression compresses: its default (text, JSON, CSV, ...) and NDJSON, which the media-type database does not mark. */
function compressible(req: Request, res: Response): boolean {
  return /^application\/x-ndjson\b/.test(String(res.getHeader("content-type") ?? "")) || compression.filter(req, res);
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

/** `uncached`: requests that must reach the database (the app's own warm-up, which plans the operations). */
export function webIntegration(options: WebIntegrationOptions, driver: Driver, database: string, health: DatabaseState = { isUp: true }, uncached: (req: Request) => boolean = () => false): WebIntegration {
  const documents = readTrustedDocuments();
  const answers = new AnswerStore({ maxBytes: options.answerCacheMb * 1024 * 1024, rememberedEtags: CACHE_LIMITS.rememberedEtags });
  const graphVersion = cachedGraphVersion(driver, database, options.graphVersionTtlMs, () => health.isUp);
  const databaseDown = () => !health.isUp;
  const trusted = { isTrustedHash: (hash: string) => documents.textForHash(hash) !== undefined, isTrustedText: (text: string) => documents.matchText(text) !== undefined };
  const graphqlAnswers = answerCache({ store: answers, graphVersion, appliesTo: (req) => req.method === "POST" || isGraphQLRead(req), keyOf: (req) => (uncached(req) ? undefined : graphqlReadKey(req, trusted)), databaseDown });
  const pathAnswers = answerCache({ store: answers, graphVersion, appliesTo: () => true, keyOf: pathReadKey, databaseDown });
  const operation = (name: string) => {
    const found = documents.byName.get(name);
    if (!found) throw new Error(`src/website/operations has no ${name} operation, which GET /id/<id> runs`);
    return found;
  };
  const entityDocument = operation("EntityById");
  const sourceDocument = operation("SourceDocumentById");
  return {
    graphVersion,
    // Apollo's CSRF check would also block plain GETs; csrfPostGuard keeps it for POST.
    apolloOptions: { csrfPrevention: false, persistedQueries: { cache: trustedDocumentsCache(documents) } },
    apolloPlugins: [ApolloServerPluginCacheControl({ defaultMaxAge: options.cacheMaxAgeS }), trustedDocumentsPlugin(documents, options.trustedDocuments, TRUSTED_DOCUMENTS_PATH)],
    beforeRoutes: [corsMiddleware(options.corsOrigins), compression({ filter: compressible })],
    graphqlGuards: [csrfPostGuard()],
    graphqlCache: [graphqlAnswers],
    answers,
    heldKind: {
      ofRequest: (req) => (isTrustedRequest(req, trusted) ? "website" : "other"),
      ofDocument: (document) => (documents.matchDocument(document) ? "website" : "other"),
    },
    routes(apollo) {
      const entities = express.Router();
      // The same validators and 304s as GraphQL over GET, then the entity.
      entities.use(ENTITY_URL_PREFIX, pathAnswers);
      entities.use(entityUrlRoutes({ apollo, database, document: entityDocument, sourceDocument, errorCacheControl: `public, max-age=${options.cacheMaxAgeS}` }));
      // A document's text with its quoted passages: the same cache and validators.
      entities.use(SOURCE_PATH, pathAnswers);
      entities.use(sourceDocumentRoutes({ driver, database, cacheControl: `public, max-age=${options.cacheMaxAgeS}` }));
      return [trustedDocumentsRoute(documents, options.trustedDocuments), entities];
    },
  };
}
