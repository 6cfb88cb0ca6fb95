/**
 * The registry's questions as the reader offers them, with what their SDL says: the arguments
 * each field takes (a date is passed only where the field takes it) and the type it answers with
 * (a member of the `AskAnswer` union).
 */
import { parse, type FieldDefinitionNode, type TypeNode } from "graphql";
import { QUESTIONS, type Question } from "../questions/registry.js";
import { questionTypeDefs } from "../questions/server.js";
import type { Kind } from "./read.js";

export interface ServedKind extends Kind {
  /** The named type of the field's answer ("DocumentDependencies"). */
  answerType: string;
}

const namedType = (t: TypeNode): string => (t.kind === "NamedType" ? t.name.value : namedType(t.type));

function fieldOf(question: Question, sdl: string): FieldDefinitionNode {
  for (const def of parse(sdl).definitions) {
    if (def.kind !== "ObjectTypeExtension" || def.name.value !== "Query") continue;
    const field = def.fields?.find((f) => f.name.value === question.field);
    if (field) return field;
  }
  throw new Error(`src/questions/${question.name}/schema.graphql: no field Query.${question.field}`);
}

let kinds: ServedKind[] | null = null;

/** Every registry question, in registry order. */
export function servedKinds(): readonly ServedKind[] {
  if (!kinds) {
    const sdl = questionTypeDefs();
    kinds = QUESTIONS.map((question, i) => {
      const field = fieldOf(question, sdl[i]!.text);
      return { question, arguments: (field.arguments ?? []).map((a) => a.name.value), answerType: namedType(field.type) };
    });
  }
  return kinds;
}

/** The SDL of `ask`: its answer is the union of every question's answer type. */
export function askAnswerUnionSdl(): string {
  const members = [...new Set(servedKinds().map((k) => k.answerType))];
  return `"The answer of the question the reader chose (null unless the outcome is ANSWERED): one of the registry questions' answers."\nunion AskAnswer = ${members.join(" | ")}\n`;
}
