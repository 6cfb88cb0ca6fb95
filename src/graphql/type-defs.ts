/**
 * The schema-first type definitions: schema/*.graphql in file-name order, then each analyst
 * question's SDL (src/questions/<name>/schema.graphql) in registry order.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../config/paths.js";
import { questionTypeDefs } from "../questions/server.js";

export const schemaDir = join(projectRoot, "schema");

export function readTypeDefs(dir = schemaDir): string {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((name) => ({ file: `schema/${name}`, text: readFileSync(join(dir, name), "utf8") }));
  return [...files, ...questionTypeDefs()].map(({ file, text }) => `# --- ${file}\n${text}`).join("\n");
}
