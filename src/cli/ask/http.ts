/**
 * GraphQL over HTTP for the CLI: posts an operation, checks that the answer has GraphQL's shape
 * (zod), and hands the data out typed as the operation's generated type. The data itself is the
 * API's answer to that very operation, so its generated type is taken as given.
 */
import { z } from "zod";

const graphQLError = z.object({
  message: z.string(),
  extensions: z
    .object({
      code: z.string().optional(),
      problems: z.array(z.object({ argument: z.string(), message: z.string() })).optional(),
    })
    .optional(),
});

const graphQLResponse = z.object({
  data: z.record(z.string(), z.unknown()).nullish(),
  errors: z.array(graphQLError).optional(),
});

export type GraphQLError = z.infer<typeof graphQLError>;
export type GraphQLResponse = z.infer<typeof graphQLResponse>;
export type PostGraphQL = (operation: string, variables: Record<string, unknown>) => Promise<GraphQLResponse>;

/** The API did not answer, or answered with errors: the CLI prints the message and exits with 1. */
export class ApiError extends Error {}

export function graphQLClient(url: string): PostGraphQL {
  return async (operation, variables) => {
    let response: Response;
    try {
      response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: operation, variables }) });
    } catch (error) {
      const reason = error instanceof Error ? String(error.cause ?? error.message) : String(error);
      throw new ApiError(`Når inte API:t på ${url} (${reason}). Starta det med \`npm start\`, eller ange --url.`);
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new ApiError(`API:t på ${url} svarade HTTP ${response.status} utan JSON: ${text.slice(0, 200)}`);
    }
    const parsed = graphQLResponse.safeParse(body);
    if (!parsed.success) throw new ApiError(`API:t på ${url} svarade HTTP ${response.status} med något annat än ett GraphQL-svar: ${text.slice(0, 200)}`);
    return parsed.data;
  };
}

/** The data of an answer, as the operation's generated type; errors become one ApiError. */
export function dataOf<Data>(response: GraphQLResponse, describe: (error: GraphQLError) => string = (e) => e.message): Data {
  if (response.errors?.length) throw new ApiError(response.errors.map(describe).join("\n"));
  if (!response.data) throw new ApiError("API:t svarade utan data och utan fel.");
  return response.data as Data;
}
