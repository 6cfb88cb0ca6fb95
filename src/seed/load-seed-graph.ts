/** Reads, validates and verifies all seed files; throws SeedValidationError listing every problem. */
import { buildSeedGraph } from "./build-seed-graph.js";
import { SeedValidationError, type SeedProblem } from "./problems.js";
import { listSeedFiles, readSeedFile, type RawSeedFile } from "./read-seed-files.js";
import type { SeedGraph } from "./seed-graph.js";
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
  if (options.sourcesDir) verifyQuotes(graph, new SourceTexts(options.sourcesDir), problems);
  if (problems.length > 0) throw new SeedValidationError(problems);
  return graph;
}
