/**
 * A question's operation as the CLI sends it: the question's GraphiQL example (so the CLI asks
 * exactly what the example and its generated types describe), the variables it declares with
 * their GraphQL types (what the options may set, and how their values are read), and the
 * example's own variables (what the CLI asks when no subject is given).
 */
import { Kind, parse, print, type TypeNode } from "graphql";
import type { Question } from "../../questions/registry.js";
import { questionExample } from "../../questions/server.js";

export interface DeclaredVariable {
  name: string;
  type: TypeNode;
}

export interface QuestionOperation {
  text: string;
  declared: readonly DeclaredVariable[];
  example: Readonly<Record<string, unknown>>;
}

/** The variables an operation declares, in order. */
export function declaredVariables(operation: string): DeclaredVariable[] {
  const definition = parse(operation).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!definition || definition.kind !== Kind.OPERATION_DEFINITION) throw new Error("the document has no operation");
  return (definition.variableDefinitions ?? []).map((v) => ({ name: v.variable.name.value, type: v.type }));
}

const operations = new Map<string, QuestionOperation>();

export function questionOperation(question: Question): QuestionOperation {
  let operation = operations.get(question.name);
  if (!operation) {
    const example = questionExample(question);
    operation = { text: example.operation, declared: declaredVariables(example.operation), example: example.variables };
    operations.set(question.name, operation);
  }
  return operation;
}

/** The type without its list and non-null wrappers: the name of a scalar or an enum. */
export function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** The type as GraphQL writes it ("[DependencyRelation!]"). */
export const typeText = (type: TypeNode): string => print(type);
