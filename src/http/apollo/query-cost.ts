/**
 * A list-aware cost estimate before execution, with graphql-query-complexity and the estimators
 * @neo4j/graphql attaches to its list and relationship fields (features.complexityEstimators:
 * a field costs its children's cost times its `limit`/`first`, plus 1; a list asked without
 * either counts as REQUEST_LIMITS.unboundedListSize items, one filtered by its id as one item). Runs in
 * didResolveOperation because only there are the variables known.
 *
 * The estimate walks the whole document against the schema (about half a millisecond for a
 * website read, the largest of our per-request checks), yet it depends only on the document,
 * the operation and the few variables the estimate reads: those given to `limit`/`first` and to
 * directives (@include/@skip). Apollo hands every request with the same query text the same
 * parsed DocumentNode, so accepted costs are remembered per document and those variables'
 * values; a rejection is computed afresh each time.
 */
import { createRequire } from "node:module";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit, type DocumentNode, type GraphQLSchema } from "graphql";
import type * as QueryComplexity from "graphql-query-complexity";
import { CACHE_LIMITS, REQUEST_LIMITS } from "../../config/limits.js";
import { LIMIT_CODES } from "../limit-codes.js";

// Loaded as CommonJS on purpose: its ESM build imports graphql's ESM entry, a second copy of
// graphql next to the CommonJS one that built the schema ("from another module or realm").
const { getComplexity, fieldExtensionsEstimator, simpleEstimator } = createRequire(import.meta.url)("graphql-query-complexity") as typeof QueryComplexity;

/**
 * @neo4j/graphql's estimators count a relationship or root list asked without `limit`/`first` as
 * one item, so `invited { invitedTo { invited … } }` ten deep looked as cheap as ten fields.
 * Such a list is counted as REQUEST_LIMITS.unboundedListSize items instead: nested unbounded
 * lists multiply, and a chain of them is refused before it runs.
 */
const unboundedListEstimator: QueryComplexity.ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (typeof field.extensions?.complexity !== "function") return undefined;
  const size = args.limit ?? args.first;
  const byId = idBound(args.where);
  if (byId !== undefined) return childComplexity * Math.min(byId, typeof size === "number" && size > 0 ? size : byId) + 1;
  if (size) return undefined;
  return childComplexity * REQUEST_LIMITS.unboundedListSize + 1;
};

/**
 * A list filtered by its unique id holds at most one item (`where: { id: { eq } }`), or as many as
 * the ids it names (`id: { in: [...] }`): the website reads one agreement so, without a limit.
 * Other conditions beside it only narrow it further.
 */
function idBound(where: unknown): number | undefined {
  const id = (where as { id?: { eq?: unknown; in?: unknown } } | null | undefined)?.id;
  if (!id || typeof id !== "object") return undefined;
  if (id.eq !== undefined && id.eq !== null) return 1;
  return Array.isArray(id.in) ? id.in.length : undefined;
}

const estimators = [unboundedListEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];

/** The arguments @neo4j/graphql's complexity estimators read (ComplexityEstimatorHelper). */
const SIZE_ARGUMENTS = new Set(["limit", "first"]);

/** The estimated cost of the operation; throws a QUERY_TOO_COMPLEX error over the limit. */
export function checkCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number {
  let cost: number;
  try {
    cost = getComplexity({ schema, query: document, operationName, variables, estimators, maxQueryNodes: REQUEST_LIMITS.maxCostNodes });
  } catch (error) {
    // Variables of the wrong type: execution reports them with the usual coercion error.
    if ((error as Error).name === "GraphQLError" && !/maximum allowed number of nodes/.test((error as Error).message)) return 0;
    throw new GraphQLError(`Query too complex: ${error instanceof Error ? error.message : error}`, { extensions: { code: LIMIT_CODES.tooComplex, http: { status: 400 } } });
  }
  if (cost > REQUEST_LIMITS.maxCost) {
    throw new GraphQLError(`Query too complex: estimated cost ${cost}, at most ${REQUEST_LIMITS.maxCost} (a list field multiplies its selection by its limit/first).`, {
      extensions: { code: LIMIT_CODES.tooComplex, cost, maxCost: REQUEST_LIMITS.maxCost, http: { status: 400 } },
    });
  }
  return cost;
}

/** The variables whose values can change a document's cost: those in `limit`/`first` arguments and in directives. */
export function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  let inDirective = 0;
  let inSizeArgument = 0;
  visit(document, {
    Directive: { enter: () => void inDirective++, leave: () => void inDirective-- },
    Argument: {
      enter: (argument) => void (SIZE_ARGUMENTS.has(argument.name.value) && inSizeArgument++),
      leave: (argument) => void (SIZE_ARGUMENTS.has(argument.name.value) && inSizeArgument--),
    },
    Variable(variable, _key, parent) {
      // A variable's own definition ($x: Int) is no use of it.
      if ((parent as { kind?: string } | undefined)?.kind === Kind.VARIABLE_DEFINITION) return;
      if (inDirective > 0 || inSizeArgument > 0) names.add(variable.name.value);
    },
  });
  return [...names].sort();
}

/** checkCost with accepted costs remembered per document and cost variables; bounded per document, oldest dropped first. */
export function costCache(schema: GraphQLSchema): (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) => number {
  const byDocument = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();
  return (document, operationName, variables) => {
    let entry = byDocument.get(document);
    if (!entry) byDocument.set(document, (entry = { variables: costVariables(document), costs: new Map() }));
    // A missing variable (its default applies) and an explicit null are different keys.
    const key = JSON.stringify([operationName ?? null, ...entry.variables.map((name) => (name in variables ? [variables[name]] : []))]);
    const known = entry.costs.get(key);
    if (known !== undefined) return known;
    const cost = checkCost(schema, document, operationName, variables); // throws over the limit: not remembered
    entry.costs.set(key, cost);
    if (entry.costs.size > CACHE_LIMITS.rememberedCostsPerDocument) entry.costs.delete(entry.costs.keys().next().value!);
    return cost;
  };
}

export function queryCostPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  const cost = costCache(schema);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          cost(document, request.operationName ?? undefined, request.variables ?? {});
        },
      };
    },
  };
}
