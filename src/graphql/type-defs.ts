/** Reads the schema-first type definitions in schema/*.graphql, in file-name order. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../config/paths.js";

export const schemaDir = join(projectRoot, "schema");

export function readTypeDefs(dir = schemaDir): string {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((name) => `# --- ${name}\n` + readFileSync(join(dir, name), "utf8"))
    .join("\n");
}
