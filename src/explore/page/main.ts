/**
 * The explore page's client: one shell for every URL (src/explore/html.ts); this reads the URL
 * as the server does (src/explore/paths.ts) and renders what it names. Each view, and each picture
 * library, loads on demand (code splitting).
 */
import "./style.css";
import { EXPLORE_PATH, routeOf, segmentsOf, URL_PARAMS } from "../paths.js";
import { pageData } from "./api.js";
import { clear, h } from "./dom.js";
import { mountSearchBox } from "./search-box.js";

const main = document.getElementById("main")!;

function fail(error: unknown): void {
  clear(main);
  main.append(
    h("h1", {}, "Något gick fel"),
    h("p", { role: "alert" }, `Sidan kunde inte visas: ${error instanceof Error ? error.message : String(error)}`),
    h("p", {}, h("a", { href: EXPLORE_PATH }, "Till startsidan")),
  );
  document.body.dataset.ready = "error";
}

async function render(): Promise<void> {
  const route = routeOf(segmentsOf(location.pathname));
  if (pageData.notFound !== undefined || !route) {
    const { renderNotFound } = await import("./not-found.js");
    return renderNotFound(main, pageData.notFound ?? { path: segmentsOf(location.pathname).join("/"), reason: "id" });
  }
  if (route.kind === "home") return (await import("./home.js")).renderHome(main);
  if (route.kind === "source") return (await import("./source-document.js")).renderSourceDocument(main, route.documentId);
  const { renderView } = await import("./views/index.js");
  return renderView(main, route, new URLSearchParams(location.search));
}

mountSearchBox(document.getElementById("search")!, new URLSearchParams(location.search).get(URL_PARAMS.text) ?? "");
render().then(
  () => {
    document.body.dataset.ready ??= "true";
  },
  fail,
);
