/** Reads, validates and verifies all seed files; throws SeedValidationError listing every problem. */
import { readFileSync } from "node:fs";
import { describeSourceFile } from "../sources/source-file.js";
import { buildSeedGraph } from "./build-seed-graph.js";
import { SeedValidationError, type SeedProblem } from "./problems.js";
import { listSeedFiles, readSeedFile, type RawSeedFile } from "./read-seed-files.js";
import type { Citation, SeedGraph } from "./seed-graph.js";
import { SourceTexts } from "./source-texts.js";
import { verifyQuotes } from "./verify-quotes.js";

export interface SeedOptions {
  seedDir: string;
  /** Folder with the source documents; when given, every quote is verified against them. */
  sourcesDir?: string;
  /** Only files whose path (relative to seedDir) contains one of these strings. */
  only?: string[];
  allowUndefinedIds?: boolean;
}

export function loadSeedGraph(options: SeedOptions): SeedGraph {
  const problems: SeedProblem[] = [];
  const files = listSeedFiles(options.seedDir)
    .filter((path) => !options.only?.length || options.only.some((part) => path.includes(part)))
    .map((path) => readSeedFile(path, options.seedDir, problems))
    .filter((f): f is RawSeedFile => f !== undefined);
  if (files.length === 0) problems.push({ file: options.seedDir, message: "no seed files (*.yaml) found" });
  const graph = buildSeedGraph(files, problems, { allowUndefinedIds: options.allowUndefinedIds });
  const texts = options.sourcesDir ? new SourceTexts(options.sourcesDir) : undefined;
  if (texts) verifyQuotes(graph, texts, problems);
  if (problems.length > 0) throw new SeedValidationError(problems);
  if (texts) attachSourceFiles(graph, texts);
  return graph;
}

/** Each document's file (text, size, checksum, and where every quote citing it stands). */
function attachSourceFiles(graph: SeedGraph, texts: SourceTexts): void {
  const quotes = new Map<string, Set<string>>();
  const cite = (c: Citation) => {
    if (!quotes.has(c.document)) quotes.set(c.document, new Set());
    quotes.get(c.document)!.add(c.quote);
  };
  for (const e of graph.entities) {
    e.citations.forEach(cite);
    e.aliasFacts?.forEach((a) => a.citations.forEach(cite));
  }
  for (const r of graph.relations) r.citations.forEach(cite);
  for (const d of graph.documents) {
    const path = texts.pathOf(d.id);
    if (path) d.file = describeSourceFile(d.id, readFileSync(path), quotes.get(d.id) ?? []);
  }
}
