/**
 * Every view of the explore page at a phone's width (390 px) and a desktop's (1200 px), in
 * Chromium against the real server and the seeded database: nothing wider than the screen, no
 * two pieces of visible text on top of each other (HTML and the Sankey's SVG labels), pages of a
 * readable length on the phone, graphs folded away behind "Visa grafen" on the phone and drawn
 * with labels of at least 12 px on the desktop, no edge label drawn over a node or another label. SAVE_SCREENSHOTS=1 writes each view at both
 * widths to docs/explore/<view>-<width>.png.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { viewUrl } from "../../src/explore/paths.js";
import type { QuestionView } from "../../src/questions/definition.js";
import { QUESTIONS, type Question } from "../../src/questions/registry.js";
import { questionExample } from "../../src/questions/server.js";
import { useExploreBrowser } from "../support/explore-browser.js";
import { useTestApi } from "../support/test-api.js";

const api = useTestApi();
const { open, shot, pageErrors } = useExploreBrowser(api);

const PHONE = 390;
const DESKTOP = 1200;
/** Ten phone screens: the entity page of the HoS-avtal (68 relations) is the longest view. */
const MAX_PHONE_HEIGHT = 9000;

/** Pairs of visible text boxes that overlap by more than a pixel each way (text in closed <details> is not visible). */
const overlappingText = (page: Page) =>
  page.evaluate(() => {
    const boxes: { text: string; r: DOMRect }[] = [];
    const walker = document.createTreeWalker(document.getElementById("main")!, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement!;
      if (!node.textContent?.trim()) continue;
      let hidden = false;
      for (let d = el.closest("details:not([open])"); d; d = d.parentElement?.closest("details:not([open])") ?? null) {
        if (!d.querySelector(":scope > summary")?.contains(el)) hidden = true;
      }
      if (hidden) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) boxes.push({ text: node.textContent.trim().slice(0, 40), r });
    }
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1) pairs.push(`"${boxes[i]!.text}" × "${boxes[j]!.text}"`);
      }
    return { boxes: boxes.length, pairs };
  });

/**
 * Inside a graph drawing (Cytoscape.js keeps its instance on the container): visible edge labels
 * that touch a node, a node's name or another visible edge label, computed here from the drawn
 * elements' boxes, independently of the page's own placement.
 */
const overlappingGraphLabels = (page: Page) =>
  page.evaluate(() => {
    type Box = { x1: number; y1: number; x2: number; y2: number };
    type Element = { id(): string; data(k: string): unknown; visible(): boolean; style(k: string): string; boundingBox(o: object): Box };
    const cy = (document.querySelector(".graph") as unknown as { _cyreg?: { cy?: { nodes(): Element[]; edges(): Element[] } } } | null)?._cyreg?.cy;
    if (!cy) return { edges: 0, hidden: 0, pairs: ["no graph instance on .graph"] };
    const hit = (a: Box, b: Box) => Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 1 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 1;
    const nodes = [...cy.nodes()].filter((n) => n.visible()).map((n) => ({ id: n.id(), box: n.boundingBox({ includeLabels: true, includeOverlays: false }) }));
    const labelled = [...cy.edges()].filter((e) => e.visible() && e.data("label"));
    const shown = labelled
      .filter((e) => Number(e.style("text-opacity")) > 0)
      .map((e) => ({ id: e.id(), box: e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: true, includeSourceLabels: false, includeTargetLabels: false, includeOverlays: false }) }));
    const pairs: string[] = [];
    shown.forEach((label, i) => {
      for (const n of nodes) if (hit(label.box, n.box)) pairs.push(`${label.id} × node ${n.id}`);
      for (const other of shown.slice(i + 1)) if (hit(label.box, other.box)) pairs.push(`${label.id} × ${other.id}`);
    });
    return { edges: labelled.length, hidden: labelled.length - shown.length, pairs };
  });

const views = (QUESTIONS as readonly Question[]).flatMap((question) =>
  (question.views as readonly QuestionView[]).map((view) => {
    const v = questionExample(question).variables as Record<string, string>;
    return { name: `${question.name}${view.path ? `-${view.path}` : ""}`, path: viewUrl(view, v.id ?? v.forum, { text: v.text, from: v.from, to: v.to }) };
  }),
);
// The grant whose six proposed uses have no amounts, and the entity page with 50 parties.
views.push({ name: "fund-flow-statsbidrag", path: "/explore/fund:statsbidrag-vardplatser/pengar" }, { name: "entity-hos-avtal", path: "/explore/doc:hos-avtal" });

describe("explore views at phone and desktop widths", () => {
  it.for(views)("$name: readable at 390 px and at 1200 px", async ({ name, path }) => {
    for (const width of [PHONE, DESKTOP]) {
      const { page, status } = await open(path, width);
      expect(status, path).toBe(200);
      await expect(page.evaluate(() => document.body.dataset.ready)).resolves.toBe("true");
      const size = await page.evaluate(() => ({ overflow: document.documentElement.scrollWidth - window.innerWidth, height: document.documentElement.scrollHeight }));
      expect(size.overflow, `${path} at ${width} px is wider than the screen`).toBeLessThanOrEqual(1);
      const text = await overlappingText(page);
      expect(text.boxes, path).toBeGreaterThan(5);
      expect(text.pairs, `${path} at ${width} px`).toEqual([]);
      const graphs = page.locator(".graph");
      if (width === PHONE) {
        expect(size.height, `${path} is ${size.height} px tall on a phone`).toBeLessThanOrEqual(MAX_PHONE_HEIGHT);
        // A graph is folded away behind its list; opening it draws it.
        if ((await graphs.count()) > 0) {
          await expect(graphs.first().getAttribute("data-folded")).resolves.toBe("true");
          await page.locator(".graph-fold > summary").first().click();
          await page.waitForFunction(() => document.querySelector<HTMLElement>(".graph")?.dataset.labelPx, null, { timeout: 30_000 });
        }
      } else if ((await graphs.count()) > 0) {
        await page.waitForFunction(() => document.querySelector<HTMLElement>(".graph")?.dataset.labelPx, null, { timeout: 30_000 });
        expect(Number(await graphs.first().getAttribute("data-label-px")), path).toBeGreaterThanOrEqual(12);
      }
      if ((await graphs.count()) > 0) {
        const labels = await overlappingGraphLabels(page);
        expect(labels.pairs, `${path} at ${width} px: edge labels on nodes or labels`).toEqual([]);
        // Clearing labels by hiding most of them would pass the line above: most must stay.
        expect(labels.hidden, `${path}: ${labels.hidden} of ${labels.edges} edge labels hidden`).toBeLessThanOrEqual(Math.floor(labels.edges / 2));
      }
      await shot(page, `${name}-${width}`);
      await page.close();
    }
  });

  it("met no script error", () => {
    expect(pageErrors).toEqual([]);
  });
});
