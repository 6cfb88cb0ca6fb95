/**
 * The neighbourhood as an interactive graph: Cytoscape.js with the fcose layout. Clicking a node
 * (or its button in the table) fetches that node's neighbourhood and adds it, then lays out again;
 * checkboxes filter by relation type. The host element carries data-nodes / data-edges (what is
 * drawn and visible) so a test can compare the picture with the API's answer.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import type { ExploreNeighbourhoodQuery } from "../../../generated/graphql.js";
import { relationSv } from "../../../labels/sv.js";
import { h } from "../dom.js";
import { edgeLabel, fitReadable, GRAPH_STYLE, shortLabel } from "./graph-style.js";

cytoscape.use(fcose);

export type Neighbourhood = ExploreNeighbourhoodQuery["neighbourhood"];

export interface NeighbourhoodGraph {
  cy: cytoscape.Core;
  /** Adds the node's neighbours; resolves to how many nodes were new. */
  expand(id: string): Promise<number>;
}

function elementsOf(n: Neighbourhood): cytoscape.ElementDefinition[] {
  const nodes = new Map<string, cytoscape.ElementDefinition>();
  nodes.set(n.entity.id, { group: "nodes", data: { id: n.entity.id, label: shortLabel(n.entity.name), type: n.entity.type } });
  const edges: cytoscape.ElementDefinition[] = [];
  for (const r of n.relations) {
    for (const e of [r.from, r.to]) if (!nodes.has(e.id)) nodes.set(e.id, { group: "nodes", data: { id: e.id, label: shortLabel(e.name), type: e.type } });
    edges.push({
      group: "edges",
      data: { id: `${r.from.id}|${r.relation}|${r.to.id}`, source: r.from.id, target: r.to.id, relation: r.relation, label: edgeLabel(relationSv(r.relation), r.inferred, r.because) },
      classes: r.inferred ? "inferred" : "",
    });
  }
  return [...nodes.values(), ...edges];
}

/** Draws `root`; expanding a node asks `fetchNeighbourhood` for that node's neighbourhood. */
export function drawNeighbourhood(host: HTMLElement, root: Neighbourhood, filters: HTMLFieldSetElement, fetchNeighbourhood: (id: string) => Promise<Neighbourhood>): NeighbourhoodGraph {
  const cy = cytoscape({ container: host, elements: elementsOf(root), style: GRAPH_STYLE, minZoom: 0.2, maxZoom: 3 });
  cy.getElementById(root.entity.id).addClass("root");
  const hidden = new Set<string>();
  const expanded = new Set<string>([root.entity.id]);

  const count = () => {
    host.dataset.nodes = String(cy.nodes(":visible").length);
    host.dataset.edges = String(cy.edges(":visible").length);
    host.dataset.expanded = [...expanded].join(" ");
  };
  const layout = () => {
    const run = cy.layout({ name: "fcose", animate: false, randomize: true, fit: false, nodeRepulsion: () => 12000, idealEdgeLength: () => 160 } as cytoscape.LayoutOptions);
    run.one("layoutstop", () => {
      fitReadable(cy, host, cy.getElementById(root.entity.id));
      count();
    });
    run.run();
  };
  const applyFilter = () => {
    cy.edges().forEach((e) => {
      e.style("display", hidden.has(e.data("relation") as string) ? "none" : "element");
    });
    // A node stays while any visible edge touches it, or it is the root or an expanded node.
    cy.nodes().forEach((node) => {
      const keep = expanded.has(node.id()) || node.connectedEdges().some((e) => !hidden.has(e.data("relation") as string));
      node.style("display", keep ? "element" : "none");
    });
    count();
  };
  const renderFilters = () => {
    const types = [...new Set(cy.edges().map((e) => e.data("relation") as string))].sort();
    filters.querySelectorAll("label").forEach((l) => l.remove());
    for (const t of types) {
      const box = h("input", { type: "checkbox", value: t, checked: !hidden.has(t) });
      box.addEventListener("change", () => {
        if (box.checked) hidden.delete(t);
        else hidden.add(t);
        applyFilter();
      });
      filters.append(h("label", { class: "filter" }, box, ` ${relationSv(t)} (${cy.edges().filter((e) => e.data("relation") === t).length})`));
    }
  };

  const expand = async (id: string): Promise<number> => {
    if (expanded.has(id)) return 0;
    const n = await fetchNeighbourhood(id);
    expanded.add(id);
    const before = cy.nodes().length;
    cy.add(elementsOf(n).filter((el) => cy.getElementById(el.data.id!).empty()));
    renderFilters();
    applyFilter();
    layout();
    return cy.nodes().length - before;
  };

  cy.on("tap", "node", (event) => void expand(event.target.id() as string));
  renderFilters();
  count();
  layout();
  return { cy, expand };
}
