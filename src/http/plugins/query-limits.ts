/**
 * Limits on the shape of a document, checked before execution: parser limits (graphql 16.15's
 * parse options, applied by Apollo), depth, aliases and directives (GraphQL Armor's validation
 * rules), field suggestions hidden, and a small rule of our own for introspection. Each rejection
 * is a 400 with a stable extensions.code (restored by `restoreErrorCode`, since Apollo overwrites
 * the code of every validation error with GRAPHQL_VALIDATION_FAILED).
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, Kind, type ASTNode, type FieldNode, type ParseOptions, type SelectionNode, type ValidationContext, type ValidationRule } from "graphql";
import { LIMIT_CODES, REQUEST_LIMITS } from "./limits.js";

export const parseOptions: ParseOptions = {
  maxLexicalTokens: REQUEST_LIMITS.maxLexicalTokens,
  maxComments: REQUEST_LIMITS.maxComments,
  maxSourceLength: REQUEST_LIMITS.maxSourceLength,
};

/** Reports Armor's rejection as a validation error with our code (Armor's text starts with "Syntax Error:", which it is not). */
type RejectCallback = (context: ValidationContext | null, error: GraphQLError) => void;

function rejectWith(code: string): RejectCallback[] {
  return [
    (context, error) => {
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { code } }));
    },
  ];
}

/** Armor's rules, configured; its max-tokens is off (it turns syntax errors into 500s) and its field-count cost is replaced by query-cost.ts. */
export function armorProtection(): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin[] } {
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxDepth: { n: REQUEST_LIMITS.maxDepth, ignoreIntrospection: true, propagateOnRejection: false, onReject: rejectWith(LIMIT_CODES.tooDeep) },
    maxAliases: { n: REQUEST_LIMITS.maxAliases, propagateOnRejection: false, onReject: rejectWith(LIMIT_CODES.tooManyAliases) },
    maxDirectives: { n: REQUEST_LIMITS.maxDirectives, propagateOnRejection: false, onReject: rejectWith(LIMIT_CODES.tooManyDirectives) },
    blockFieldSuggestion: { enabled: true },
  });
  const { validationRules, plugins } = armor.protect();
  // Armor's typings name Apollo's CommonJS types; the plugin objects are the same at run time.
  return { validationRules: validationRules as ValidationRule[], plugins: plugins as unknown as ApolloServerPlugin[] };
}

const INTROSPECTION_ROOTS = new Set(["__schema", "__type"]);
/** Introspection fields that return lists: nesting them multiplies the answer's size. */
const INTROSPECTION_LISTS = new Set(["types", "fields", "args", "inputFields", "interfaces", "possibleTypes", "enumValues", "directives"]);

/**
 * Introspection's own limits: at most a few __schema/__type roots, and list fields nested at most
 * a few levels below them (GraphiQL's query nests types → fields → args: 3). Armor's depth rule
 * skips introspection on purpose (GraphiQL's query is deep through `ofType`), and no maintained
 * library bounds introspection's fan-out, hence this small rule.
 */
export const introspectionLimitRule: ValidationRule = (context: ValidationContext) => {
  let roots = 0;
  let reported = false;
  const report = (message: string, node: ASTNode) => {
    if (reported) return;
    reported = true;
    context.reportError(new GraphQLError(message, { nodes: node, extensions: { code: LIMIT_CODES.introspectionTooLarge } }));
  };
  // Walks a selection set with fragments expanded (each fragment at most once per path, so cycles end).
  const listNesting = (node: { selectionSet?: FieldNode["selectionSet"] }, seen: Set<string>): number => {
    let deepest = 0;
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const own = INTROSPECTION_LISTS.has(selection.name.value) ? 1 : 0;
        deepest = Math.max(deepest, own + listNesting(selection, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, listNesting(selection, seen));
      } else {
        const name = selection.name.value;
        const fragment = context.getFragment(name);
        if (!fragment || seen.has(name)) continue;
        deepest = Math.max(deepest, listNesting(fragment, new Set(seen).add(name)));
      }
      if (deepest > REQUEST_LIMITS.maxIntrospectionListNesting) return deepest;
    }
    return deepest;
  };
  return {
    Field(node) {
      if (!INTROSPECTION_ROOTS.has(node.name.value)) return;
      roots++;
      if (roots > REQUEST_LIMITS.maxIntrospectionRoots) {
        report(`Introspection limit: at most ${REQUEST_LIMITS.maxIntrospectionRoots} __schema/__type fields per document.`, node);
      } else if (listNesting(node, new Set()) > REQUEST_LIMITS.maxIntrospectionListNesting) {
        report(`Introspection limit: list fields (types, fields, args, ...) nest at most ${REQUEST_LIMITS.maxIntrospectionListNesting} deep.`, node);
      }
    },
  };
};

/**
 * Root fields per operation (fragments on the root expanded): each root field of a generated or
 * analyst query runs its own transaction, on its own connection, in parallel, so this bounds the
 * connections one request can take. Aliases of one field count separately; identical unaliased
 * fields merge into one and count once.
 */
export const rootFieldLimitRule: ValidationRule = (context: ValidationContext) => ({
  OperationDefinition(operation) {
    const keys = new Set<string>();
    const collect = (selections: readonly SelectionNode[], seen: Set<string>) => {
      for (const selection of selections) {
        if (selection.kind === Kind.FIELD) keys.add((selection.alias ?? selection.name).value);
        else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet.selections, seen);
        else if (!seen.has(selection.name.value)) {
          seen.add(selection.name.value);
          const fragment = context.getFragment(selection.name.value);
          if (fragment) collect(fragment.selectionSet.selections, seen);
        }
      }
    };
    collect(operation.selectionSet.selections, new Set());
    if (keys.size > REQUEST_LIMITS.maxRootFields) {
      context.reportError(
        new GraphQLError(`Too many root fields: ${keys.size}, at most ${REQUEST_LIMITS.maxRootFields} per operation (each runs its own database transaction).`, {
          nodes: operation,
          extensions: { code: LIMIT_CODES.tooManyRootFields },
        }),
      );
    }
  },
});

/** graphql 16.15 stops pathological validation with this one message; it is a limit too. */
const VALIDATION_ABORTED = "Validation aborted.";
const PARSER_LIMIT = /^Syntax Error: (Document|Source) contains more th/;

/**
 * Apollo gives every validation error the code GRAPHQL_VALIDATION_FAILED and every parse error
 * GRAPHQL_PARSE_FAILED; put back the code our rules set (limits, READ_ONLY_API) and give the
 * parser's and validator's own limits a code of their own. Used in Apollo's formatError.
 */
export function restoreErrorCode(formatted: { message: string; extensions?: Record<string, unknown> }, error: unknown): string | undefined {
  const code = formatted.extensions?.code;
  if (code === "GRAPHQL_VALIDATION_FAILED") {
    // Duck-typed: under vitest, graphql's ESM and CommonJS copies both load (different classes).
    const original = (error as { originalError?: { extensions?: Record<string, unknown> } } | undefined)?.originalError;
    const originalCode = original?.extensions?.code;
    if (typeof originalCode === "string" && originalCode !== code) return originalCode;
    if (formatted.message === VALIDATION_ABORTED) return LIMIT_CODES.tooComplex;
  }
  if (code === "GRAPHQL_PARSE_FAILED" && PARSER_LIMIT.test(formatted.message)) return LIMIT_CODES.tooLarge;
  return undefined;
}
