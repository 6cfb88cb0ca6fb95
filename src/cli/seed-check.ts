/** `npm run seed:check`: validates every seed file and verifies every quote; writes nothing. */
import { auditSeedGraph } from "../audit/audit-seed-graph.js";
import { loadSeedGraph } from "../seed/load-seed-graph.js";
import { SeedValidationError } from "../seed/problems.js";
import { SourceTexts } from "../seed/source-texts.js";
import { seedPaths } from "../config/paths.js";

import { parseArgs } from "node:util";

// --only <part> (repeatable) checks just the matching files; ids they use from other files are
// then not reported. Meant for drafting one file; the full check runs without it.
const { values } = parseArgs({ options: { only: { type: "string", multiple: true } } });

try {
  const graph = loadSeedGraph({
    seedDir: seedPaths.seedDir,
    sourcesDir: seedPaths.sourcesDir,
    only: values.only,
    allowUndefinedIds: Boolean(values.only?.length),
  });
  // The honesty audit (src/audit/) takes about a second: run it here too, on the full graph only.
  if (!values.only?.length) {
    const problems = auditSeedGraph(graph, new SourceTexts(seedPaths.sourcesDir));
    if (problems.length > 0) throw new SeedValidationError(problems);
  }
  const citations = graph.entities.reduce((n, e) => n + e.citations.length, 0) + graph.relations.reduce((n, r) => n + r.citations.length, 0);
  console.log(`seed check: ${graph.documents.length} documents, ${graph.entities.length} entities, ${graph.relations.length} relations, ${citations} citations; every quote found in its document${values.only?.length ? "" : "; every alias, name and free-text claim quoted or marked inferred"}`);
} catch (err) {
  if (err instanceof SeedValidationError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
