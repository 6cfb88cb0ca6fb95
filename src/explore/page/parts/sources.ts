/** Sources as a list: the quoted passage, linked to its place in the document's text, and the document. */
import type { ExploreSourceFragment } from "../../../generated/graphql.js";
import { sourceUrl } from "../../paths.js";
import { h } from "../dom.js";

export function sourceList(sources: readonly ExploreSourceFragment[], label = "Källor"): HTMLElement {
  if (sources.length === 0) return h("p", { class: "no-sources" }, "Ingen källa anges.");
  return h(
    "ul",
    { class: "sources", "aria-label": label },
    sources.map((s) => {
      const inContext = `${sourceUrl(s.document.id)}#${s.anchor}`;
      return h("li", {}, h("a", { href: inContext, class: "quote", title: "Citatet i sitt sammanhang" }, h("q", {}, s.quote.replace(/\s+/g, " ").trim())), " — ", h("a", { href: inContext }, s.document.title));
    }),
  );
}

/** Sources folded away (many rows carry several). */
export function sourceDetails(sources: readonly ExploreSourceFragment[]): HTMLElement {
  return h("details", { class: "source-details" }, h("summary", {}, `${sources.length} ${sources.length === 1 ? "källa" : "källor"}`), sourceList(sources));
}
