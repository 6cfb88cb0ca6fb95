/** Serves GraphiQL, offline, when a browser opens the GraphQL endpoint. */
import type { ApolloServerPlugin } from "@apollo/server";
import { graphiqlHtml } from "../../graphiql/page.js";
import type { ExampleOperation } from "../../graphiql/examples.js";

export function graphiqlLandingPagePlugin(graphqlPath: string, examples: ExampleOperation[]): ApolloServerPlugin {
  const html = graphiqlHtml(graphqlPath, examples);
  return {
    async serverWillStart() {
      return { async renderLandingPage() { return { html }; } };
    },
  };
}
