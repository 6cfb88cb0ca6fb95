/** `npm run seed:check`: validates every seed file and verifies every quote; writes nothing. */
import { loadSeedGraph } from "../seed/load-seed-graph.js";
import { SeedValidationError } from "../seed/problems.js";
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
  const citations = graph.entities.reduce((n, e) => n + e.citations.length, 0) + graph.relations.reduce((n, r) => n + r.citations.length, 0);
  console.log(`seed check: ${graph.documents.length} documents, ${graph.entities.length} entities, ${graph.relations.length} relations, ${citations} citations; every quote found in its document`);
} catch (err) {
  if (err instanceof SeedValidationError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
