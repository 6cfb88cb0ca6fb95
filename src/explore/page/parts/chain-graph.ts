/**
 * A chain as a top-down graph (Cytoscape.js + dagre): the relation on every edge, inferred edges
 * dashed and marked "slutsats" (the list beside it gives the reason). Used by the dependencies and
 * governance views. The host carries
 * data-nodes / data-edges for tests.
 */
import cytoscape from "cytoscape";
import dagre from "cytoscape-dagre";
import { labelOnHover, placeEdgeLabels } from "./edge-labels.js";
import { edgeLabel, fitReadable, GRAPH_STYLE, shortLabel } from "./graph-style.js";

cytoscape.use(dagre);

export interface ChainNode {
  id: string;
  label: string;
  classes?: string;
}
export interface ChainEdge {
  from: string;
  to: string;
  relation: string;
  inferred: boolean;
  because: string | null;
}

export function drawChain(host: HTMLElement, nodes: ChainNode[], edges: ChainEdge[], rootId: string): cytoscape.Core {
  const cy = cytoscape({
    container: host,
    style: GRAPH_STYLE,
    minZoom: 0.1,
    maxZoom: 3,
    elements: [
      ...nodes.map((n) => ({ group: "nodes" as const, data: { id: n.id, label: shortLabel(n.label) }, classes: `${n.classes ?? ""}${n.id === rootId ? " root" : ""}` })),
      ...edges.map((e) => ({ group: "edges" as const, data: { id: `${e.from}|${e.relation}|${e.to}`, source: e.from, target: e.to, label: edgeLabel(e.relation, e.inferred) }, classes: e.inferred ? "inferred" : "" })),
    ],
  });
  // Ranks far enough apart that an edge's label sits between the nodes, not on them.
  const layout = cy.layout({ name: "dagre", rankDir: "TB", nodeSep: 140, rankSep: 150, edgeSep: 30, fit: false } as cytoscape.LayoutOptions);
  labelOnHover(cy, host);
  layout.one("layoutstop", () => {
    placeEdgeLabels(cy, host);
    fitReadable(cy, host, cy.getElementById(rootId), "top");
    host.dataset.nodes = String(cy.nodes().length);
    host.dataset.edges = String(cy.edges().length);
  });
  layout.run();
  return cy;
}
