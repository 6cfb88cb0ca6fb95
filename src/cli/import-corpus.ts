/**
 * `npm run import:corpus [-- DIR]`: imports every document of the development corpus
 * (default ../shared/corpus) without writing, and reports per document what was found and
 * what was left unresolved, with totals.
 */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { seedPaths } from "../config/paths.js";
import { ImportError } from "../import/errors.js";
import { loadGraphIndex } from "../import/resolve/graph-index.js";
import { importDocument } from "../import/run-import.js";

const dir = resolve(process.argv[2] ?? join(seedPaths.sourcesDir, "corpus"));
const index = loadGraphIndex(seedPaths.seedDir);
const files = readdirSync(dir).filter((f) => /\.(txt|html?|pdf)$/i.test(f)).sort();
const total = { documents: 0, refused: 0, entities: 0, new: 0, known: 0, ambiguous: 0, conflicting: 0, relations: 0, items: 0, positions: 0, people: 0, unresolved: 0, incomplete: 0 };
console.log("| dokument | form | möte | punkter | ställningstaganden | personer | entiteter (ny/känd/tvetydig/motstridig) | relationer | ofullständiga | olösta |\n|---|---|---|---:|---:|---:|---|---:|---:|---:|");
const details: string[] = [];
for (const f of files) {
  total.documents++;
  try {
    const { proposal: p } = await importDocument(join(dir, f), { seedDir: seedPaths.seedDir, sourcesDir: seedPaths.sourcesDir, index });
    const n = (t: string) => p.entities.filter((e) => e.type === t).length;
    const s = (st: string) => p.entities.filter((e) => e.status === st).length;
    const incomplete = p.entities.filter((e) => e.incomplete).length;
    const meeting = p.entities.find((e) => e.type === "Meeting")?.id ?? "–";
    console.log(`| ${f} | ${p.document.shape} | ${meeting} | ${n("AgendaItem")} | ${n("Position")} | ${n("Person")} | ${p.entities.length} (${s("new")}/${s("known")}/${s("ambiguous")}/${s("conflicting")}) | ${p.relations.length} | ${incomplete} | ${p.unresolved.length} |`);
    Object.assign(total, {
      entities: total.entities + p.entities.length, new: total.new + s("new"), known: total.known + s("known"), ambiguous: total.ambiguous + s("ambiguous"), conflicting: total.conflicting + s("conflicting"),
      relations: total.relations + p.relations.length, items: total.items + n("AgendaItem"), positions: total.positions + n("Position"), people: total.people + n("Person"), unresolved: total.unresolved + p.unresolved.length, incomplete: total.incomplete + incomplete,
    });
    if (p.unresolved.length) details.push(`${f}:`, ...p.unresolved.map((u) => `  rad ${u.line}: ${u.reason}: ${u.text.slice(0, 90)}`));
  } catch (err) {
    total.refused++;
    console.log(`| ${f} | refused | ${err instanceof ImportError ? err.reason : (err as Error).message} | | | | | | | |`);
  }
}
console.log(`\nSumma: ${total.documents} dokument, ${total.refused} avvisade; ${total.entities} entiteter (${total.new} nya, ${total.known} kända, ${total.ambiguous} tvetydiga, ${total.conflicting} motstridiga), ${total.relations} relationer; ${total.items} dagordningspunkter, ${total.positions} ställningstaganden, ${total.people} personer; ${total.incomplete} ofullständiga fakta; ${total.unresolved} olösta.`);
if (details.length) console.log("\nOlöst per dokument:\n" + details.join("\n"));
process.exit(total.refused ? 1 : 0);
