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

/** Places every labelled edge's label; returns how many had to be hidden. The host records it and the time taken (data-hidden-edge-labels, data-label-placement-ms). */
export function placeEdgeLabels(cy: cytoscape.Core, host: HTMLElement): number {
  const started = performance.now();
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
    const offsets = ALONG.flatMap((along) => ACROSS.map((across) => ({ x: normal.x * across + (to.x - from.x) * along, y: normal.y * across + (to.y - from.y) * along })));
    const free = (box: Box) => !taken.some((t) => overlaps(box, t));
    const at = (offset: { x: number; y: number }): Box => {
      edge.style({ "text-margin-x": offset.x, "text-margin-y": offset.y });
      return labelBox(edge);
    };
    // A margin moves the label without turning it: its box moves by the same offset, so the
    // candidates are checked by arithmetic and only the chosen one is measured (and, should the
    // measured box differ, every candidate is measured).
    const base = at({ x: 0, y: 0 });
    const guess = offsets.find((o) => free({ x1: base.x1 + o.x, y1: base.y1 + o.y, x2: base.x2 + o.x, y2: base.y2 + o.y }));
    const measured = guess ? at(guess) : undefined;
    let placed = measured && free(measured) ? measured : undefined;
    for (const offset of placed || !guess ? [] : offsets) {
      const box = at(offset);
      if (free(box)) {
        placed = box;
        break;
      }
    }
    if (placed) taken.push(placed);
    else {
      edge.style({ "text-margin-x": 0, "text-margin-y": 0 });
      edge.addClass(HIDDEN);
      hidden++;
    }
  }
  host.dataset.hiddenEdgeLabels = String(hidden);
  host.dataset.labelPlacementMs = (performance.now() - started).toFixed(0);
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
