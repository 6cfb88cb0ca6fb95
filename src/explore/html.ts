/** The explore page's HTML shell: the same for every URL; the client renders the view. */
import { EXPLORE_ASSETS, EXPLORE_PATH } from "./paths.js";

/** Data for the client, in a JSON script element: never able to close the tag. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

export interface ShellData {
  graphqlPath: string;
  /**
   * Set when the URL names nothing: an id the graph does not have (the client suggests entities
   * by the id's words), or a view the entity does not have (the client links to the entity).
   */
  notFound?: { path: string; reason: "id" | "view" };
}

/**
 * `chunks`: the script files the page needs before it can draw its view (the bundle knows them per
 * view); announced together, they load in parallel rather than one import after another.
 */
export function exploreHtml(data: ShellData, chunks: readonly string[] = ["main.js"]): string {
  const preloads = chunks.map((chunk) => `  <link rel="modulepreload" href="${EXPLORE_ASSETS}/${encodeURIComponent(chunk)}" />`).join("\n");
  return `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${data.notFound ? "Hittades inte – " : ""}Samverkansgrafen – utforska</title>
  <link rel="icon" href="data:," />
  <link rel="stylesheet" href="${EXPLORE_ASSETS}/main.css" />
${preloads}
</head>
<body>
  <a class="skip" href="#main">Till innehållet</a>
  <header class="top">
    <a class="brand" href="${EXPLORE_PATH}">Samverkansgrafen</a>
    <div id="search"></div>
  </header>
  <main id="main" tabindex="-1"><p class="loading">Laddar…</p></main>
  <script type="application/json" id="explore-data">${scriptSafeJson(data)}</script>
  <script type="module" src="${EXPLORE_ASSETS}/main.js"></script>
</body>
</html>`;
}
