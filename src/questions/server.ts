/**
 * The server side of the registry: each question's resolver module (src/questions/<name>/resolver.ts),
 * its SDL and its GraphiQL example, found by the question's name, so that the registry line is
 * the only place a question is listed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { QUESTIONS, type Question } from "./registry.js";
import { questionsDir } from "./shared/cypher.js";
import type { QuestionModule } from "./shared/question-module.js";

const modules = new Map<string, Promise<QuestionModule>>();

/** The question's resolver module; checked to export what every question must. */
export function questionModule(question: Question): Promise<QuestionModule> {
  let loading = modules.get(question.name);
  if (!loading) {
    loading = import(`./${question.name}/resolver.ts`).then((exports: { question?: Partial<QuestionModule> }) => {
      const m = exports.question;
      if (typeof m?.resolve !== "function" || typeof m.cypherFor !== "function") {
        throw new Error(`src/questions/${question.name}/resolver.ts must export \`question\` with resolve() and cypherFor()`);
      }
      return m as QuestionModule;
    });
    modules.set(question.name, loading);
  }
  return loading;
}

/** The Query resolvers of every question, by field (each module loads on first use, or at warm-up). */
export function questionResolvers(): Record<string, QuestionModule["resolve"]> {
  return Object.fromEntries(QUESTIONS.map((q) => [q.field, async (root: unknown, args: unknown, context: unknown) => (await questionModule(q)).resolve(root, args, context)]));
}

/** The SDL of every question, in registry order. */
export function questionTypeDefs(): { file: string; text: string }[] {
  return QUESTIONS.map((q) => ({ file: `src/questions/${q.name}/schema.graphql`, text: readFileSync(join(questionsDir, q.name, "schema.graphql"), "utf8") }));
}

export interface QuestionExample {
  /** "Svensk fråga / English question", the GraphiQL tab's title. */
  title: string;
  operation: string;
  variables: Record<string, unknown>;
}

/** The question's GraphiQL example: its operation and default variables. */
export function questionExample(question: Question): QuestionExample {
  const dir = join(questionsDir, question.name);
  return {
    title: `${question.asked.sv} / ${question.asked.en}`,
    operation: readFileSync(join(dir, "example.graphql"), "utf8"),
    variables: JSON.parse(readFileSync(join(dir, "example.variables.json"), "utf8")) as Record<string, unknown>,
  };
}
