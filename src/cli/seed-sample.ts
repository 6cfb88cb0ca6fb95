/**
 * `npm run seed:sample`: prints a reproducible random sample of facts with their quotes, for
 * the precision audit in docs/audit.md (`-- --seed 14 --count 80`; `--seed-dir` to sample an
 * older copy of seeds/; `--keys-from` to show the same facts as another seed folder's sample).
 */
import { parseArgs } from "node:util";
import { sampleKeys, factsOf } from "../audit/sample-facts.js";
import { seedPaths } from "../config/paths.js";
import { loadSeedGraph } from "../seed/load-seed-graph.js";

const { values } = parseArgs({
  options: { seed: { type: "string", default: "14" }, count: { type: "string", default: "80" }, "seed-dir": { type: "string" }, "keys-from": { type: "string" } },
});
const load = (seedDir: string) => factsOf(loadSeedGraph({ seedDir, sourcesDir: seedPaths.sourcesDir }));
const facts = load(values["seed-dir"] ?? seedPaths.seedDir);
// The sample is drawn from the keys of `--keys-from` (the graph before the fixes), so both runs show the same facts.
const population = values["keys-from"] ? load(values["keys-from"]) : facts;
const keys = sampleKeys(population.map((f) => f.key), Number(values.count), Number(values.seed));
const byKey = new Map(facts.map((f) => [f.key, f]));
keys.forEach((key, i) => {
  const f = byKey.get(key);
  console.log(`\n#${i + 1} ${key}`);
  if (!f) return console.log("  (no longer in this graph)");
  console.log(`  value: ${f.value}`);
  if (f.inferred) console.log(`  inferred, because: ${f.because}`);
  for (const c of f.citations) console.log(`  [${c.document}] "${c.quote.replace(/\s+/g, " ")}"`);
});
console.log(`\n${keys.length} of ${population.length} facts, seed ${values.seed}`);
