/**
 * The explore page's routes: the URLs `routeOf` reads (src/explore/paths.ts; the view words come
 * from the registry of questions) and the bundled assets. An id the graph does not have, a view
 * word no question has, or a view the entity's type does not have answers HTTP 404 with the same
 * page, which then says so: never a blank screen or a stack trace.
 */
import { Router } from "express";
import neo4j, { type Driver } from "neo4j-driver";
import { ENTITY_TYPES } from "../model/entity-types.js";
import { exploreBundle } from "./bundle.js";
import { exploreHtml, type ShellData } from "./html.js";
import { EXPLORE_ASSETS, EXPLORE_PATH, routeOf, segmentsOf, type ExploreRoute } from "./paths.js";

interface Lookup {
  /** The entity's type, or undefined when the graph has no entity with the id. */
  entityType(id: string): Promise<string | undefined>;
  sourceExists(id: string): Promise<boolean>;
}

function lookupIn(driver: Driver, database: string): Lookup {
  const read = async (cypher: string, id: string) => (await driver.executeQuery(cypher, { id }, { database, routing: neo4j.routing.READ })).records[0];
  return {
    async entityType(id) {
      const record = await read(`MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels LIMIT 1`, id);
      const labels = (record?.get("labels") as string[] | undefined) ?? [];
      return record ? (ENTITY_TYPES.find((t) => labels.includes(t)) ?? "Entity") : undefined;
    },
    async sourceExists(id) {
      return (await read(`MATCH (d:SourceDocument {id: $id}) RETURN d.id AS id LIMIT 1`, id)) !== undefined;
    },
  };
}

/** Why a path names nothing, or undefined when the page can show it. */
export async function missing(route: ExploreRoute | undefined, segments: readonly string[], lookup: Lookup): Promise<ShellData["notFound"]> {
  const path = segments.join("/");
  if (!route) return { path, reason: segments.length === 2 && (await lookup.entityType(segments[0]!)) ? "view" : "id" };
  if (route.kind === "home") return undefined;
  if (route.kind === "source") return (await lookup.sourceExists(route.documentId)) ? undefined : { path, reason: "id" };
  if (route.subject === undefined) return undefined;
  const type = await lookup.entityType(route.subject);
  if (!type) return { path, reason: "id" };
  return (route.view.types as readonly string[]).includes(type) ? undefined : { path, reason: "view" };
}

export function exploreRouter(driver: Driver, database: string, graphqlPath: string): Router {
  const router = Router();
  const lookup = lookupIn(driver, database);
  // Start bundling now, so the first visitor gets it from memory.
  void exploreBundle().catch(() => undefined);

  router.get(`${EXPLORE_ASSETS}/:file`, async (req, res, next) => {
    try {
      const asset = (await exploreBundle()).assets.get(req.params.file);
      if (!asset) return void res.status(404).type("text/plain").send("finns inte / not found");
      res.setHeader("Cache-Control", "no-cache");
      res.type(asset.type).send(Buffer.from(asset.contents));
    } catch (error) {
      next(error);
    }
  });

  const page = async (pathname: string) => {
    const segments = segmentsOf(pathname);
    const route = routeOf(segments);
    const notFound = await missing(route, segments, lookup);
    const chunks = (await exploreBundle()).chunksFor(!notFound && route?.kind === "view" ? route.question.name : undefined);
    return { status: notFound ? 404 : 200, html: exploreHtml({ graphqlPath, ...(notFound ? { notFound } : {}) }, chunks) };
  };
  router.get([EXPLORE_PATH, `${EXPLORE_PATH}/*rest`], async (req, res, next) => {
    try {
      const { status, html } = await page(req.path);
      res.status(status).type("html").send(html);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
