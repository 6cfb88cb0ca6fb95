/**
 * `npm run codegen:check`: fails when src/generated is stale, i.e. differs from what
 * `npm run codegen` writes now from schema/*.graphql and the example operations. It runs the
 * real codegen (as a child process, exactly as a developer would), compares, and puts the
 * committed files back, so the check itself changes nothing.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { projectRoot } from "../config/paths.js";
import { generatedDir } from "../graphql/generated-paths.js";

function snapshot(): Map<string, string> {
  return new Map(readdirSync(generatedDir).map((name) => [join(generatedDir, name), readFileSync(join(generatedDir, name), "utf8")]));
}

const before = snapshot();
const run = spawnSync("npm", ["run", "--silent", "codegen"], { cwd: projectRoot, encoding: "utf8" });
const after = snapshot();
// Restore exactly what was there before.
for (const path of after.keys()) if (!before.has(path)) rmSync(path);
for (const [path, content] of before) writeFileSync(path, content);

if (run.status !== 0) {
  console.error(`codegen failed:\n${run.stdout}${run.stderr}`);
  process.exit(1);
}
const stale = [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path));
if (stale.length > 0) {
  console.error(`generated files are stale: ${stale.map((p) => relative(projectRoot, p)).join(", ")}. Run 'npm run codegen' and commit the result.`);
  process.exit(1);
}
console.log("codegen check: src/generated is up to date");
