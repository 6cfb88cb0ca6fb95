/**
 * The neighbourhood as an interactive graph: Cytoscape.js with the fcose layout. Clicking a node
 * (or its button in the table) fetches that node's neighbourhood and adds it, then lays out again;
 * many neighbours of one kind are one group node ("49 kommuner ▸"), which a click opens;
 * checkboxes filter by relation type. The host element carries data-nodes / data-edges (what is
 * drawn and visible) so a test can compare the picture with the API's answer.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import type { ExploreNeighbourhoodQuery } from "../../../generated/graphql.js";
import { relationSv } from "../../../labels/sv.js";
import { h } from "../dom.js";
import { labelOnHover, placeEdgeLabels } from "./edge-labels.js";
import { edgeLabel, fitReadable, GRAPH_STYLE, shortLabel } from "./graph-style.js";
import { groupNeighbours } from "./neighbour-groups.js";

cytoscape.use(fcose);

export type Neighbourhood = ExploreNeighbourhoodQuery["neighbourhood"];

export interface NeighbourhoodGraph {
  cy: cytoscape.Core;
  /** Adds the node's neighbours; resolves to how many nodes were new. */
  expand(id: string): Promise<number>;
  /** Replaces a group node by its members; returns how many nodes were new. */
  openGroup(id: string): number;
}

type Relation = Neighbourhood["relations"][number];

const nodeOf = (e: { id: string; name: string; type: string }): cytoscape.ElementDefinition => ({ group: "nodes", data: { id: e.id, label: shortLabel(e.name), type: e.type } });

function edgeOf(r: Relation): cytoscape.ElementDefinition {
  return {
    group: "edges",
    data: { id: `${r.from.id}|${r.relation}|${r.to.id}`, source: r.from.id, target: r.to.id, relation: r.relation, label: edgeLabel(relationSv(r.relation), r.inferred) },
    classes: r.inferred ? "inferred" : "",
  };
}

/** The elements of a neighbourhood, large sets of one kind as one group node; `members` receives each group's own elements. */
function elementsOf(n: Neighbourhood, drawnAlone: (id: string) => boolean, members: Map<string, cytoscape.ElementDefinition[]>): cytoscape.ElementDefinition[] {
  const centre = n.entity.id;
  const { singles, groups } = groupNeighbours(centre, n.relations, drawnAlone);
  const nodes = new Map<string, cytoscape.ElementDefinition>([[centre, nodeOf(n.entity)]]);
  for (const r of singles) for (const e of [r.from, r.to]) if (!nodes.has(e.id)) nodes.set(e.id, nodeOf(e));
  const groupElements = groups.flatMap((g) => {
    members.set(g.id, [...g.members.map((m) => nodeOf(g.outgoing ? m.to : m.from)), ...g.members.map(edgeOf)]);
    const [source, target] = g.outgoing ? [centre, g.id] : [g.id, centre];
    return [
      { group: "nodes" as const, data: { id: g.id, label: `${g.label} ▸`, groupOf: g.members.length }, classes: "group" },
      { group: "edges" as const, data: { id: `${g.id}|edge`, source, target, relation: g.relation, label: `${relationSv(g.relation)} (${g.members.length})` } },
    ];
  });
  return [...nodes.values(), ...singles.map(edgeOf), ...groupElements];
}

/** Draws `root`; expanding a node asks `fetchNeighbourhood` for that node's neighbourhood. */
export function drawNeighbourhood(host: HTMLElement, root: Neighbourhood, filters: HTMLFieldSetElement, fetchNeighbourhood: (id: string) => Promise<Neighbourhood>): NeighbourhoodGraph {
  const members = new Map<string, cytoscape.ElementDefinition[]>();
  const cy = cytoscape({ container: host, elements: elementsOf(root, () => false, members), style: GRAPH_STYLE, minZoom: 0.2, maxZoom: 3 });
  labelOnHover(cy, host);
  cy.getElementById(root.entity.id).addClass("root");
  const hidden = new Set<string>();
  const expanded = new Set<string>([root.entity.id]);

  const count = () => {
    host.dataset.nodes = String(cy.nodes(":visible").length);
    host.dataset.edges = String(cy.edges(":visible").length);
    host.dataset.expanded = [...expanded].join(" ");
    host.dataset.groups = String(cy.nodes(".group").length);
  };
  const layout = () => {
    const run = cy.layout({ name: "fcose", animate: false, randomize: true, fit: false, nodeRepulsion: () => 40000, idealEdgeLength: () => 230 } as cytoscape.LayoutOptions);
    run.one("layoutstop", () => {
      placeEdgeLabels(cy, host);
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
    const present = (other: string) => !cy.getElementById(other).empty();
    cy.add(elementsOf(n, present, members).filter((el) => cy.getElementById(el.data.id!).empty()));
    renderFilters();
    applyFilter();
    layout();
    return cy.nodes().length - before;
  };

  const openGroup = (id: string): number => {
    const group = cy.getElementById(id);
    const elements = members.get(id);
    if (group.empty() || !elements) return 0;
    const before = cy.nodes().length;
    cy.remove(group);
    cy.add(elements.filter((el) => cy.getElementById(el.data.id!).empty()));
    renderFilters();
    applyFilter();
    layout();
    return cy.nodes().length - before;
  };

  cy.on("tap", "node", (event) => {
    const id = event.target.id() as string;
    if (event.target.hasClass("group")) openGroup(id);
    else void expand(id);
  });
  renderFilters();
  count();
  layout();
  return { cy, expand, openGroup };
}
