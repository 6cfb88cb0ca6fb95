/**
 * The app's own GraphQL endpoint: POST with content-type application/json (no CSRF preflight
 * needed). Operations are .graphql files, imported as text with their shared fragments
 * (src/explore/graphql-documents.ts); `operation` pairs that text with the types codegen
 * generates for it, so every answer is typed.
 */
import type { ShellData } from "../html.js";

export const pageData: ShellData = JSON.parse(document.getElementById("explore-data")?.textContent ?? "{}") as ShellData;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** An operation's text, typed with its answer and variables (never read at run time). */
export interface Operation<Answer, Variables> {
  text: string;
  types?: { answer: Answer; variables: Variables };
}

export const operation = <Answer, Variables>(text: string): Operation<Answer, Variables> => ({ text });

export async function gql<Answer, Variables>(op: Operation<Answer, Variables>, variables: Variables): Promise<Answer> {
  const response = await fetch(pageData.graphqlPath || "/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: op.text, variables }),
  });
  const body = (await response.json()) as { data?: Answer; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join("; "), body.errors[0]!.extensions?.code);
  if (!body.data) throw new ApiError(`HTTP ${response.status}`, undefined);
  return body.data;
}
