/** What depends on an agreement, or what it builds on: a graph with the relation on each edge, and the same chains as a list. */
import type { ExploreDocumentDependenciesQuery, ExploreDocumentDependenciesQueryVariables, ExploreEntityRefFragment } from "../../../generated/graphql.js";
import { relationSv, statusSv } from "../../../labels/sv.js";
import { entityUrl } from "../../paths.js";
import { gql, operation } from "../api.js";
import { h } from "../dom.js";
import { drawChain, type ChainEdge } from "../parts/chain-graph.js";
import { foldOnPhone } from "../parts/graph-fold.js";
import { viewTop } from "../parts/heading.js";
import { stepList } from "../parts/steps.js";
import type { RenderView } from "../view-context.js";
import text from "./document-dependencies.graphql";

const DEPENDENCIES = operation<ExploreDocumentDependenciesQuery, ExploreDocumentDependenciesQueryVariables>(text);

export const render: RenderView<"document-dependencies"> = async (main, { subject, view, fixed }) => {
  // The registry's two views of this question fix the direction; anything else is a registry error.
  const direction = fixed.direction === "DEPENDENCIES" ? "DEPENDENCIES" : "DEPENDENTS";
  const d = (await gql(DEPENDENCIES, { id: subject, direction })).documentDependencies;
  const nodes = new Map<string, ExploreEntityRefFragment>([[d.document.id, d.document]]);
  const edges = new Map<string, ChainEdge>();
  for (const dep of d.dependencies)
    for (const s of dep.path) {
      nodes.set(s.from.id, s.from);
      nodes.set(s.to.id, s.to);
      edges.set(`${s.from.id}|${s.relation}|${s.to.id}`, { from: s.from.id, to: s.to.id, relation: relationSv(s.relation), inferred: s.inferred, because: s.because });
    }
  const host = h("div", { class: "graph tall", id: "chain-graph", role: "img", "aria-label": `${view.title}: ${d.document.name}; samma kedjor finns i listan` });
  const graph = foldOnPhone(host);
  main.replaceChildren(
    ...viewTop(d.document, view),
    graph.element,
    h("h2", {}, `${d.dependencies.length} dokument${d.truncated ? " (fler finns)" : ""}`),
    d.dependencies.length === 0 ? h("p", {}, "Inga.") : "",
    h(
      "ol",
      { class: "chains" },
      d.dependencies.map((dep) => {
        const status = statusSv(dep.document.type, dep.document.status);
        return h("li", {}, h("a", { href: entityUrl(dep.document.id) }, dep.document.name), ` — ${dep.depth} steg${status ? `, ${status}` : ""}`, stepList(dep.path));
      }),
    ),
  );
  graph.whenShown(() =>
    drawChain(
      host,
      [...nodes.values()].map((n) => ({ id: n.id, label: n.name })),
      [...edges.values()],
      d.document.id,
    ),
  );
};
