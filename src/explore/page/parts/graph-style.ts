/** The graphs' shared Cytoscape style: inferred edges dashed, labels on every edge. */
import type cytoscape from "cytoscape";
import { HIDDEN_LABEL_CLASS } from "./edge-labels.js";

/** The smallest label on screen, in CSS pixels: font size times zoom never goes below it. */
export const MIN_LABEL_PX = 12;
const NODE_FONT = 13;
const EDGE_FONT = 12;
/** The lowest zoom at which the edge labels (the smaller font) are still MIN_LABEL_PX tall. */
export const MIN_READABLE_ZOOM = MIN_LABEL_PX / Math.min(NODE_FONT, EDGE_FONT);

export const GRAPH_STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-size": NODE_FONT,
      "text-wrap": "wrap",
      "text-max-width": "140px",
      "text-valign": "bottom",
      "text-margin-y": 4,
      width: 18,
      height: 18,
      "background-color": "#4a6fa5",
      color: "#1b1b1b",
    },
  },
  { selector: "node.root", style: { "background-color": "#b5452b", width: 26, height: 26, "font-weight": "bold" } },
  { selector: "node.huvudman", style: { "background-color": "#2e7d32", shape: "round-rectangle" } },
  { selector: "node.group", style: { "background-color": "#fff", "border-width": 2, "border-color": "#2e7d32", "border-style": "double", shape: "round-rectangle", width: 34, height: 22 } },
  { selector: "node:selected", style: { "border-width": 3, "border-color": "#f2a900" } },
  {
    selector: "edge",
    style: {
      label: "data(label)",
      "font-size": EDGE_FONT,
      "curve-style": "bezier",
      "target-arrow-shape": "triangle",
      width: 1.5,
      "line-color": "#888",
      "target-arrow-color": "#888",
      "text-rotation": "autorotate",
      "text-background-color": "#fff",
      "text-background-opacity": 0.9,
      "text-background-padding": "2px",
      "text-wrap": "ellipsis",
      "text-max-width": "150px",
    },
  },
  { selector: "edge.inferred", style: { "line-style": "dashed", "line-color": "#b5452b", "target-arrow-color": "#b5452b" } },
  { selector: `edge.${HIDDEN_LABEL_CLASS}`, style: { "text-opacity": 0, "text-background-opacity": 0 } },
];

/**
 * A label for an edge: the relation, marked when it is inferred. The reason stays out of the
 * picture (a sentence on an edge runs over the nodes); the list beside every graph gives it.
 */
export function edgeLabel(relation: string, inferred: boolean): string {
  return inferred ? `${relation} (slutsats)` : relation;
}

export function shortLabel(name: string): string {
  return name.length > 48 ? `${name.slice(0, 46)}…` : name;
}

/**
 * Fits the graph into view, but never below the zoom at which labels are readable: a large graph
 * is shown from its root at that zoom and panned or zoomed out by hand. The host records the zoom
 * and the label sizes on screen (data-zoom, data-label-px) for tests.
 */
export function fitReadable(cy: cytoscape.Core, host: HTMLElement, centre: cytoscape.NodeSingular, at: "middle" | "top" = "middle"): void {
  cy.fit(undefined, 20);
  if (cy.zoom() < MIN_READABLE_ZOOM) {
    cy.zoom(MIN_READABLE_ZOOM);
    cy.center(centre);
    // A top-down chain starts at its root: show the root at the top, the chain below it.
    if (at === "top") cy.pan({ x: cy.pan().x, y: 50 - centre.position("y") * cy.zoom() });
  }
  host.dataset.zoom = cy.zoom().toFixed(3);
  host.dataset.labelPx = (Math.min(NODE_FONT, EDGE_FONT) * cy.zoom()).toFixed(1);
}
