/**
 * The open-data descriptions: GET /ns/context.jsonld (the JSON-LD context) and GET /dataset.rdf
 * (DCAT-AP-SE), both built for the origin the request names.
 */
import { Router, type Request } from "express";
import type { Driver } from "neo4j-driver";
import { readGraphVersion } from "../../changes/graph-version.js";
import { CONTEXT_PATH, jsonLdContext } from "./context.js";
import { DCAT_PATH, dcatDescription } from "./dcat.js";
import { JSON_LD } from "./documents.js";

const originOf = (req: Request) => `${req.protocol}://${req.get("host")}`;

export function linkedDataRoutes(driver: Driver, database: string, contactEmail?: string): Router {
  const router = Router();
  router.get(CONTEXT_PATH, (req, res) => {
    res.setHeader("Cache-Control", "public, max-age=3600");
    res.type(JSON_LD).send(JSON.stringify(jsonLdContext(originOf(req)), null, 2));
  });
  router.get(DCAT_PATH, async (req, res) => {
    const version = await readGraphVersion(driver, database).catch(() => null);
    res.setHeader("Cache-Control", "public, max-age=3600");
    res.type("application/rdf+xml").send(dcatDescription(originOf(req), version?.modifiedAt ?? null, contactEmail));
  });
  return router;
}
