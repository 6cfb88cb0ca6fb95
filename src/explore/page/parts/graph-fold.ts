/**
 * On a phone a graph can't be read, so the view's list comes first and the graph is folded away
 * ("Visa grafen"), drawn when opened (Cytoscape needs a visible container to lay out). On a wider
 * screen the graph is drawn at once. `draw` runs once.
 */
import { h } from "../dom.js";

export const PHONE = "(max-width: 640px)";

export function foldOnPhone(host: HTMLElement): { element: HTMLElement; whenShown(draw: () => void): void } {
  if (!window.matchMedia(PHONE).matches) return { element: host, whenShown: (draw) => draw() };
  const fold = h("details", { class: "graph-fold" }, h("summary", {}, "Visa grafen"), host);
  host.dataset.folded = "true";
  return {
    element: fold,
    whenShown(draw) {
      let drawn = false;
      fold.addEventListener("toggle", () => {
        if (!fold.open || drawn) return;
        drawn = true;
        delete host.dataset.folded;
        draw();
      });
    },
  };
}
