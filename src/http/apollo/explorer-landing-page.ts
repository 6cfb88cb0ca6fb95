/** Serves the offline GraphiQL explorer when a browser opens the GraphQL endpoint. */
import type { ApolloServerPlugin } from "@apollo/server";
import { explorerHtml } from "../../explorer/page.js";
import type { ExampleOperation } from "../../explorer/examples.js";

export function explorerLandingPagePlugin(graphqlPath: string, examples: ExampleOperation[]): ApolloServerPlugin {
  const html = explorerHtml(graphqlPath, examples);
  return {
    async serverWillStart() {
      return { async renderLandingPage() { return { html }; } };
    },
  };
}
