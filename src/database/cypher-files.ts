/**
 * Reads Cypher files: statements are split on `;` at line ends and comment lines dropped. A
 * statement may use the shared fragments of cypher-fragments.ts (`{{ref n}}`, `{{sources r}}`,
 * `{{step r}}`) and slots that the caller fills (`{{slot:name}}`, for the few statements that
 * exist in variants), so a projection every answer needs is written once.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { projectRoot } from "../config/paths.js";
import { expandFragments } from "./cypher-fragments.js";

const cypherDir = join(projectRoot, "cypher");

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

/** The one statement of a file (any path), with its fragments and slots expanded. */
export function readStatement(path: string, slots: Readonly<Record<string, string>> = {}): string {
  const where = relative(projectRoot, path);
  const statements = splitStatements(readFileSync(path, "utf8"));
  if (statements.length !== 1) throw new Error(`${where} must hold exactly one statement, found ${statements.length}`);
  return expandFragments(statements[0]!, slots, where);
}
