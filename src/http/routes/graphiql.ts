/** GraphiQL's assets (GET /graphiql-assets/<file>) and "/", which sends a visitor to GraphiQL at the GraphQL path. */
import express, { type Router } from "express";
import { GRAPHIQL_ASSET_PATH, graphiqlAssets } from "../../graphiql/page.js";

export function graphiqlRoutes(graphqlPath: string): Router {
  const router = express.Router();
  router.get(`${GRAPHIQL_ASSET_PATH}/:file`, (req, res) => {
    const file = graphiqlAssets[req.params.file];
    if (!file) return void res.status(404).send("not found");
    res.setHeader("Cache-Control", "public, max-age=86400");
    res.sendFile(file);
  });
  router.get("/", (_req, res) => res.redirect(graphqlPath));
  return router;
}
