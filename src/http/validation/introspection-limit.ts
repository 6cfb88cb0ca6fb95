/**
 * Introspection's own limits: at most a few __schema/__type roots, and list fields nested at most
 * a few levels below them (GraphiQL's query nests types → fields → args: 3). Armor's depth rule
 * skips introspection on purpose (GraphiQL's query is deep through `ofType`), and no maintained
 * library bounds introspection's fan-out, hence this small rule.
 */
import { GraphQLError, Kind, type ASTNode, type FieldNode, type ValidationContext, type ValidationRule } from "graphql";
import { REQUEST_LIMITS } from "../../config/limits.js";
import { LIMIT_CODES } from "../limit-codes.js";

const INTROSPECTION_ROOTS = new Set(["__schema", "__type"]);
/** Introspection fields that return lists: nesting them multiplies the answer's size. */
const INTROSPECTION_LISTS = new Set(["types", "fields", "args", "inputFields", "interfaces", "possibleTypes", "enumValues", "directives"]);

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
