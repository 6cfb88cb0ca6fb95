/**
 * GraphiQL: GraphiQL 3 from the installed npm packages (no CDN), so it works offline.
 * Assets are served from node_modules by exact file, nothing else is exposed.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { ExampleOperation } from "./examples.js";

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

export const GRAPHIQL_ASSET_PATH = "/graphiql-assets";

/** URL name -> file on disk. */
export const graphiqlAssets: Record<string, string> = {
  "react.production.min.js": join(packageDir("react"), "umd", "react.production.min.js"),
  "react-dom.production.min.js": join(packageDir("react-dom"), "umd", "react-dom.production.min.js"),
  "graphiql.min.js": join(packageDir("graphiql"), "graphiql.min.js"),
  "graphiql.min.css": join(packageDir("graphiql"), "graphiql.min.css"),
};

/** JSON inside a <script> must not be able to close the tag. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

export function graphiqlHtml(graphqlPath: string, examples: ExampleOperation[]): string {
  const tabs = examples.map((e) => ({ query: e.query, ...(e.variables ? { variables: e.variables } : {}) }));
  const a = GRAPHIQL_ASSET_PATH;
  return `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Samverkansgrafen – GraphiQL</title>
  <link rel="stylesheet" href="${a}/graphiql.min.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="${a}/react.production.min.js"></script>
  <script src="${a}/react-dom.production.min.js"></script>
  <script src="${a}/graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${scriptSafeJson(graphqlPath)} });
    const root = ReactDOM.createRoot(document.getElementById("graphiql"));
    root.render(React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: ${scriptSafeJson(tabs)},
      defaultEditorToolsVisibility: true,
    }));
  </script>
</body>
</html>`;
}
