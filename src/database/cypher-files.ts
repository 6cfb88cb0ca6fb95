/** Reads Cypher from cypher/: statement files are split on `;` at line ends, comments dropped. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../config/paths.js";

export const cypherDir = join(projectRoot, "cypher");

export function readCypher(relativePath: string): string {
  return readFileSync(join(cypherDir, relativePath), "utf8");
}

export function splitStatements(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
