/** The graphs' shared Cytoscape style: inferred edges dashed, labels on every edge. */
import type cytoscape from "cytoscape";

export const GRAPH_STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-size": 10,
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
  { selector: "node:selected", style: { "border-width": 3, "border-color": "#f2a900" } },
  {
    selector: "edge",
    style: {
      label: "data(label)",
      "font-size": 8,
      "curve-style": "bezier",
      "target-arrow-shape": "triangle",
      width: 1.5,
      "line-color": "#888",
      "target-arrow-color": "#888",
      "text-rotation": "autorotate",
      "text-background-color": "#fff",
      "text-background-opacity": 0.8,
      "text-wrap": "ellipsis",
      "text-max-width": "220px",
    },
  },
  { selector: "edge.inferred", style: { "line-style": "dashed", "line-color": "#b5452b", "target-arrow-color": "#b5452b" } },
];

/** A label for an edge: the relation, and for an inferred one its reason. */
export function edgeLabel(relation: string, inferred: boolean, because: string | null): string {
  return inferred ? `${relation} (slutsats: ${because ?? "ej angivet"})` : relation;
}

export function shortLabel(name: string): string {
  return name.length > 48 ? `${name.slice(0, 46)}…` : name;
}
