/**
 * One document through the pipeline: read → normalise → parse → resolve → propose, then
 * (optionally) write. Never touches the database. Throws ImportError for input it refuses.
 * The stages are also exported for the batch (run-batch.ts).
 */
import { createHash } from "node:crypto";
import { ImportError } from "./errors.js";
import { normaliseText } from "./normalise/normalise-text.js";
import { firstFullDate } from "./parse/dates.js";
import type { ParsedDocument } from "./parse/parsed-document.js";
import { isMeetingShape, parseDocument } from "./parse/parse-document.js";
import { buildProposal } from "./propose/build-proposal.js";
import { proposal as proposalSchema, type Proposal } from "./propose/proposal-schema.js";
import { readDocument, type ReadDocument } from "./read/read-document.js";
import { loadGraphIndexCached } from "./resolve/graph-cache.js";
import type { GraphIndex } from "./resolve/graph-index.js";
import { seedYaml } from "./output/seed-yaml.js";
import { placeDocument, writeImport, type Placement } from "./output/write-files.js";

export interface ImportOptions {
  seedDir: string;
  sourcesDir: string;
  url?: string;
  title?: string;
  date?: string;
  write?: boolean;
  /** A prebuilt index (tests, eval); otherwise the seed graph is loaded from seedDir. */
  index?: GraphIndex;
}

export interface ImportResult {
  proposal: Proposal;
  text: string;
  yaml: string;
  written: string[];
}

const PUBLISHERS: [RegExp, string][] = [
  [/vardsamverkan\.se/, "Vårdsamverkan Västra Götaland"],
  [/vastkom\.se/, "VästKom"],
  [/regionfullmaktige\.nu/, "Regionfullmäktige, Västra Götalandsregionen"],
  [/skaraborg\.se/, "Skaraborgs Kommunalförbund"],
  [/vgregion\.se/, "Västra Götalandsregionen"],
];

/** A document read, normalised and parsed: what the proposal is built from. */
export interface PreparedDocument {
  path: string;
  read: ReadDocument;
  text: string;
  sha256: string;
  url?: string;
  published?: string;
  parsed: ParsedDocument;
}

/** Read → normalise → parse, with the refusals that need no graph (bad input, a meeting without a date). */
export async function prepareDocument(path: string, options: Pick<ImportOptions, "url" | "title" | "date">): Promise<PreparedDocument> {
  if (options.date && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) throw new ImportError(path, `--date ska vara ÅÅÅÅ-MM-DD, inte '${options.date}'`);
  const read = await readDocument(path, options.url);
  const normalised = normaliseText(read.text);
  const url = options.url ?? normalised.header.url;
  const date = options.date ?? normalised.header.date;
  const parsed = parseDocument(normalised.text, { title: options.title, headerTitle: normalised.header.title ?? read.htmlTitle, url, date, published: normalised.published, updated: normalised.updated });
  if (isMeetingShape(parsed.shape) && !parsed.meeting?.date) {
    throw new ImportError(path, "dokumentet saknar datum: mötets datum står varken i texten, titeln eller adressen (ange --date ÅÅÅÅ-MM-DD) (no date)");
  }
  const sha256 = createHash("sha256").update(normalised.text).digest("hex");
  return { path, read, text: normalised.text, sha256, url, published: normalised.published, parsed };
}

/**
 * The proposal of a prepared document against a graph, refused when it finds nothing or nothing
 * new. `batchIds` are ids defined by earlier pages of the same batch: new to the graph, so a page
 * that adds its own quotes to them is not "nothing new".
 */
export function proposeDocument(doc: PreparedDocument, index: GraphIndex, place: Placement, batchIds: Set<string> = new Set()): { proposal: Proposal; yaml: string } {
  const proposal = buildProposal(doc.parsed, doc.text, index, {
    file: place.sourceFile,
    seedFile: place.seedFile,
    input: doc.path,
    format: doc.read.format,
    encoding: doc.read.encoding,
    sha256: doc.sha256,
    title: doc.parsed.title,
    url: doc.url,
    publisher: doc.url ? PUBLISHERS.find(([re]) => re.test(doc.url!))?.[1] : undefined,
    publishedOn: doc.published ? firstFullDate(doc.published) : undefined,
  });
  if (!proposal.entities.length) {
    throw new ImportError(doc.path, `okänd dokumentform: inget möte, ingen person, organisation, avtal eller medel som importen känner igen (unknown shape)`);
  }
  const news = proposal.entities.filter((e) => e.status !== "known" || batchIds.has(e.id)).length + proposal.relations.filter((r) => r.status === "new").length;
  if (!news) {
    const named = proposal.entities.map((e) => String(e.fields.name)).slice(0, 4).join(", ");
    throw new ImportError(doc.path, `inga nya fakta: sidan nämner bara det grafen redan har (${named}${proposal.entities.length > 4 ? ", …" : ""}); inget möte, ingen person, inget avtal eller medel att föreslå (no new facts)`);
  }
  if (doc.read.encoding !== "utf-8" && doc.read.encoding !== "pdf") proposal.warnings.push(`texten var kodad som ${doc.read.encoding} och konverterades till UTF-8`);
  proposalSchema.parse(proposal);
  return { proposal, yaml: seedYaml(proposal) };
}

export async function importDocument(path: string, options: ImportOptions): Promise<ImportResult> {
  const doc = await prepareDocument(path, options);
  const place = placeDocument(doc.sha256, doc.parsed.title, options.seedDir, options.sourcesDir);
  const index = options.index ?? loadGraphIndexCached(options.seedDir, [place.sourceFile]);
  const { proposal, yaml } = proposeDocument(doc, index, place);
  const written = options.write ? writeImport([{ place, text: doc.text, yaml }], options.seedDir, options.sourcesDir) : [];
  return { proposal, text: doc.text, yaml, written };
}
