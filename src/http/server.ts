/**
 * The HTTP server: GraphQL at /graphql (the explorer when opened in a browser), the explorer's
 * assets, and the operations endpoints. Cross-cutting concerns are Apollo plugins.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { readExamples } from "../explorer/examples.js";
import { exportRoutes } from "../export/http.js";
import { EXPLORER_ASSET_PATH, explorerAssets } from "../explorer/page.js";
import { healthRoutes } from "./health.js";
import { databaseErrorsPlugin } from "./plugins/database-errors.js";
import { explorerLandingPagePlugin } from "./plugins/explorer-landing-page.js";
import { readOnlyRule } from "./plugins/read-only.js";

export const GRAPHQL_PATH = "/graphql";

export interface HttpServerOptions {
  schema: GraphQLSchema;
  driver: Driver;
  database: string;
  port: number;
  host: string;
}

export interface RunningHttpServer {
  url: string;
  graphqlUrl: string;
  server: Server;
  close(): Promise<void>;
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = createServer(app);
  const apollo = new ApolloServer({
    schema: options.schema,
    introspection: true,
    // Stack traces reveal internals to the public; the server log has them.
    includeStacktraceInErrorResponses: false,
    validationRules: [readOnlyRule],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      databaseErrorsPlugin(),
      explorerLandingPagePlugin(GRAPHQL_PATH, readExamples()),
    ],
  });
  await apollo.start();

  app.use(healthRoutes(options.driver, options.database));
  app.use(exportRoutes(options.driver, options.database));
  app.get(`${EXPLORER_ASSET_PATH}/:file`, (req, res) => {
    const file = explorerAssets[req.params.file];
    if (!file) return void res.status(404).send("not found");
    res.setHeader("Cache-Control", "public, max-age=86400");
    res.sendFile(file);
  });
  app.get("/", (_req, res) => res.redirect(GRAPHQL_PATH));
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async () => ({ sessionConfig: { database: options.database } }),
    }),
  );

  await new Promise<void>((ready) => httpServer.listen(options.port, options.host, ready));
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  const url = `http://${host === "0.0.0.0" || host === "127.0.0.1" ? "localhost" : host}:${port}`;
  return {
    url,
    graphqlUrl: url + GRAPHQL_PATH,
    server: httpServer,
    close: () => apollo.stop(),
  };
}
