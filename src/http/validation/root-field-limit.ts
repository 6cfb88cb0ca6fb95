/**
 * Root fields per operation (fragments on the root expanded): each root field of a generated or
 * analyst query runs its own transaction, on its own connection, in parallel, so this bounds the
 * connections one request can take. Aliases of one field count separately; identical unaliased
 * fields merge into one and count once.
 */
import { GraphQLError, Kind, type SelectionNode, type ValidationContext, type ValidationRule } from "graphql";
import { REQUEST_LIMITS } from "../../config/limits.js";
import { LIMIT_CODES } from "../limit-codes.js";

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
