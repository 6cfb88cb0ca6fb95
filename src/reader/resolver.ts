/**
 * The GraphQL field `ask(question, asOf)`: reads the question (read.ts) against the graph and,
 * when it is read surely, answers with the chosen question's own resolver, so the answer is that
 * question's typed answer (a member of the AskAnswer union).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { projectRoot } from "../config/paths.js";
import { QUESTION_LIMITS } from "../config/limits.js";
import { questionModule } from "../questions/server.js";
import { isoDateArg, parseArgs } from "../questions/shared/input.js";
import { databaseOf } from "../questions/shared/run.js";
import type { Interpretation, Reading } from "./interpretation.js";
import { askAnswerUnionSdl, servedKinds } from "./kinds.js";
import { searchLinker } from "./link.js";
import { readQuestion } from "./read.js";

const { textMaxLength } = QUESTION_LIMITS.search;

const askArgs = z.object({
  question: z.string(),
  asOf: z.string().pipe(isoDateArg).nullish(),
});

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
  return readQuestion(text, { today, kinds: servedKinds(), link: searchLinker(databaseOf(context)) });
}

export async function resolveAsk(root: unknown, rawArgs: unknown, context: unknown) {
  const args = parseArgs("ask", askArgs, rawArgs);
  const interpretation = await interpret(args.question, args.asOf ?? todayUtc(), context);
  let answer: Record<string, unknown> | null = null;
  const chosen = interpretation.chosen;
  if (interpretation.outcome === "ANSWERED" && chosen) {
    const kind = servedKinds().find((k) => k.question.name === chosen.kind)!;
    const answered = (await (await questionModule(kind.question)).resolve(root, chosen.variables, context)) as Record<string, unknown>;
    answer = { ...answered, __typename: kind.answerType };
  }
  return {
    question: interpretation.question,
    outcome: interpretation.outcome,
    message: interpretation.message,
    interpretation: interpretationOut(interpretation),
    examples: interpretation.examples,
    answer,
  };
}

/** The resolvers of `ask`: the field, and the union's member named by the answer's __typename. */
export const askResolvers = {
  Query: { ask: resolveAsk },
  AskAnswer: { __resolveType: (answer: { __typename?: string }) => answer.__typename ?? null },
};

/** The SDL of `ask`: its own file and the answer union written from the registry. */
export function askTypeDefs(): { file: string; text: string } {
  const file = "src/reader/schema.graphql";
  return { file, text: `${readFileSync(join(projectRoot, file), "utf8")}\n${askAnswerUnionSdl()}` };
}
