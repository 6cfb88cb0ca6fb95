/**
 * GET /export/graph.ndjson and /export/<table>.csv: the whole graph, streamed from one read
 * transaction. The ETag is the graph's version (src/changes/tracking.ts), so a conditional GET
 * with the version in If-None-Match gets 304 without reading the graph; Last-Modified is the
 * graph's modifiedAt. `GET /export` lists the files.
 */
import { Router, type Request, type Response } from "express";
import type { Driver } from "neo4j-driver";
import { entityTypes } from "../model/entities.js";
import { openGraphSnapshot } from "./read-graph.js";
import { writeCsv, writeJsonLd, writeNdjson, type CsvTable } from "./write-export.js";

const EXPORT_PATH = "/export";
export const NDJSON_FILE = "graph.ndjson";
export const JSON_LD_FILE = "graph.jsonld";
export const CSV_TABLES: CsvTable[] = [...entityTypes, "relationships", "sources"];

/** Browsers and CDNs may keep a copy but must revalidate it (cheap: a 304 on the same version). */
const CACHE_CONTROL = "public, no-cache";

function etagOf(version: string): string {
  return `"${version}"`;
}

/** True when If-None-Match names this ETag (or `*`); weak and strong forms compare equal for GET. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((t) => {
    const tag = t.trim().replace(/^W\//, "");
    return tag === "*" || tag === etag;
  });
}

type Writer = (snapshot: Awaited<ReturnType<typeof openGraphSnapshot>>, res: Response) => Promise<unknown>;

function fileFor(name: string): { contentType: string; writer: Writer } | undefined {
  if (name === NDJSON_FILE) return { contentType: "application/x-ndjson; charset=utf-8", writer: writeNdjson };
  // Its ids are addresses on the server that answers: the request's origin.
  if (name === JSON_LD_FILE) return { contentType: "application/ld+json; charset=utf-8", writer: (s, res) => writeJsonLd(s, res, `${res.req.protocol}://${res.req.get("host")}`) };
  const match = /^([A-Za-z]+)\.csv$/.exec(name);
  const table = match?.[1] as CsvTable | undefined;
  if (table && CSV_TABLES.includes(table)) return { contentType: "text/csv; charset=utf-8", writer: (s, res) => writeCsv(s, table, res) };
  return undefined;
}

export function exportRoutes(driver: Driver, database: string, log: (line: string) => void = () => undefined): Router {
  const router = Router();

  router.get(EXPORT_PATH, (_req, res) => {
    res.json({ files: [NDJSON_FILE, JSON_LD_FILE, ...CSV_TABLES.map((t) => `${t}.csv`)].map((f) => `${EXPORT_PATH}/${f}`), documentation: "docs/export.md" });
  });

  router.get(`${EXPORT_PATH}/:file`, async (req: Request<{ file: string }>, res) => {
    const file = fileFor(req.params.file);
    if (!file) {
      res.status(404).json({ error: `no export file '${req.params.file}'`, files: [NDJSON_FILE, JSON_LD_FILE, ...CSV_TABLES.map((t) => `${t}.csv`)] });
      return;
    }
    let snapshot;
    try {
      snapshot = await openGraphSnapshot(driver, database);
    } catch (error) {
      log(`export: the database is not reachable: ${(error as Error).message}`);
      res.status(503).json({ error: "the database is not reachable right now; try again shortly" });
      return;
    }
    try {
      res.setHeader("Cache-Control", CACHE_CONTROL);
      if (snapshot.version) {
        const etag = etagOf(snapshot.version);
        res.setHeader("ETag", etag);
        if (snapshot.modifiedAt) res.setHeader("Last-Modified", new Date(snapshot.modifiedAt).toUTCString());
        if (matchesIfNoneMatch(req.get("if-none-match"), etag)) {
          res.status(304).end();
          return;
        }
      }
      res.setHeader("Content-Type", file.contentType);
      res.setHeader("Content-Disposition", `attachment; filename="samverkansgrafen-${req.params.file}"`);
      if (req.method === "HEAD") {
        res.end();
        return;
      }
      await file.writer(snapshot, res);
      res.end();
    } catch (error) {
      // Headers are gone once streaming began: cut the response, so the client sees it incomplete.
      log(`export of ${req.params.file} failed: ${(error as Error).message}`);
      if (!res.headersSent) res.status(500).json({ error: "export failed" });
      else res.destroy(error as Error);
    } finally {
      await snapshot.close().catch(() => undefined);
    }
  });

  return router;
}
