/** `npm run docs:questions`: writes the table of analyst questions in docs/analyst-queries.md from the registry. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../config/paths.js";
import { withQuestionsTable } from "../../questions/docs-table.js";

const page = join(projectRoot, "docs", "analyst-queries.md");
const before = readFileSync(page, "utf8");
const after = withQuestionsTable(before);
writeFileSync(page, after);
console.log(before === after ? "docs/analyst-queries.md: the questions table is up to date" : "docs/analyst-queries.md: wrote the questions table");
