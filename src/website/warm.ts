/**
 * Plans the website's trusted operations ahead of their first use, as src/questions/warm.ts does
 * for the analyst queries: @neo4j/graphql turns each into one large Cypher statement that Neo4j
 * plans for seconds on a small machine, and forgets when it restarts. Each operation is sent once
 * to the server's own endpoint with placeholder values for its required variables: the generated
 * Cypher, and so the cached plan, depends on the operation and on which variables are given, not
 * on their values (a placeholder id matches nothing, so the warm-up reads almost nothing). Sent
 * over HTTP rather than executed in-process, so it goes the same way as the website's requests.
 */
import { execute, Kind, parse, type GraphQLSchema, type TypeNode } from "graphql";
import { readTrustedDocuments } from "./trusted-documents.js";
import { runInOrder, WARM_CONCURRENCY, type WarmTask } from "../database/warm-tasks.js";

function placeholder(type: TypeNode): unknown {
  if (type.kind === Kind.NON_NULL_TYPE) return placeholder(type.type);
  if (type.kind === Kind.LIST_TYPE) return [];
  switch (type.name.value) {
    case "Int":
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "DateTime":
      // The change feed refuses a time in the future or one it cannot read: now is neither.
      return new Date().toISOString();
    default:
      return "warm:placeholder";
  }
}

/** The required variables of `text`'s operation, each with a placeholder value. */
export function placeholderVariables(text: string): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of parse(text).definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of definition.variableDefinitions ?? []) {
      if (v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue) variables[v.variable.name.value] = placeholder(v.type);
    }
  }
  return variables;
}

/**
 * One task per operation, the longest first (so that it does not finish alone at the end): each
 * sent once to the server's own endpoint. `headers`: the server's warm-up headers, so the requests
 * pass while it holds others back after a restart. A failure is only logged.
 */
export function websiteWarmTasks(graphqlUrl: string, log: (line: string) => void = () => undefined, headers: Record<string, string> = {}): WarmTask[] {
  const documents = [...readTrustedDocuments().byId.values()].sort((a, b) => b.text.length - a.text.length);
  return documents.map((document) => async () => {
    try {
      const response = await fetch(graphqlUrl, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        // By id, as the website sends it: accepted also when TRUSTED_DOCUMENTS=only.
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: document.id } }, variables: placeholderVariables(document.text) }),
      });
      const answer = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      // "No entity with that id" is the expected answer to a placeholder; anything else is not.
      const failure = answer.errors?.find((e) => e.extensions?.code !== "NOT_FOUND");
      if (failure) log(`could not plan website operation ${document.operationName}: ${failure.message}`);
    } catch (error) {
      log(`could not plan website operation ${document.operationName}: ${error instanceof Error ? error.message : error}`);
    }
  });
}

export async function warmWebsiteOperations(graphqlUrl: string, log: (line: string) => void = () => undefined, headers: Record<string, string> = {}): Promise<void> {
  const started = Date.now();
  await runInOrder(websiteWarmTasks(graphqlUrl, log, headers), WARM_CONCURRENCY);
  log(`planned the website's operations in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * The same operations executed in this process against another database: a standby JVM's scratch
 * database (src/database/local/standby.ts), where running them compiles the planner's paths they
 * take. Answers and errors are of no interest there. `replan`: plan them again although the
 * database has their plans (Cypher's `replan=force`, which @neo4j/graphql passes on).
 */
export async function runWebsiteOperationsOn(schema: GraphQLSchema, executionContext: unknown, { replan = false } = {}): Promise<void> {
  const cypherQueryOptions = replan ? { replan: "force" } : undefined;
  for (const document of readTrustedDocuments().byId.values()) {
    await execute({ schema, document: parse(document.text), variableValues: placeholderVariables(document.text), contextValue: { executionContext, cypherQueryOptions, sessionConfig: { database: "neo4j" } } });
  }
}
