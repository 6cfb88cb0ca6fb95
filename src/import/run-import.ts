/**
 * One document through the pipeline: read → normalise → parse → resolve → propose, then
 * (optionally) write. Never touches the database. Throws ImportError for input it refuses.
 */
import { createHash } from "node:crypto";
import { ImportError } from "./errors.js";
import { normaliseText } from "./normalise/normalise-text.js";
import { firstFullDate } from "./parse/dates.js";
import { isMeetingShape, parseDocument } from "./parse/parse-document.js";
import { buildProposal } from "./propose/build-proposal.js";
import { proposal as proposalSchema, type Proposal } from "./propose/proposal-schema.js";
import { readDocument } from "./read/read-document.js";
import { loadGraphIndexCached } from "./resolve/graph-cache.js";
import type { GraphIndex } from "./resolve/graph-index.js";
import { seedYaml } from "./output/seed-yaml.js";
import { placeDocument, writeImport } from "./output/write-files.js";

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

export async function importDocument(path: string, options: ImportOptions): Promise<ImportResult> {
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
  const finalTitle = parsed.title;
  const place = placeDocument(sha256, finalTitle, options.seedDir, options.sourcesDir);
  const index = options.index ?? loadGraphIndexCached(options.seedDir, place.sourceFile);
  const proposal = buildProposal(parsed, normalised.text, index, {
    file: place.sourceFile,
    seedFile: place.seedFile,
    input: path,
    format: read.format,
    encoding: read.encoding,
    sha256,
    title: finalTitle,
    url,
    publisher: url ? PUBLISHERS.find(([re]) => re.test(url))?.[1] : undefined,
    publishedOn: normalised.published ? firstFullDate(normalised.published) : undefined,
  });
  if (!proposal.entities.length) {
    throw new ImportError(path, `okänd dokumentform: inget möte, ingen person, organisation, avtal eller medel som importen känner igen (unknown shape)`);
  }
  const news = proposal.entities.filter((e) => e.status !== "known").length + proposal.relations.filter((r) => r.status === "new").length;
  if (!news) {
    const named = proposal.entities.map((e) => String(e.fields.name)).slice(0, 4).join(", ");
    throw new ImportError(path, `inga nya fakta: sidan nämner bara det grafen redan har (${named}${proposal.entities.length > 4 ? ", …" : ""}); inget möte, ingen person, inget avtal eller medel att föreslå (no new facts)`);
  }
  if (read.encoding !== "utf-8" && read.encoding !== "pdf") proposal.warnings.push(`texten var kodad som ${read.encoding} och konverterades till UTF-8`);
  proposalSchema.parse(proposal);
  const yaml = seedYaml(proposal);
  const written = options.write ? writeImport(place, normalised.text, yaml, options.seedDir, options.sourcesDir) : [];
  return { proposal, text: normalised.text, yaml, written };
}
