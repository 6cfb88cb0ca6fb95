/**
 * `npm run import -- FILE... [--url URL] [--title T] [--date YYYY-MM-DD] [--write] [--json]`:
 * a published note (.txt, .html, .pdf) becomes a proposed seed file. Prints the proposal in
 * Swedish (or as JSON); --write stores the normalised text in SOURCES_DIR and the seed file in
 * SEED_DIR. Never changes the database. Exit code 1 when any file is refused.
 */
import { parseArgs } from "node:util";
import { seedPaths } from "../config/paths.js";
import { ImportError } from "../import/errors.js";
import { printProposal } from "../import/output/print-proposal.js";
import { importDocument } from "../import/run-import.js";
import { SeedValidationError } from "../seed/problems.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: "string" },
    title: { type: "string" },
    date: { type: "string" },
    write: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help || positionals.length === 0) {
  console.log("Användning: npm run import -- FIL... [--url URL] [--title TITEL] [--date ÅÅÅÅ-MM-DD] [--write] [--json]\n  FIL: .txt, .html eller .pdf. Skriver ett förslag; --write sparar text och seed-fil, --json skriver JSON.");
  process.exit(positionals.length === 0 && !values.help ? 2 : 0);
}

let failed = 0;
const results = [];
for (const file of positionals) {
  try {
    const r = await importDocument(file, { seedDir: seedPaths.seedDir, sourcesDir: seedPaths.sourcesDir, url: values.url, title: values.title, date: values.date, write: values.write });
    results.push(r.proposal);
    if (!values.json) {
      console.log(printProposal(r.proposal));
      if (r.written.length) console.log(`\nSkrev: ${r.written.join(", ")}`);
      console.log("");
    } else if (r.written.length) console.error(`skrev: ${r.written.join(", ")}`);
  } catch (err) {
    failed++;
    if (err instanceof ImportError || err instanceof SeedValidationError) console.error(`import: ${err.message}`);
    else console.error(`import: ${file}: oväntat fel: ${(err as Error).stack ?? err}`);
  }
}
if (values.json) console.log(JSON.stringify(results.length === 1 && positionals.length === 1 ? results[0] : results, null, 2));
process.exit(failed ? 1 : 0);
