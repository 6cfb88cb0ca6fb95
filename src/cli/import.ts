/**
 * `npm run import -- DIR|FILE... [--url URL] [--title T] [--date YYYY-MM-DD] [--write] [--json] [--report PATH]`:
 * published notes and pages (.txt, .html, .pdf) become proposed seed files. One file prints its
 * proposal in Swedish (or as JSON). Several files, or a directory, are one batch: proposed in
 * order against the graph and each other, with one review report (PATH.md and PATH.json, default
 * import-review). --write stores each accepted page's normalised text in SOURCES_DIR and its seed
 * file in SEED_DIR. Never changes the database. Exit code 1 when any file is refused.
 */
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { seedPaths } from "../config/paths.js";
import { ImportError } from "../import/errors.js";
import { printProposal } from "../import/output/print-proposal.js";
import { reviewMarkdown, reviewReport } from "../import/output/review-report.js";
import { importBatch } from "../import/run-batch.js";
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
    report: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help || positionals.length === 0) {
  console.log(
    "Användning: npm run import -- KATALOG|FIL... [--url URL] [--title TITEL] [--date ÅÅÅÅ-MM-DD] [--write] [--json] [--report SÖKVÄG]\n  FIL: .txt, .html eller .pdf; en KATALOG läses som en import av alla sådana filer i den.\n  Flera filer är en import med en granskningsrapport (SÖKVÄG.md och SÖKVÄG.json, standard import-review).\n  --write sparar text och seed-fil per sida, --json skriver förslagen som JSON.",
  );
  process.exit(positionals.length === 0 && !values.help ? 2 : 0);
}

const isDir = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};
// A directory contributes its pages in name order (notes such as INDEX.md are not pages).
const files = positionals.flatMap((p) => (isDir(p) ? readdirSync(p).filter((f) => /\.(txt|html?|pdf)$/i.test(f)).sort().map((f) => join(p, f)) : [p]));
const options = { seedDir: seedPaths.seedDir, sourcesDir: seedPaths.sourcesDir, url: values.url, title: values.title, date: values.date, write: values.write };
const fail = (err: unknown, file: string) => {
  if (err instanceof ImportError || err instanceof SeedValidationError) console.error(`import: ${err.message}`);
  else console.error(`import: ${file}: oväntat fel: ${(err as Error).stack ?? err}`);
};

if (files.length === 1 && !isDir(positionals[0]!)) {
  try {
    const r = await importDocument(files[0]!, options);
    if (values.json) console.log(JSON.stringify(r.proposal, null, 2));
    else console.log(printProposal(r.proposal));
    if (r.written.length) (values.json ? console.error : console.log)(`\nSkrev: ${r.written.join(", ")}`);
    process.exit(0);
  } catch (err) {
    fail(err, files[0]!);
    process.exit(1);
  }
}

try {
  const started = performance.now();
  const batch = await importBatch(files, options);
  const report = reviewReport(batch.pages.map((p) => ({ input: p.input, seedFile: p.place.seedFile, proposal: p.proposal })), batch.refused, batch.definedIn);
  const base = values.report ?? "import-review";
  writeFileSync(`${base}.md`, reviewMarkdown(report) + "\n");
  writeFileSync(`${base}.json`, JSON.stringify(report, null, 2) + "\n");
  for (const r of batch.refused) console.error(`import: ${r.input}: ${r.reason}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (values.json) console.log(JSON.stringify(batch.pages.map((p) => p.proposal), null, 2));
  else {
    for (const p of batch.pages) console.log(`${p.input.split("/").at(-1)} → ${p.place.seedFile}: ${p.proposal.entities.length} entiteter (${p.proposal.entities.filter((e) => e.status === "new").length} nya), ${p.proposal.questions.length} frågor`);
    console.log(
      `\n${batch.pages.length} sidor importerade, ${batch.refused.length} avvisade på ${seconds} s. Nya: ${report.new.length}, tvetydiga: ${report.ambiguous.length}, förfinar: ${report.refines.length}, motstridiga: ${report.conflicting.length}, härledda: ${report.inferred.length}, frågor: ${report.questions.length}.\nGranskningsrapport: ${base}.md, ${base}.json`,
    );
  }
  if (batch.written.length) (values.json ? console.error : console.log)(`Skrev ${batch.written.length} filer.`);
  process.exit(batch.refused.length ? 1 : 0);
} catch (err) {
  fail(err, files.join(", "));
  process.exit(1);
}
