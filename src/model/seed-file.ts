/** The shape of one seed file: the source document it draws on, its entities and relations. */
import { z } from "zod";
import { entityId, isoDate } from "./entities.js";
import { SourceDocumentKind } from "./vocabulary.js";

const sourceDocumentHeader = z.strictObject({
  /** File name in the source folder, e.g. `002_8d4a43273a73bb64.txt` or `reference/kommuner.tsv`. */
  file: z.string().regex(/^[\w./-]+$/),
  title: z.string().min(1),
  kind: SourceDocumentKind,
  date: isoDate.optional(),
  year: z.number().int().min(1990).max(2100).optional(),
  description: z.string().min(1),
  /** Public web address of the document. Only a sourced address: never a guessed one. */
  url: z.url({ protocol: /^https?$/, message: "expected an http(s) URL" }).optional(),
  /** How `url` was found: the search or page that gave it, in words. */
  urlFoundBy: z.string().min(1).optional(),
  /** When `url` was found (YYYY-MM-DD). */
  urlFoundOn: isoDate.optional(),
  /** Why there is no `url`: where it was looked for, and when. */
  urlMissing: z.string().min(1).optional(),
  /** Who published it, as the document names itself or its issuer. */
  publisher: z.string().min(1).optional(),
  /** When it was published (not the meeting's date: that is `date`). */
  publishedOn: isoDate.optional(),
});

export const seedFile = z.strictObject({
  document: sourceDocumentHeader
    .refine((d) => !(d.url && d.urlMissing), { message: "a document with a url has no urlMissing", path: ["urlMissing"] })
    .refine((d) => d.url || (!d.urlFoundBy && !d.urlFoundOn), { message: "urlFoundBy and urlFoundOn say how a url was found: give the url", path: ["url"] }),
  /** Named lists of ids, usable as `@name` in a relation's from/to. */
  groups: z.record(z.string().regex(/^[a-z-]+$/), z.array(entityId).min(1)).optional(),
  /** Entries are validated one by one (see the loader), to report errors per entry. */
  entities: z.array(z.unknown()).default([]),
  relations: z.array(z.unknown()).default([]),
});
