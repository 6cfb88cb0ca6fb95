/**
 * The app's own GraphQL endpoint, over GET: a read the server keeps in its answer cache, so the
 * next visitor of the same view gets it without a query (POST only for a text too long for a URL). Operations are .graphql files, imported as text with their shared fragments
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

/** Well inside what servers and proxies take in a request line (Node's header limit is 16 KiB). */
const MAX_GET_URL = 8000;

export const operation = <Answer, Variables>(text: string): Operation<Answer, Variables> => ({ text });

export async function gql<Answer, Variables>(op: Operation<Answer, Variables>, variables: Variables): Promise<Answer> {
  const path = pageData.graphqlPath || "/graphql";
  const url = `${path}?${new URLSearchParams({ query: op.text, variables: JSON.stringify(variables) }).toString()}`;
  const response =
    url.length <= MAX_GET_URL
      ? await fetch(url, { headers: { accept: "application/json" } })
      : await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: op.text, variables }) });
  const body = (await response.json()) as { data?: Answer; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join("; "), body.errors[0]!.extensions?.code);
  if (!body.data) throw new ApiError(`HTTP ${response.status}`, undefined);
  return body.data;
}
