/**
 * A URL that names nothing (HTTP 404 from the server): for an unknown id, entities found by the
 * id's words ("Menade du"); for a view the entity does not have, a link to the entity.
 */
import type { ShellData } from "../html.js";
import { entityUrl, EXPLORE_PATH } from "../paths.js";
import { h } from "./dom.js";
import { hitItem, searchHits } from "./parts/search-hits.js";

/** "doc:hos-avtl/beroenden" → "hos avtl": the words of an id, to search for. */
function idWords(path: string): string {
  const id = path.split("/")[0] ?? path;
  return id.replace(/^[a-z]+:/, "").replace(/[-_.:]+/g, " ").trim();
}

async function suggestions(path: string): Promise<HTMLElement[]> {
  const words = idWords(path);
  let hits = words ? await searchHits(words, 5).catch(() => []) : [];
  if (hits.length === 0 && words.includes(" ")) {
    const longest = words.split(" ").sort((a, b) => b.length - a.length)[0]!;
    hits = await searchHits(longest, 5).catch(() => []);
  }
  if (hits.length === 0) return [h("p", {}, "Inga förslag. Sök i rutan ovan.")];
  return [h("h2", {}, "Menade du"), h("ul", { class: "did-you-mean", "aria-label": "Förslag" }, hits.map((hit) => hitItem(hit)))];
}

export async function renderNotFound(main: HTMLElement, { path, reason }: NonNullable<ShellData["notFound"]>): Promise<void> {
  const [id, view] = path.split("/");
  main.replaceChildren(h("h1", {}, "Hittades inte"));
  if (reason === "view" && id) main.append(h("p", {}, `Det finns ingen vy "${view ?? ""}" för `, h("a", { href: entityUrl(id) }, id), "."));
  else main.append(h("p", {}, `Grafen har inget med id "${path}".`), ...(await suggestions(path)));
  main.append(h("p", {}, h("a", { href: EXPLORE_PATH }, "Till startsidan")));
  document.body.dataset.ready = "not-found";
}
