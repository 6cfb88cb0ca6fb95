/**
 * GET /source/<id>: a source document's text, the passages the graph quotes highlighted and
 * anchored (`#citation-…`, as every Source in the API names them). A browser gets the page;
 * `Accept: application/json` gets `{ id, title, url, mediaType, sha256, text, passages }`;
 * `text/plain` the text itself; `?download=1` the file as an attachment. An unknown id is 404, a
 * malformed one 400, and a document whose text the server does not hold 404 as well, each in the
 * API's one error shape (`{ errors: [{ message, extensions: { code, id } }] }`), as /id/<id>.
 */
import express, { type Request, type Router } from "express";
import neo4j, { type Driver } from "neo4j-driver";
import { sourceUrl } from "../../explore/paths.js";
import { graphqlErrorBody } from "../middleware/error-body.js";
import type { Passage } from "../../sources/passages.js";
import { isSourceId } from "../../sources/source-id.js";
import { sourcePageHtml } from "../../sources/source-page.js";

export const SOURCE_PATH = "/source";

interface HeldSource {
  id: string;
  title: string;
  url: string | null;
  mediaType: string | null;
  sha256: string | null;
  text: string | null;
  passages: Passage[];
}

const READ_SOURCE = `MATCH (d:SourceDocument {id: $id})
RETURN d.id AS id, d.title AS title, d.url AS url, d.fileMediaType AS mediaType, d.fileSha256 AS sha256, d.text AS text,
       [i IN range(0, size(coalesce(d.passageAnchors, [])) - 1) | {anchor: d.passageAnchors[i], start: d.passageStarts[i], end: d.passageEnds[i]}] AS passages`;

async function readSource(driver: Driver, database: string, id: string): Promise<HeldSource | undefined> {
  const result = await driver.executeQuery(READ_SOURCE, { id }, { database, routing: neo4j.routing.READ });
  const record = result.records[0];
  if (!record) return undefined;
  const passages = (record.get("passages") as { anchor: string; start: unknown; end: unknown }[]).map((p) => ({ anchor: p.anchor, start: Number(p.start), end: Number(p.end) }));
  return { ...(record.toObject() as Omit<HeldSource, "passages">), passages };
}

/** The id in the path: `/source/<id>` with the id's slashes as they are or encoded. */
export function sourceIdOf(req: Request): string {
  const rest = (req.params as { rest?: string | string[] }).rest;
  return Array.isArray(rest) ? rest.join("/") : String(rest ?? "");
}

/** The API's one error shape, with the id asked for (as /id/<id> answers). */
export function sourceErrorBody(code: string, message: string, id: string) {
  return graphqlErrorBody(code, message, { id });
}

export function sourceDocumentRoutes(options: { driver: Driver; database: string; cacheControl: string }): Router {
  const router = express.Router();
  router.get(`${SOURCE_PATH}/*rest`, async (req, res, next) => {
    const id = sourceIdOf(req);
    res.setHeader("Cache-Control", options.cacheControl);
    if (!isSourceId(id)) {
      return void res.status(400).json(sourceErrorBody("BAD_SOURCE_ID", `'${id}' is not a source document id: expected a file name such as 002_8d4a43273a73bb64.txt or reference/kommuner.tsv.`, id));
    }
    let held: HeldSource | undefined;
    try {
      held = await readSource(options.driver, options.database, id);
    } catch (error) {
      res.setHeader("Cache-Control", "no-store");
      return next(error);
    }
    if (!held) return void res.status(404).json(sourceErrorBody("NOT_FOUND", `No source document has the id '${id}'.`, id));
    if (held.text === null) return void res.status(404).json(sourceErrorBody("TEXT_NOT_HELD", `This server holds no text of '${id}' (it was seeded without the source documents).`, id));
    const mediaType = held.mediaType ?? "text/plain; charset=utf-8";
    if (req.query.download !== undefined) {
      res.setHeader("Content-Disposition", `attachment; filename="${id.split("/").at(-1)}"`);
      return void res.type(mediaType).send(held.text);
    }
    const passages = held.passages.map((p) => ({ ...p, quote: held.text!.slice(p.start, p.end) }));
    switch (req.accepts(["text/html", "application/json", "text/plain"])) {
      case "application/json":
        return void res.json({ id, title: held.title, url: held.url, mediaType, sha256: held.sha256, text: held.text, passages });
      case "text/plain":
        return void res.type(mediaType).send(held.text);
      default:
        res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        return void res.type("html").send(sourcePageHtml({ id, title: held.title, url: held.url, text: held.text, passages: held.passages, explorePath: sourceUrl(id) }));
    }
  });
  return router;
}
