/**
 * The HTTP server: GraphQL at /graphql (GraphiQL when opened in a browser), the website's
 * integration, the export, the explore page and the operations endpoints, composed from the
 * kinds of parts in this folder (docs/hardening.md, docs/integration.md):
 *   middleware/  Express middleware    routes/      Express routers (the endpoints besides /graphql)
 *   apollo/      Apollo Server plugins and formatError
 *   validation/  GraphQL parse options and validation rules
 *
 * Mount order (slot new parts where they belong):
 *   1. requestLog           request id header + one JSON log line per request
 *   2. requestDeadline      typed 504 after the deadline; AbortSignal for the work (not the
 *                           export, which has its own turns and transaction timeout)
 *   3. web.beforeRoutes     CORS (answers preflights), compression
 *   4. /health, /ready      never rate-limited
 *   5. on /id and /source: fairShare; web.routes   /trusted-documents.json,
 *                           /persisted-query-manifest.json; /id/<id>, /source/<id> (answer cache,
 *                           ETag/304 like GraphQL over GET)
 *   6. exportRoutes         /export, /export/<file> (its own turns: one per client, a few at once);
 *                           linkedDataRoutes /ns/context.jsonld, /dataset.rdf
 *   7. graphiqlRoutes       /graphiql-assets/<file>, and "/" redirected to /graphql
 *   8. exploreRouter        /explore, /explore/<id>[/<view>], /explore/kalla/<document>, /explore/assets/<file>
 *   9. on /graphql: fairShare (rate + a fair queue per client) → HEAD as GET → CSRF for POST →
 *      express.json (size limit) → the answer cache (kept answers, content ETags, 304, also while
 *      the database is down) → 503 at once while the database is down or re-planned for → Apollo
 *      (parse limits, validation rules, input limits, cost, database
 *      state, trusted documents, cache hints, timeouts, the status of a failed request; GraphiQL
 *      for a browser)
 *  10. notFoundHandler, httpErrorHandler   JSON for every error, never Express's HTML page
 *
 * Clients are told apart by address; `trustProxy` (TRUST_PROXY) names the proxies whose
 * X-Forwarded-For is believed.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import express, { type Request, type RequestHandler } from "express";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { REQUEST_LIMITS, TIME_LIMITS } from "../config/limits.js";
import { DatabaseHealth, type DatabaseProcessState } from "../database/health.js";
import { exploreRouter } from "../explore/router.js";
import { readExamples } from "../graphiql/examples.js";
import { EXPORT_PATH, exportRoutes } from "../export/http.js";
import { linkedDataRoutes } from "../export/linked-data/routes.js";
import { snapshotFiles } from "../export/snapshot-files.js";
import { databaseErrorsPlugin, WARM_UP_HEADER } from "./apollo/database-errors.js";
import { answerScopeOf } from "./cache/answer-date.js";
import { graphiqlLandingPagePlugin } from "./apollo/graphiql-landing-page.js";
import { failedRequestStatusPlugin } from "./apollo/failed-request-status.js";
import { formatError } from "./apollo/format-error.js";
import { inputLimitsPlugin } from "./apollo/input-limits.js";
import { queryCostPlugin } from "./apollo/query-cost.js";
import { monitorEventLoop } from "./event-loop-delay.js";
import { writeLogLine } from "./log-line.js";
import { graphqlErrorBody } from "./middleware/error-body.js";
import { clientKey, fairShare, type FairShareOptions } from "./middleware/fair-share.js";
import { headAsGet } from "./middleware/head-as-get.js";
import { httpErrorHandler, notFoundHandler } from "./middleware/http-errors.js";
import { requestDeadline, signalOf } from "./middleware/request-deadline.js";
import { databaseDownFastPath } from "./middleware/database-down.js";
import { requestLog } from "./middleware/request-log.js";
import { graphiqlRoutes } from "./routes/graphiql.js";
import { ENTITY_URL_PREFIX } from "./routes/entity-urls.js";
import { SOURCE_PATH } from "./routes/source-documents.js";
import { healthRoutes } from "./routes/health.js";
import { armorProtection } from "./validation/armor.js";
import { introspectionLimitRule } from "./validation/introspection-limit.js";
import { parseOptions } from "./validation/parse-options.js";
import { readOnlyRule } from "./validation/read-only.js";
import { rootFieldLimitRule } from "./validation/root-field-limit.js";
import { DEFAULT_WEB_OPTIONS, webIntegration, type WebIntegrationOptions } from "./web-integration.js";

const GRAPHQL_PATH = "/graphql";

export interface HttpServerOptions {
  schema: GraphQLSchema;
  driver: Driver;
  database: string;
  port: number;
  host: string;
  /** Longer bounds for a tool that asks what no client may (the schema walk); TIME_LIMITS by default. */
  timeLimits?: { transactionTimeoutMs: number; requestDeadlineMs: number };
  /** Per-client rate limit and fair queue; absent: off (tests), `npm start` sets them from the environment. */
  fairShare?: FairShareOptions;
  /** Express's `trust proxy` (TRUST_PROXY): which proxies' X-Forwarded-For names the client. Default: none. */
  trustProxy?: false | number | string[];
  /** Where the export's snapshot files are kept; absent: a temporary folder removed on close. */
  exportDir?: string;
  /** One JSON log line per request on stderr (default off; `npm start` turns it on). */
  requestLog?: boolean;
  /** The local database's process as its supervisor sees it (src/database/local/supervisor.ts); absent for a server elsewhere. */
  databaseProcess?: () => DatabaseProcessState;
  /** Called when the database is back after an outage (the app re-plans its analyst queries). */
  onDatabaseRecovered?: () => void | Promise<void>;
  /** CORS, HTTP caching, trusted documents (docs/integration.md); defaults when omitted. */
  web?: Partial<WebIntegrationOptions>;
  /** The contact e-mail of the dataset's DCAT description (DATASET_CONTACT_EMAIL). */
  datasetContactEmail?: string;
}

export interface RunningHttpServer {
  url: string;
  graphqlUrl: string;
  server: Server;
  health: DatabaseHealth;
  /** Headers for the app's own warm-up requests: they pass while the app re-plans after a restart. */
  warmUpHeaders: Record<string, string>;
  close(): Promise<void>;
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy ?? false);
  const httpServer = createServer(app);
  const warmUpToken = randomUUID();
  const health = new DatabaseHealth({ driver: options.driver, database: options.database, log: writeLogLine, onRecovered: options.onDatabaseRecovered });
  const eventLoop = monitorEventLoop();
  const armor = armorProtection();
  // While the database is known to be down every answer takes milliseconds: nobody waits for a turn.
  // The app's own warm-up requests (after start and restart) plan its operations: not counted in
  // any client's fair share (they come from the app's own address) and never answered from the cache.
  const isWarmUp = (req: Request) => req.get(WARM_UP_HEADER) === warmUpToken;
  const fair = fairShare(options.fairShare ?? { requestsPerMinute: 0, concurrentPerClient: 0, queuedPerClient: 0 }, () => !health.isUp);
  const share = { ...fair, handlers: fair.handlers.map((handler): RequestHandler => (req, res, next) => (isWarmUp(req) ? next() : handler(req, res, next))) };
  health.onChange((up) => {
    if (!up) share.queue?.admitAll();
  });
  // Website integration (CORS, caching, trusted documents, /id/<id>): its mount points are marked "web".
  const web = webIntegration({ ...DEFAULT_WEB_OPTIONS, ...options.web }, options.driver, options.database, health, isWarmUp);
  const exportDir = options.exportDir ?? mkdtempSync(join(tmpdir(), "samverkansgrafen-export-"));
  const apollo = new ApolloServer({
    ...web.apolloOptions,
    schema: options.schema,
    introspection: true,
    // Stack traces reveal internals to the public; the server log has them.
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    allowBatchedHttpRequests: false,
    parseOptions,
    validationRules: [readOnlyRule, rootFieldLimitRule, introspectionLimitRule, ...armor.validationRules],
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...armor.plugins,
      inputLimitsPlugin(),
      queryCostPlugin(options.schema),
      databaseErrorsPlugin(health, warmUpToken, web.heldKind.ofDocument),
      failedRequestStatusPlugin(),
      graphiqlLandingPagePlugin(GRAPHQL_PATH, readExamples()),
      ...web.apolloPlugins,
    ],
  });
  await apollo.start();
  if (options.databaseProcess) health.watchProcess(options.databaseProcess);
  health.start();

  app.use(requestLog({ enabled: options.requestLog ?? false }));
  const times = { ...TIME_LIMITS, ...options.timeLimits };
  app.use(requestDeadline(times.requestDeadlineMs, (req) => req.path.startsWith(`${EXPORT_PATH}/`)));
  app.use(web.beforeRoutes); // web: CORS (answers preflights), compression
  app.use(healthRoutes(options.driver, options.database, health, eventLoop));
  if (share.handlers.length) app.use([ENTITY_URL_PREFIX, SOURCE_PATH], ...share.handlers);
  app.use(web.routes(apollo)); // web: /trusted-documents.json, /id/<id>, /source/<id>
  app.use(
    exportRoutes(options.driver, options.database, {
      graphVersion: web.graphVersion,
      health,
      snapshots: snapshotFiles(exportDir),
      clientOf: clientKey,
      errorBody: graphqlErrorBody,
      log: (line) => writeLogLine({ level: "error", event: "export_failed", message: line }),
    }),
  );
  app.use(linkedDataRoutes(options.driver, options.database, options.datasetContactEmail));
  app.use(graphiqlRoutes(GRAPHQL_PATH));
  app.use(exploreRouter(options.driver, options.database, GRAPHQL_PATH));
  app.use(
    GRAPHQL_PATH,
    ...share.handlers,
    headAsGet,
    ...web.graphqlGuards, // web: CSRF for POST
    express.json({ limit: REQUEST_LIMITS.maxBodyBytes }),
    ...web.graphqlCache, // web: answers kept per graph version, ETags from the answer, 304
    databaseDownFastPath(health, isWarmUp, web.heldKind.ofRequest), // 503 at once while the database is down or re-planned for
    expressMiddleware(apollo, {
      context: async ({ res }) => ({
        sessionConfig: { database: options.database },
        // Where an answer says it holds only for today (src/http/cache/answer-date.ts).
        answerScope: answerScopeOf(res),
        // Every generated query's transaction: Neo4j aborts it after this.
        transaction: { timeout: times.transactionTimeoutMs, metadata: { app: "samverkansgrafen-api" } },
        // Fires at the request deadline or when the client goes away; the analyst queries stop then.
        signal: signalOf(res),
      }),
    }),
  );
  app.use(notFoundHandler);
  app.use(httpErrorHandler);

  await new Promise<void>((ready) => httpServer.listen(options.port, options.host, ready));
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  const url = `http://${host === "0.0.0.0" || host === "127.0.0.1" ? "localhost" : host}:${port}`;
  return {
    url,
    graphqlUrl: url + GRAPHQL_PATH,
    server: httpServer,
    health,
    warmUpHeaders: { [WARM_UP_HEADER]: warmUpToken },
    close: async () => {
      health.stop();
      eventLoop.stop();
      await apollo.stop();
      if (!options.exportDir) rmSync(exportDir, { recursive: true, force: true });
    },
  };
}
