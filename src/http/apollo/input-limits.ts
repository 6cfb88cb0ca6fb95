/**
 * Limits on argument values, literals and variables alike, checked once the operation is known
 * and before it runs: the length of any list (an `OR` of 10,000 ids, an `in` list), the nesting
 * of input objects (a 1000-deep `AND`, which would otherwise overflow the stack while
 * @neo4j/graphql translates it) and the number of values; and paging arguments (`limit`,
 * `offset`, `first`) must not be negative. Hand-written because no maintained library looks
 * at argument values; it is a plain walk with early exits.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from "graphql";
import { REQUEST_LIMITS } from "../../config/limits.js";
import { LIMIT_CODES } from "../limit-codes.js";

const PAGING_ARGUMENTS = new Set(["limit", "offset", "first"]);

class InputLimitError extends GraphQLError {
  constructor(message: string, code: string) {
    super(message, { extensions: { code, http: { status: 400 } } });
  }
}

interface Measure {
  nodes: number;
}

/** Measures a JSON value (from variables); throws at the first limit it crosses. */
function checkJson(value: unknown, depth: number, where: string, measure: Measure): void {
  if (++measure.nodes > REQUEST_LIMITS.maxInputNodes) throw tooManyNodes(where);
  if (Array.isArray(value)) {
    if (value.length > REQUEST_LIMITS.maxInputListLength) throw listTooLong(where, value.length);
    for (const item of value) checkJson(item, depth, where, measure);
  } else if (value !== null && typeof value === "object") {
    if (depth + 1 > REQUEST_LIMITS.maxInputDepth) throw tooDeep(where);
    for (const item of Object.values(value)) checkJson(item, depth + 1, where, measure);
  }
}

/** The same for a literal in the document; variables in it are measured where they are defined. */
function checkLiteral(value: ValueNode, depth: number, where: string, measure: Measure): void {
  if (++measure.nodes > REQUEST_LIMITS.maxInputNodes) throw tooManyNodes(where);
  if (value.kind === Kind.LIST) {
    if (value.values.length > REQUEST_LIMITS.maxInputListLength) throw listTooLong(where, value.values.length);
    for (const item of value.values) checkLiteral(item, depth, where, measure);
  } else if (value.kind === Kind.OBJECT) {
    if (depth + 1 > REQUEST_LIMITS.maxInputDepth) throw tooDeep(where);
    for (const field of value.fields) checkLiteral(field.value, depth + 1, where, measure);
  }
}

const listTooLong = (where: string, length: number) =>
  new InputLimitError(`${where}: a list of ${length} values; at most ${REQUEST_LIMITS.maxInputListLength} are accepted in one argument.`, LIMIT_CODES.inputTooLarge);
const tooDeep = (where: string) =>
  new InputLimitError(`${where}: input objects (e.g. AND/OR/NOT filters) nest more than ${REQUEST_LIMITS.maxInputDepth} deep.`, LIMIT_CODES.inputTooLarge);
const tooManyNodes = (where: string) =>
  new InputLimitError(`${where}: arguments hold more than ${REQUEST_LIMITS.maxInputNodes} values in all.`, LIMIT_CODES.inputTooLarge);

function pagingValue(value: ValueNode, variables: Record<string, unknown>): unknown {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) return variables[value.name.value];
  return undefined;
}

/** Throws InputLimitError for the first problem in the document's arguments or the variables. */
export function checkInputs(document: DocumentNode, variables: Record<string, unknown> = {}): void {
  const measure: Measure = { nodes: 0 };
  for (const [name, value] of Object.entries(variables)) checkJson(value, 0, `variable $${name}`, measure);
  visit(document, {
    Field(field) {
      for (const argument of field.arguments ?? []) {
        const where = `${field.name.value}(${argument.name.value})`;
        checkLiteral(argument.value, 0, where, measure);
        if (PAGING_ARGUMENTS.has(argument.name.value)) {
          const value = pagingValue(argument.value, variables);
          if (typeof value === "number" && value < 0) {
            throw new InputLimitError(`${where}: must be 0 or more, got ${value}.`, LIMIT_CODES.badUserInput);
          }
        }
      }
    },
  });
}

/** What the per-request check needs to know of a document whose literals passed: their values counted, paging arguments given by variables. */
interface CheckedDocument {
  literalNodes: number;
  pagingVariables: { where: string; name: string }[];
}

function countLiteral(value: ValueNode): number {
  if (value.kind === Kind.LIST) return 1 + value.values.reduce((sum, item) => sum + countLiteral(item), 0);
  if (value.kind === Kind.OBJECT) return 1 + value.fields.reduce((sum, field) => sum + countLiteral(field.value), 0);
  return 1;
}

function survey(document: DocumentNode): CheckedDocument {
  const checked: CheckedDocument = { literalNodes: 0, pagingVariables: [] };
  visit(document, {
    Field(field) {
      for (const argument of field.arguments ?? []) {
        checked.literalNodes += countLiteral(argument.value);
        if (PAGING_ARGUMENTS.has(argument.name.value) && argument.value.kind === Kind.VARIABLE) {
          checked.pagingVariables.push({ where: `${field.name.value}(${argument.name.value})`, name: argument.value.name.value });
        }
      }
    },
  });
  return checked;
}

/**
 * checkInputs with the document's literals walked once: Apollo hands every request with the same
 * query text the same DocumentNode, and only the variables change. Once a document's literals
 * passed, a request checks its variables, the total count and the paging variables; whenever a
 * limit could be crossed, the full walk runs again, so the error (and where it names) is the same.
 */
export function inputLimitsChecker(): (document: DocumentNode, variables: Record<string, unknown>) => void {
  const passed = new WeakMap<DocumentNode, CheckedDocument>();
  return (document, variables) => {
    const known = passed.get(document);
    if (!known) {
      checkInputs(document, variables);
      passed.set(document, survey(document));
      return;
    }
    const measure: Measure = { nodes: 0 };
    for (const [name, value] of Object.entries(variables)) checkJson(value, 0, `variable $${name}`, measure);
    if (measure.nodes + known.literalNodes > REQUEST_LIMITS.maxInputNodes) return checkInputs(document, variables);
    for (const { where, name } of known.pagingVariables) {
      const value = variables[name];
      if (typeof value === "number" && value < 0) throw new InputLimitError(`${where}: must be 0 or more, got ${value}.`, LIMIT_CODES.badUserInput);
    }
  };
}

export function inputLimitsPlugin(): ApolloServerPlugin {
  const check = inputLimitsChecker();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          check(document, request.variables ?? {});
        },
      };
    },
  };
}
