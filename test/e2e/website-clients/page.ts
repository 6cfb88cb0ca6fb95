/**
 * The browser side of the website-clients test: a page on another origin that reads the API with
 * two standard GraphQL clients as they come (no fetch wrapper of ours): graphql-request with the
 * query text, and Apollo Client with its persisted-query link (hash first, GET). The test bundles
 * this file with esbuild and calls `window.websiteClients.*` from Playwright.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { GraphQLClient } from "graphql-request";

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function apolloClient(api: string) {
  const link = new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(new HttpLink({ uri: `${api}/graphql` }));
  return new ApolloClient({ cache: new InMemoryCache(), link });
}

const websiteClients = {
  /** graphql-request: sends the text it is given (squashed to one line) by POST. */
  async graphqlRequest(api: string, text: string, variables?: Record<string, unknown>) {
    const client = new GraphQLClient(`${api}/graphql`);
    try {
      return { data: await client.request(text, variables) };
    } catch (error) {
      const response = (error as { response?: { status?: number; errors?: { extensions?: { code?: string } }[] } }).response;
      return { error: { status: response?.status, code: response?.errors?.[0]?.extensions?.code, message: (error as Error).message } };
    }
  },
  /** Apollo Client with the persisted-query link: the hash of the printed document first, by GET. */
  async apollo(api: string, text: string, variables?: Record<string, unknown>) {
    const result = await apolloClient(api).query({ query: gql(text), variables, fetchPolicy: "network-only", errorPolicy: "all" });
    const error = result.error as { errors?: { extensions?: { code?: string } }[]; message?: string } | undefined;
    return error ? { error: { code: error.errors?.[0]?.extensions?.code, message: error.message } } : { data: result.data };
  },
  /** Shows a governing document with its quotes, each linked to its passage on the API's source page. */
  async showAgreementQuotes(api: string, text: string, variables: Record<string, unknown>) {
    const { data } = await apolloClient(api).query<{ governingDocuments: { id: string; name: string; sources: { quote: string; anchor: string; document: { id: string } }[] }[] }>({
      query: gql(text),
      variables,
    });
    const list = document.createElement("ul");
    list.id = "documents";
    for (const d of data!.governingDocuments) {
      const item = list.appendChild(document.createElement("li"));
      item.dataset.id = d.id;
      item.appendChild(document.createElement("h2")).textContent = d.name;
      for (const s of d.sources) {
        const link = item.appendChild(document.createElement("a"));
        link.className = "quote";
        link.href = `${api}/source/${s.document.id}#${s.anchor}`;
        link.textContent = s.quote;
      }
    }
    document.body.appendChild(list);
    return data!.governingDocuments.length;
  },
};

(window as unknown as { websiteClients: typeof websiteClients }).websiteClients = websiteClients;
