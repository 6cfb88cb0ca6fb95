/** A source document: what it is and how many facts cite it; every quote on the page links here. */
import { gql } from "./api.js";
import { h } from "./dom.js";

export async function renderSourceDocument(main: HTMLElement, id: string): Promise<void> {
  const q = `query ExploreSource($id: ID!) { sourceDocuments(where: { id: { eq: $id } }) { id title kind date year description citationCount } }`;
  const [d] = (await gql<{ sourceDocuments: { id: string; title: string; kind: string; date: string | null; year: number | null; description: string; citationCount: number }[] }>(q, { id })).sourceDocuments;
  if (!d) throw new Error(`källdokumentet "${id}" finns inte`);
  document.title = `${d.title} – Samverkansgrafen`;
  main.replaceChildren(
    h("p", { class: "kind" }, `Källdokument · ${d.kind}`),
    h("h1", {}, d.title),
    h("p", { class: "id" }, "fil ", h("code", {}, d.id)),
    h("dl", { class: "facts" }, h("dt", {}, "datum"), h("dd", {}, d.date ?? (d.year ? String(d.year) : "okänt")), h("dt", {}, "fakta som citerar det"), h("dd", {}, String(d.citationCount))),
    h("p", { class: "lead" }, d.description),
  );
}
