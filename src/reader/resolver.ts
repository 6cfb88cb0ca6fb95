/**
 * The GraphQL field `ask(question, asOf)`: reads the question (read.ts) against the graph and,
 * when it is read surely, answers with the chosen question's own resolver, so the answer is that
 * question's typed answer (a member of the AskAnswer union).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GraphQLError } from "graphql";
import { z } from "zod";
import { projectRoot } from "../config/paths.js";
import { QUESTION_LIMITS } from "../config/limits.js";
import { questionModule } from "../questions/server.js";
import { BAD_USER_INPUT } from "../questions/shared/errors.js";
import { isoDateArg } from "../questions/shared/input.js";
import { databaseOf } from "../questions/shared/run.js";
import type { Interpretation, Reading } from "./interpretation.js";
import { askAnswerUnionSdl, servedKinds } from "./kinds.js";
import { searchLinker } from "./link.js";
import { readQuestion } from "./read.js";

const { textMaxLength } = QUESTION_LIMITS.search;

/** The day asked from, checked with Swedish messages: the one who asks in Swedish reads the error too. */
const askAsOf = z.string().superRefine((s, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) ctx.addIssue({ code: "custom", message: "är inget datum skrivet ÅÅÅÅ-MM-DD (till exempel 2026-12-06)" });
  else if (!isoDateArg.safeParse(s).success) ctx.addIssue({ code: "custom", message: "är ingen dag som finns i kalendern" });
});

const askArgs = z.object({ question: z.string(), asOf: askAsOf.nullish() });

/** The arguments, or a 400 BAD_USER_INPUT in Swedish naming the argument and the value given. */
function askArgsOf(rawArgs: unknown): z.infer<typeof askArgs> {
  const result = askArgs.safeParse(rawArgs);
  if (result.success) return result.data;
  const given = (rawArgs ?? {}) as Record<string, unknown>;
  const problems = result.error.issues.map((i) => {
    const argument = i.path.map(String).join(".") || "arguments";
    return { argument, message: `${argument} ${JSON.stringify(given[argument])} ${i.message}` };
  });
  return badInputSv(problems);
}

function badInputSv(problems: { argument: string; message: string }[]): never {
  throw new GraphQLError(`ask: fel i argumenten: ${problems.map((p) => p.message).join("; ")}.`, { extensions: { code: BAD_USER_INPUT, problems, http: { status: 400 } } });
}

const todayUtc = () => new Date().toISOString().slice(0, 10);

const readingOut = (r: Reading) => ({ ...r, variables: JSON.stringify(r.variables) });

function interpretationOut(i: Interpretation) {
  const c = i.chosen;
  return {
    kind: c?.kind ?? null,
    entities: c?.entities ?? [],
    asOf: c?.asOf ?? null,
    from: c?.from ?? null,
    to: c?.to ?? null,
    amount: c?.amount ?? null,
    confidence: c?.confidence ?? 0,
    reading: c?.reading ?? null,
    variables: c ? JSON.stringify(c.variables) : null,
    alternatives: i.alternatives.map(readingOut),
    notes: i.notes,
  };
}

/** Reads a question without answering it (for tools that hold a database, such as the evaluation). */
export async function interpret(question: string, today: string, context: unknown): Promise<Interpretation> {
  const text = question.trim();
  if (text.length > textMaxLength) {
    return { question: text, outcome: "UNREADABLE", message: `Jag kan inte läsa frågan: den är för lång (högst ${textMaxLength} tecken).`, chosen: null, alternatives: [], notes: [], examples: servedKinds().slice(0, 3).map((k) => k.question.phrasings.examples[0]!) };
  }
  const { link, prefetch } = searchLinker(databaseOf(context));
  return readQuestion(text, { today, kinds: servedKinds(), link, prefetch });
}

/** The chosen question's answer, as a member of the AskAnswer union (null unless ANSWERED). */
async function answerOf(interpretation: Interpretation, root: unknown, context: unknown): Promise<Record<string, unknown> | null> {
  const chosen = interpretation.chosen;
  if (interpretation.outcome !== "ANSWERED" || !chosen) return null;
  const kind = servedKinds().find((k) => k.question.name === chosen.kind)!;
  const answered = (await (await questionModule(kind.question)).resolve(root, chosen.variables, context)) as Record<string, unknown>;
  return { ...answered, __typename: kind.answerType };
}

/** Where an AskResult keeps how to answer: run on the first selection of `answer`, once however often it is selected. */
const ANSWER = Symbol("answer");

interface AskResultOut {
  [ANSWER]: () => Promise<Record<string, unknown> | null>;
}

export async function resolveAsk(root: unknown, rawArgs: unknown, context: unknown) {
  const args = askArgsOf(rawArgs);
  const interpretation = await interpret(args.question, args.asOf ?? todayUtc(), context);
  let answer: Promise<Record<string, unknown> | null> | null = null;
  return {
    question: interpretation.question,
    outcome: interpretation.outcome,
    message: interpretation.message,
    interpretation: interpretationOut(interpretation),
    examples: interpretation.examples,
    // Only a selection that asks for the answer runs the chosen question (the CLI and the page read first, then ask the question itself).
    [ANSWER]: () => (answer ??= answerOf(interpretation, root, context)),
  };
}

/** The resolvers of `ask`: the field, its answer (run only when selected), and the union's member named by the answer's __typename. */
export const askResolvers = {
  Query: { ask: resolveAsk },
  AskResult: { answer: (parent: AskResultOut) => parent[ANSWER]() },
  AskAnswer: { __resolveType: (answer: { __typename?: string }) => answer.__typename ?? null },
};

/** The SDL of `ask`: its own file and the answer union written from the registry. */
export function askTypeDefs(): { file: string; text: string } {
  const file = "src/reader/schema.graphql";
  return { file, text: `${readFileSync(join(projectRoot, file), "utf8")}\n${askAnswerUnionSdl()}` };
}
