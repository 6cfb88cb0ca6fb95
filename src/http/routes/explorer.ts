/** The explorer's assets (GET /explorer-assets/<file>) and "/", which sends a visitor to the explorer at the GraphQL path. */
import express, { type Router } from "express";
import { EXPLORER_ASSET_PATH, explorerAssets } from "../../explorer/page.js";

export function explorerRoutes(graphqlPath: string): Router {
  const router = express.Router();
  router.get(`${EXPLORER_ASSET_PATH}/:file`, (req, res) => {
    const file = explorerAssets[req.params.file];
    if (!file) return void res.status(404).send("not found");
    res.setHeader("Cache-Control", "public, max-age=86400");
    res.sendFile(file);
  });
  router.get("/", (_req, res) => res.redirect(graphqlPath));
  return router;
}
