/**
 * The example operations preloaded as GraphiQL's tabs: the general ones in examples/ (each file's
 * first comment line is its title), then every analyst question's example in registry order
 * (src/questions/<name>/example.graphql, titled by the registry). Codegen types the same files
 * and the end-to-end tests execute them.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../config/paths.js";
import { QUESTIONS } from "../questions/registry.js";
import { questionExample } from "../questions/server.js";

const examplesDir = join(projectRoot, "src", "graphiql", "examples");

export interface ExampleOperation {
  /** The file, relative to the project. */
  file: string;
  title: string;
  query: string;
  variables?: string;
}

function generalExamples(dir: string): ExampleOperation[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      const title = /^#\s*(.+)$/m.exec(text)?.[1]?.trim() ?? file;
      return { file: `src/graphiql/examples/${file}`, title, query: text };
    });
}

export function readExamples(dir = examplesDir): ExampleOperation[] {
  const questions = QUESTIONS.map((q) => {
    const example = questionExample(q);
    return { file: `src/questions/${q.name}/example.graphql`, title: example.title, query: example.operation, variables: JSON.stringify(example.variables) };
  });
  return [...generalExamples(dir), ...questions];
}
