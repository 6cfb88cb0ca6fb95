/**
 * A source document: what it is, where it is published, how many facts cite it, and its text with
 * every quoted passage highlighted and anchored (`#citation-…`), so every quote on the page links
 * to its context here.
 */
import type { ExploreSourceDocumentQuery, ExploreSourceDocumentQueryVariables } from "../../generated/graphql.js";
import { enumSv } from "../../labels/sv.js";
import { piecesOf } from "../../sources/source-page.js";
import { gql, operation } from "./api.js";
import { h } from "./dom.js";
import text from "./source-document.graphql";

const SOURCE_DOCUMENT = operation<ExploreSourceDocumentQuery, ExploreSourceDocumentQueryVariables>(text);

type Held = ExploreSourceDocumentQuery["sourceDocuments"][number];

function documentText(d: Held): HTMLElement {
  if (!d.file) return h("p", { class: "muted" }, "Servern har inte dokumentets text.");
  const pieces = piecesOf(d.file.text, d.passages);
  return h(
    "div",
    { class: "source-text", lang: "sv" },
    pieces.flatMap((piece) => [
      ...piece.starts.map((anchor) => h("span", { class: "anchor", id: anchor })),
      piece.covers.length ? h("mark", { "data-citations": piece.covers.join(" ") }, piece.text) : piece.text,
    ]),
  );
}

export async function renderSourceDocument(main: HTMLElement, id: string): Promise<void> {
  const [d] = (await gql(SOURCE_DOCUMENT, { id })).sourceDocuments;
  if (!d) throw new Error(`källdokumentet "${id}" finns inte`);
  document.title = `${d.title} – Samverkansgrafen`;
  const where = d.url ? h("a", { href: d.url, rel: "external" }, d.url) : (d.urlMissing ?? "okänd");
  main.replaceChildren(
    h("p", { class: "kind" }, `Källdokument · ${enumSv("SourceDocumentKind", d.kind)}`),
    h("h1", {}, d.title),
    h("p", { class: "id" }, "fil ", h("code", {}, d.id)),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "datum"),
      h("dd", {}, d.date ?? (d.year ? String(d.year) : "okänt")),
      h("dt", {}, "utgivare"),
      h("dd", {}, d.publisher ?? "okänd"),
      h("dt", {}, "publicerat på"),
      h("dd", {}, where),
      h("dt", {}, "fakta som citerar det"),
      h("dd", {}, String(d.citationCount)),
      h("dt", {}, "citerade ställen"),
      h("dd", {}, String(d.passages.length)),
      ...(d.file ? [h("dt", {}, "fil"), h("dd", {}, `${d.file.size} byte, SHA-256 `, h("code", {}, d.file.sha256.slice(0, 16) + "…"), " · ", h("a", { href: d.file.accessUrl }, "texten"))] : []),
    ),
    h("p", { class: "lead" }, d.description),
    h("h2", {}, "Texten, med de citerade ställena markerade"),
    documentText(d),
  );
  // The text arrived after the browser looked for the URL's #citation-… anchor: go there now.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView({ block: "center" });
}
