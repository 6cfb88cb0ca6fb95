/**
 * Builds a question's resolver module from its parts: the argument schema (validated at the
 * boundary), the statement's parameters (and slots) for valid arguments, and how the statement's
 * one row becomes the answer, which must be what the generated resolver type of its field says. The
 * GraphQL resolver, the tools' `cypherFor` and the tests' `run` are then the same path.
 */
import type { z } from "zod";
import type { QueryResolvers, ResolverFn, ResolverWithResolve } from "../../generated/graphql.js";
import { questionEntry, type Question, type QuestionName } from "../registry.js";
import { questionCypher } from "./cypher.js";
import { parseArgs } from "./input.js";
import type { QuestionModule } from "./question-module.js";
import { databaseOf, runAnalysis, type AnalysisDatabase } from "./run.js";

/** What the generated resolver type (codegen's typescript-resolvers) says the field answers. */
export type FieldAnswer<F extends keyof QueryResolvers> =
  NonNullable<QueryResolvers[F]> extends ResolverFn<infer R, never, never, never> | ResolverWithResolve<infer R, never, never, never> ? Awaited<R> : never;

export interface QuestionSpec<S extends z.ZodType, Row, Answer> {
  args: S;
  /** Checks across arguments (e.g. from not after to); throws a BAD_USER_INPUT error. */
  check?(args: z.infer<S>): void;
  /** An answer that needs no database (e.g. a search text with no word in it). */
  answerWithoutDatabase?(args: z.infer<S>): Answer | undefined;
  /** An answer from what this process already holds for the graph (the search's subject index); undefined runs the statement. */
  answerFromMemory?(db: AnalysisDatabase, args: z.infer<S>): Promise<Answer | undefined>;
  params(args: z.infer<S>): Record<string, unknown>;
  /**
   * Parameters that need the database first (e.g. which documents are in force on a date, derived
   * in TypeScript from their dated facts); merged over `params`. Tools that only plan the statement
   * (`cypherFor`) use `params` alone, so those must give every parameter a value of the right type.
   */
  prepare?(db: AnalysisDatabase, args: z.infer<S>, run: (params: Record<string, unknown>) => Promise<Row>): Promise<Record<string, unknown>>;
  /** Text for the statement's {{slot:...}} places (its variants). */
  slots?(args: z.infer<S>): Record<string, string>;
  /** The answer from the statement's one row; `entry` is the registry's entry (field, subject types). */
  answer(row: Row, args: z.infer<S>, entry: Question): Answer;
}

export interface DefinedQuestion<S extends z.ZodType, Answer> extends QuestionModule {
  /** Answers already validated arguments (for tests and tools that hold a driver). */
  run(db: AnalysisDatabase, args: z.infer<S>): Promise<Answer>;
  resolve(root: unknown, args: unknown, context: unknown): Promise<Answer>;
}

/**
 * `name` is the question's folder and registry name; `field` its GraphQL field, stated here so the
 * answer type is checked against the field's generated resolver type (and against the registry when
 * the module loads).
 */
export function defineQuestion<F extends keyof QueryResolvers & string, S extends z.ZodType, Row, Answer extends FieldAnswer<F>>(
  name: QuestionName,
  field: F,
  spec: QuestionSpec<S, Row, Answer>,
): DefinedQuestion<S, Answer> {
  const question = questionEntry(name);
  if (question.field !== field) throw new Error(`src/questions/${name}: the registry's field is ${question.field}, the resolver's ${field}`);
  const cypher = (args: z.infer<S>) => questionCypher(name, spec.slots?.(args));
  const run = async (db: AnalysisDatabase, args: z.infer<S>): Promise<Answer> => {
    spec.check?.(args);
    const without = spec.answerWithoutDatabase?.(args);
    if (without !== undefined) return without;
    const remembered = await spec.answerFromMemory?.(db, args);
    if (remembered !== undefined) return remembered;
    const statement = cypher(args);
    const params = spec.params(args);
    const runWith = (p: Record<string, unknown>) => runAnalysis<Row>(db, name, statement, p);
    const prepared = spec.prepare ? { ...params, ...(await spec.prepare(db, args, (extra) => runWith({ ...params, ...extra }))) } : params;
    const row = await runWith(prepared);
    return spec.answer(row, args, question);
  };
  return {
    run,
    resolve: (_root, args, context) => run(databaseOf(context), parseArgs(field, spec.args, args)),
    cypherFor(variables) {
      const args = spec.args.parse(variables) as z.infer<S>;
      if (spec.answerWithoutDatabase?.(args) !== undefined) throw new Error(`${field}: these variables need no database`);
      return { cypher: cypher(args), params: spec.params(args) };
    },
  };
}
