/** The JSON body of an error answered by Express middleware: the same shape as GraphQL's errors, so clients read one shape. */
export function graphqlErrorBody(code: string, message: string, extra: Record<string, unknown> = {}): { errors: { message: string; extensions: Record<string, unknown> }[] } {
  return { errors: [{ message, extensions: { code, ...extra } }] };
}
