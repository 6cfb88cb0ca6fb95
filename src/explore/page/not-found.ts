/** An id (or view) the graph does not have: HTTP 404 from the server, and suggestions here. */
import { h } from "./dom.js";
import { hitItem, searchHits } from "./search-box.js";

/** "doc:hos-avtl/beroenden" → "hos avtl": the words of an id, to search for. */
export function idWords(path: string): string {
  const id = path.split("/")[0] ?? path;
  return id.replace(/^[a-z]+:/, "").replace(/[-_.:]+/g, " ").trim();
}

export async function renderNotFound(main: HTMLElement, path: string): Promise<void> {
  main.replaceChildren(h("h1", {}, "Hittades inte"), h("p", {}, `Grafen har inget med id "${path}".`));
  const words = idWords(path);
  let hits = words ? await searchHits(words, 5).catch(() => []) : [];
  if (hits.length === 0 && words.includes(" ")) {
    const longest = words.split(" ").sort((a, b) => b.length - a.length)[0]!;
    hits = await searchHits(longest, 5).catch(() => []);
  }
  if (hits.length) main.append(h("h2", {}, "Menade du"), h("ul", { class: "did-you-mean", "aria-label": "Förslag" }, hits.map((hit) => hitItem(hit))));
  else main.append(h("p", {}, "Inga förslag. Sök i rutan ovan."));
  main.append(h("p", {}, h("a", { href: "/explore" }, "Till startsidan")));
  document.body.dataset.ready = "not-found";
}
