/**
 * `npm run seed:audit`: fails when an alias, a name or a free-text field of the seed graph
 * claims what no cited quote supports, when an edge per municipality is not flagged as an
 * expansion, or when a date is stored more precisely than its quotes give it.
 */
import { auditSeedGraph } from "../audit/audit-seed-graph.js";
import { seedPaths } from "../config/paths.js";
import { loadSeedGraph } from "../seed/load-seed-graph.js";
import { SeedValidationError, formatProblem } from "../seed/problems.js";
import { SourceTexts } from "../seed/source-texts.js";

try {
  const graph = loadSeedGraph({ seedDir: seedPaths.seedDir, sourcesDir: seedPaths.sourcesDir });
  const problems = auditSeedGraph(graph, new SourceTexts(seedPaths.sourcesDir));
  if (problems.length > 0) {
    console.error(`seed audit: ${problems.length} claim(s) without a supporting quote:\n` + problems.map((p) => "  " + formatProblem(p)).join("\n"));
    process.exit(1);
  }
  console.log(`seed audit: ${graph.entities.length} entities and ${graph.relations.length} relations; every alias, name and free-text claim is in a cited quote or marked inferred`);
} catch (err) {
  if (err instanceof SeedValidationError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
