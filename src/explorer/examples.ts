/**
 * Example operations preloaded in the explorer. Each file's first comment line is its tab title
 * (Swedish / English); the same files are typed by codegen and executed by the end-to-end tests.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../config/paths.js";

export const examplesDir = join(projectRoot, "src", "explorer", "examples");

export interface ExampleOperation {
  file: string;
  title: string;
  query: string;
  variables?: string;
}

export function readExamples(dir = examplesDir): ExampleOperation[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      const title = /^#\s*(.+)$/m.exec(text)?.[1]?.trim() ?? file;
      const variablesPath = join(dir, file.replace(/\.graphql$/, ".variables.json"));
      let variables: string | undefined;
      try {
        variables = readFileSync(variablesPath, "utf8");
      } catch {
        variables = undefined;
      }
      return { file, title, query: text, variables };
    });
}
