/** A source document: what it is and how many facts cite it; every quote on the page links here. */
import type { ExploreSourceDocumentQuery, ExploreSourceDocumentQueryVariables } from "../../generated/graphql.js";
import { enumSv } from "../../labels/sv.js";
import { gql, operation } from "./api.js";
import { h } from "./dom.js";
import text from "./source-document.graphql";

const SOURCE_DOCUMENT = operation<ExploreSourceDocumentQuery, ExploreSourceDocumentQueryVariables>(text);

export async function renderSourceDocument(main: HTMLElement, id: string): Promise<void> {
  const [d] = (await gql(SOURCE_DOCUMENT, { id })).sourceDocuments;
  if (!d) throw new Error(`källdokumentet "${id}" finns inte`);
  document.title = `${d.title} – Samverkansgrafen`;
  main.replaceChildren(
    h("p", { class: "kind" }, `Källdokument · ${enumSv("SourceDocumentKind", d.kind)}`),
    h("h1", {}, d.title),
    h("p", { class: "id" }, "fil ", h("code", {}, d.id)),
    h("dl", { class: "facts" }, h("dt", {}, "datum"), h("dd", {}, d.date ?? (d.year ? String(d.year) : "okänt")), h("dt", {}, "fakta som citerar det"), h("dd", {}, String(d.citationCount))),
    h("p", { class: "lead" }, d.description),
  );
}
