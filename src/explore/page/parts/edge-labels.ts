/**
 * Edge labels placed clear of nodes. After a layout, each edge's label is tried at its midpoint,
 * then shifted step by step across and along the edge, until it touches no node (body or name) and no label
 * already placed. A label that fits nowhere is hidden rather than drawn over a node: the list beside
 * every graph names each relation, and hovering the edge shows it (`labelOnHover`). Cytoscape.js has no label
 * placement of its own beyond the midpoint and a fixed margin, hence this small pass.
 */
import type cytoscape from "cytoscape";

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Shifts across the edge, in model pixels: the midpoint first, then alternating sides. */
const ACROSS = [0, 16, -16, 32, -32, 48, -48, 64, -64];
/** Shifts along the edge, as shares of its length: the midpoint first, then towards either end. */
const ALONG = [0, 0.2, -0.2, 0.35, -0.35];
/** The class of an edge whose label fits nowhere clear of the nodes (graph-style.ts hides its text). */
export const HIDDEN_LABEL_CLASS = "label-hidden";
const HIDDEN = HIDDEN_LABEL_CLASS;

/** The box of an edge's own label (not its line or arrow). */
const labelBox = (edge: cytoscape.EdgeSingular): Box => edge.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: true, includeSourceLabels: false, includeTargetLabels: false, includeOverlays: false } as cytoscape.BoundingBoxOptions);

/** Places every labelled edge's label; returns how many had to be hidden. The host records it (data-hidden-edge-labels). */
export function placeEdgeLabels(cy: cytoscape.Core, host: HTMLElement): number {
  const taken: Box[] = cy.nodes(":visible").map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false }));
  let hidden = 0;
  const edges = cy
    .edges(":visible")
    .filter((e) => Boolean(e.data("label")))
    .sort((a, b) => (a.id() < b.id() ? -1 : 1));
  for (const edge of edges) {
    edge.removeClass(HIDDEN);
    const from = edge.sourceEndpoint();
    const to = edge.targetEndpoint();
    const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    // The unit normal of the edge: a shift along it moves the label off the line, not along it.
    const normal = { x: -(to.y - from.y) / length, y: (to.x - from.x) / length };
    let placed: Box | undefined;
    for (const along of ALONG) {
      for (const across of ACROSS) {
        edge.style({ "text-margin-x": normal.x * across + (to.x - from.x) * along, "text-margin-y": normal.y * across + (to.y - from.y) * along });
        const box = labelBox(edge);
        if (!taken.some((t) => overlaps(box, t))) {
          placed = box;
          break;
        }
      }
      if (placed) break;
    }
    if (placed) taken.push(placed);
    else {
      edge.style({ "text-margin-x": 0, "text-margin-y": 0 });
      edge.addClass(HIDDEN);
      hidden++;
    }
  }
  host.dataset.hiddenEdgeLabels = String(hidden);
  return hidden;
}

/** Hovering an edge shows its label as the graph's tooltip (once per graph: the handlers stay). */
export function labelOnHover(cy: cytoscape.Core, host: HTMLElement): void {
  cy.on("mouseover", "edge", (event) => {
    host.title = String((event.target as cytoscape.EdgeSingular).data("label") ?? "");
  });
  cy.on("mouseout", "edge", () => {
    host.title = "";
  });
}
