/**
 * GET /export/graph.ndjson and /export/<table>.csv: the whole graph, from one read transaction.
 * The ETag is the graph's version (src/changes/tracking.ts), so a conditional GET with the version
 * in If-None-Match gets 304 without reading the graph (also while the database is down: it cannot
 * have changed); Last-Modified is the graph's modifiedAt. `GET /export` lists the files.
 *
 * Within the fair share (export-turns.ts): one download per client at a time, a few reading the
 * database at once and a short queue. Each file is written once per graph version
 * (snapshot-files.ts) and streamed from disk to every later request for that version.
 */
import { createReadStream, rmSync, statSync } from "node:fs";
import { pipeline } from "node:stream/promises";
import { Router, type Request, type Response } from "express";
import type { Driver } from "neo4j-driver";
import type { CachedGraphVersion } from "../changes/graph-version.js";
import { EXPORT_LIMITS } from "../config/limits.js";
import { CONNECTION_FAILURE } from "../database/health.js";
import { entityTypes } from "../model/entities.js";
import { ExportBusyError, exportTurns, type ExportTurns } from "./export-turns.js";
import { openGraphSnapshot } from "./read-graph.js";
import { createHash } from "node:crypto";
import type { SnapshotFile, SnapshotFiles } from "./snapshot-files.js";
import { writeCsv, writeJsonLd, writeNdjson, type CsvTable } from "./write-export.js";

export const EXPORT_PATH = "/export";
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

type Writer = Parameters<SnapshotFiles["produce"]>[2];

interface ExportFile {
  contentType: string;
  writer: Writer;
  /** The snapshot file's name: the file's, and for JSON-LD its origin too. */
  snapshotName: string;
  /** Set for a file whose content depends on the request's origin. */
  origin?: string;
}

function fileFor(name: string, req: Request): ExportFile | undefined {
  if (name === NDJSON_FILE) return { contentType: "application/x-ndjson; charset=utf-8", writer: writeNdjson, snapshotName: name };
  if (name === JSON_LD_FILE) {
    // Its ids are addresses on the server that answers: the request's origin, so a file per origin.
    const origin = `${req.protocol}://${req.get("host")}`;
    const originHash = createHash("sha256").update(origin).digest("hex").slice(0, 16);
    return { contentType: "application/ld+json; charset=utf-8", writer: (s, out) => writeJsonLd(s, out, origin), snapshotName: `${name}-${originHash}`, origin };
  }
  const match = /^([A-Za-z]+)\.csv$/.exec(name);
  const table = match?.[1] as CsvTable | undefined;
  if (table && CSV_TABLES.includes(table)) return { contentType: "text/csv; charset=utf-8", writer: (s, out) => writeCsv(s, table, out), snapshotName: name };
  return undefined;
}

const FILES = [NDJSON_FILE, JSON_LD_FILE, ...CSV_TABLES.map((t) => `${t}.csv`)];

export interface ExportRouteOptions {
  /** The graph's version without reading the database each time; the last one read while the database is down. */
  graphVersion: CachedGraphVersion;
  /** The database's state (src/database/health.ts). */
  health: { isUp: boolean; retryAfterS(): number };
  snapshots: SnapshotFiles;
  /** Who is asking (the fair share's key: the client's address). */
  clientOf(req: Request): string;
  /** The API's error body ({ errors: [{ message, extensions: { code } }] }). */
  errorBody(code: string, message: string, extensions?: Record<string, unknown>): unknown;
  turns?: ExportTurns;
  log?: (line: string) => void;
}

/** Validators; true when the client's copy is current and a 304 was sent. */
function answeredNotModified(req: Request, res: Response, version: string | null, modifiedAt: string | null): boolean {
  res.setHeader("Cache-Control", CACHE_CONTROL);
  if (!version) return false;
  const etag = etagOf(version);
  res.setHeader("ETag", etag);
  if (modifiedAt) res.setHeader("Last-Modified", new Date(modifiedAt).toUTCString());
  if (!matchesIfNoneMatch(req.get("if-none-match"), etag)) return false;
  res.status(304).end();
  return true;
}

async function send(req: Request<{ file: string }>, res: Response, file: SnapshotFile, contentType: string): Promise<void> {
  try {
    if (answeredNotModified(req, res, file.version, file.modifiedAt)) return;
    res.setHeader("Content-Type", contentType);
    res.setHeader("Content-Disposition", `attachment; filename="samverkansgrafen-${req.params.file}"`);
    res.setHeader("Content-Length", String(statSync(file.path).size));
    if (req.method === "HEAD") return void res.end();
    await pipeline(createReadStream(file.path), res);
  } finally {
    if (file.temporary) rmSync(file.path, { force: true });
  }
}

export function exportRoutes(driver: Driver, database: string, options: ExportRouteOptions): Router {
  const router = Router();
  const turns = options.turns ?? exportTurns(EXPORT_LIMITS);
  const log = options.log ?? (() => undefined);
  const refuse = (res: Response, status: number, code: string, message: string, retryAfterS?: number): void => {
    res.setHeader("Cache-Control", "no-store");
    if (retryAfterS !== undefined) res.setHeader("Retry-After", String(retryAfterS));
    res.status(status).json(options.errorBody(code, message, retryAfterS !== undefined ? { retryable: true } : {}));
  };

  // A file per origin is kept for a few origins only (the Host header is the client's to choose); others' are read once.
  const keptOrigins = new Set<string>();
  const keepsFileFor = (origin: string | undefined): boolean => {
    if (origin === undefined || keptOrigins.has(origin)) return true;
    if (keptOrigins.size >= EXPORT_LIMITS.originsKept) return false;
    keptOrigins.add(origin);
    return true;
  };

  router.get(EXPORT_PATH, (_req, res) => {
    res.json({ files: FILES.map((f) => `${EXPORT_PATH}/${f}`), documentation: "docs/export.md" });
  });

  router.get(`${EXPORT_PATH}/:file`, async (req: Request<{ file: string }>, res) => {
    const file = fileFor(req.params.file, req);
    if (!file) {
      res.status(404).json(options.errorBody("NOT_FOUND", `No export file '${req.params.file}'.`, { files: FILES.map((f) => `${EXPORT_PATH}/${f}`) }));
      return;
    }
    const release = turns.claimClient(options.clientOf(req));
    if (!release) return refuse(res, 429, "TOO_MANY_CONCURRENT_EXPORTS", `One export at a time per client: wait for the one running.`, EXPORT_LIMITS.retryAfterS);
    res.once("close", release);
    try {
      // The version known: a conditional GET, or a file already written for it, needs no database work.
      const known = await options.graphVersion.current().catch(() => undefined);
      if (known) {
        if (answeredNotModified(req, res, known.version, known.modifiedAt)) return;
        const written = options.snapshots.existing(known.version, known.modifiedAt, file.snapshotName);
        if (written) return await send(req, res, written, file.contentType);
      }
      if (!options.health.isUp) return refuse(res, 503, "DATABASE_UNAVAILABLE", "The database is not reachable right now; try again shortly.", options.health.retryAfterS());
      const snapshot = await options.snapshots.produce(
        file.snapshotName,
        async () => {
          const turn = await turns.databaseTurn();
          try {
            const opened = await openGraphSnapshot(driver, database);
            return { ...opened, close: () => opened.close().finally(turn) };
          } catch (error) {
            turn();
            throw error;
          }
        },
        file.writer,
        keepsFileFor(file.origin),
      );
      await send(req, res, snapshot, file.contentType);
    } catch (error) {
      // Headers are gone once streaming began: cut the response, so the client sees it incomplete.
      if (res.headersSent) return void res.destroy(error as Error);
      if (error instanceof ExportBusyError) return refuse(res, 503, "EXPORT_BUSY", `Too many exports at once (${error.message}); try again shortly.`, EXPORT_LIMITS.retryAfterS);
      log(`export of ${req.params.file} failed: ${(error as Error).message}`);
      // The process watcher may not have seen it yet: a refused or closed connection is an outage too.
      if (!options.health.isUp || CONNECTION_FAILURE.test((error as Error).message)) return refuse(res, 503, "DATABASE_UNAVAILABLE", "The database is not reachable right now; try again shortly.", options.health.retryAfterS());
      refuse(res, 500, "INTERNAL_SERVER_ERROR", "The export failed.");
    }
  });

  return router;
}
