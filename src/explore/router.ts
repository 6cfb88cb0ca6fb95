/**
 * The explore page's routes: `/explore` (start), `/explore/<id>` (an entity; a stable URL the
 * website can link to), `/explore/<id>/<view>` (an analyst question as a picture),
 * `/explore/kalla/<document>` (a source document) and the bundled assets. An unknown id answers
 * HTTP 404 with the same page, which then shows suggestions: never a blank screen or a stack trace.
 */
import { Router } from "express";
import neo4j, { type Driver } from "neo4j-driver";
import { exploreAssets } from "./bundle.js";
import { EXPLORE_ASSETS, EXPLORE_PATH, exploreHtml } from "./html.js";

export const VIEWS = ["beroenden", "bygger-pa", "styrning", "pengar", "tidslinje", "mote", "konsekvenser"] as const;

async function exists(driver: Driver, database: string, label: "Entity" | "SourceDocument", id: string): Promise<boolean> {
  const { records } = await driver.executeQuery(`MATCH (n:${label} {id: $id}) RETURN count(n) AS n`, { id }, { database, routing: neo4j.routing.READ });
  return Number(records[0]?.get("n") ?? 0) > 0;
}

export function exploreRouter(driver: Driver, database: string, graphqlPath: string): Router {
  const router = Router();
  // Start bundling now, so the first visitor gets it from memory.
  void exploreAssets().catch(() => undefined);

  router.get(`${EXPLORE_ASSETS}/:file`, async (req, res, next) => {
    try {
      const asset = (await exploreAssets()).get(req.params.file);
      if (!asset) return void res.status(404).type("text/plain").send("finns inte / not found");
      res.setHeader("Cache-Control", "no-cache");
      res.type(asset.type).send(Buffer.from(asset.contents));
    } catch (error) {
      next(error);
    }
  });

  const page = (status: number, notFound?: string) => exploreHtml({ graphqlPath, ...(notFound ? { notFound } : {}) });
  router.get(EXPLORE_PATH, (_req, res) => void res.type("html").send(page(200)));
  router.get(`${EXPLORE_PATH}/*rest`, async (req, res, next) => {
    try {
      const parts = (req.params as { rest: string[] }).rest;
      const [first, second] = parts;
      const isSource = first === "kalla" && parts.length === 2;
      const id = isSource ? second! : first!;
      const validView = isSource || parts.length === 1 || (parts.length === 2 && (VIEWS as readonly string[]).includes(second!));
      const found = validView && (await exists(driver, database, isSource ? "SourceDocument" : "Entity", id));
      if (!found) return void res.status(404).type("html").send(page(404, parts.join("/")));
      res.type("html").send(page(200));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
