/**
 * The documents in force on a date (`/explore/gallande?per=…`), derived from dated facts, each
 * with its state and why; then the other documents of the same kinds with their state.
 */
import type { ExploreDocumentsInForceQuery, ExploreDocumentsInForceQueryVariables } from "../../../generated/graphql.js";
import { kindSv } from "../../../labels/sv.js";
import { entityUrl } from "../../paths.js";
import { gql, operation } from "../api.js";
import { h } from "../dom.js";
import { stateBadge } from "../parts/state.js";
import type { RenderView } from "../view-context.js";
import text from "./documents-in-force.graphql";

const DOCUMENTS_IN_FORCE = operation<ExploreDocumentsInForceQuery, ExploreDocumentsInForceQueryVariables>(text);
type Item = ExploreDocumentsInForceQuery["documentsInForce"]["documents"][number];

const item = (d: Item) =>
  h("li", { "data-id": d.document.id, "data-state": d.state.state }, h("a", { href: entityUrl(d.document.id) }, d.document.name), h("span", { class: "muted" }, ` · ${kindSv(d.document.type, d.document.kind)} · `), stateBadge(d.state), h("p", { class: "explanation" }, d.state.explanation));

export const render: RenderView<"documents-in-force"> = async (main, { view, asOf }) => {
  document.title = `${view.title} – Samverkansgrafen`;
  const a = (await gql(DOCUMENTS_IN_FORCE, { asOf })).documentsInForce;
  main.replaceChildren(
    h("h1", {}, `${view.title}: ${a.asOf}`),
    h("h2", {}, `Gäller (${a.documents.length})`),
    a.documents.length ? h("ol", { class: "documents-in-force" }, a.documents.map(item)) : h("p", {}, `Inget dokument gäller enligt källorna per ${a.asOf}.`),
    h("h2", {}, `Gäller inte eller okänt (${a.notInForce.length})`),
    h("ol", { class: "documents-not-in-force" }, a.notInForce.map(item)),
    a.truncated ? h("p", { class: "muted" }, "Fler dokument finns än som lästes.") : "",
  );
};
