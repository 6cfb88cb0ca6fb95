/**
 * GraphQL Armor's validation rules for the shape of a document: depth, aliases and directives,
 * each rejected with its own code, and field suggestions hidden. Its max-tokens rule is off (it
 * turns syntax errors into 500s; the parser's own limit is in parse-options.ts) and its
 * field-count cost is replaced by the list-aware estimate (apollo/query-cost.ts).
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";
import { REQUEST_LIMITS } from "../../config/limits.js";
import { LIMIT_CODES } from "../limit-codes.js";

type RejectCallback = (context: ValidationContext | null, error: GraphQLError) => void;

/** Reports Armor's rejection as a validation error with our code (Armor's text starts with "Syntax Error:", which it is not). */
function rejectWith(code: string): RejectCallback[] {
  return [
    (context, error) => {
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { code } }));
    },
  ];
}

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
