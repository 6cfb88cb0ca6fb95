/**
 * The line `npm start` prints once it serves, read by every test that starts the app as its own
 * process (the smoke run included), so that a change of wording fails the suite, not only CI's smoke.
 */
export function servedGraphqlUrl(output: string): string | undefined {
  return /GraphQL API and GraphiQL: (\S+)/.exec(output)?.[1];
}
