/** What each question's resolver.ts exports, for the server and the tools that run its Cypher. */
export interface CypherCall {
  cypher: string;
  params: Record<string, unknown>;
}

export interface QuestionModule {
  /** The GraphQL field's resolver: validates the arguments, runs the statement, shapes the answer. */
  resolve(root: unknown, args: unknown, context: unknown): Promise<unknown>;
  /** The statement and parameters that answer these variables (benchmark floor, query plans, warm-up). */
  cypherFor(variables: Record<string, unknown>): CypherCall;
}
