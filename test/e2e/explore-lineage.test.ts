/**
 * The explore page's versions of an agreement in Chromium against the real server: the lineage
 * drawn in one row, each bar where the API's time line puts it and styled by how it rests on the
 * documents, with a legend; and the link from a version to the diff with the one before it.
 */
import { describe, expect, it } from "vitest";
import { entityUrl, viewOf } from "../../src/explore/paths.js";
import { ENUM_SV } from "../../src/labels/sv.js";
import { useExploreBrowser } from "../support/explore-browser.js";
import { useTestApi } from "../support/test-api.js";

const api = useTestApi();
const { open, ready, shot, external, pageErrors } = useExploreBrowser(api);

interface Span {
  from: string;
  to: string;
  kind: keyof (typeof ENUM_SV)["SpanKind"];
}

describe("explore: an agreement's versions", () => {
  it("draws the HoS-avtal's versions in one row, each bar as the API's time line gives it, with a legend", async () => {
    const answer = (
      await api.query<{ agreementLineage: { versions: { document: { id: string }; spans: Span[] }[] } }>(`query { agreementLineage(id: "doc:hos-avtal", asOf: "2026-12-06") { versions { document { id } spans { from to kind } } } }`)
    ).agreementLineage;
    const { page } = await open(`${entityUrl("doc:hos-avtal", viewOf("agreement-versions"))}?per=2026-12-06`);
    await shot(page, "agreement-versions");
    await expect(page.locator(".lineage-row").count()).resolves.toBe(1);
    const bars = await page.locator(".lineage-row .bar").evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        const row = el.parentElement!.getBoundingClientRect();
        return { id: (el as HTMLElement).dataset.id, kind: (el as HTMLElement).dataset.kind, from: (el as HTMLElement).dataset.from, to: (el as HTMLElement).dataset.to, left: box.left - row.left, right: box.right - row.left, top: box.top - row.top, rowWidth: row.width, background: getComputedStyle(el).backgroundImage + getComputedStyle(el).backgroundColor };
      }),
    );
    const expected = answer.versions.flatMap((v) => v.spans.map((s) => ({ id: v.document.id, kind: s.kind, from: s.from, to: s.to })));
    expect(bars.map(({ id, kind, from, to }) => ({ id, kind, from, to }))).toEqual(expected);
    for (const b of bars) {
      expect(b.left, `${b.id} ${b.from}`).toBeGreaterThanOrEqual(-0.5);
      expect(b.right, `${b.id} ${b.to}`).toBeLessThanOrEqual(b.rowWidth + 0.5);
      expect(b.right).toBeGreaterThan(b.left);
    }
    // Later bars of one version lie to the right of earlier ones; each version has its own lane.
    const lanes = new Map(bars.map((b) => [b.id, b.top]));
    expect(new Set(lanes.values()).size).toBe(answer.versions.length);
    const hos = bars.filter((b) => b.id === "doc:hos-avtal");
    for (let i = 1; i < hos.length; i++) expect(hos[i]!.left).toBeGreaterThanOrEqual(hos[i - 1]!.right - 1);
    // Stated, a conclusion and unknown look different.
    const look = (kind: string) => bars.find((b) => b.kind === kind)!.background;
    expect(new Set([look("STATED"), look("INFERRED"), look("UNKNOWN"), look("PENDING")]).size).toBe(4);
    const legend = await page.locator(".lineage .legend li").allInnerTexts();
    expect(legend.map((t) => t.trim())).toEqual(Object.values(ENUM_SV.SpanKind));
    await expect(page.locator(".lineage-row .as-of-mark").count()).resolves.toBe(1);
    await expect(page.locator(".in-force").getAttribute("data-id")).resolves.toBe("");
  });

  it("an endorsed extension without a decision has its own bar style (in- och utskrivning)", async () => {
    const { page } = await open(`${entityUrl("doc:ok-in-utskrivning", viewOf("agreement-versions"))}?per=2023-06-01`);
    const endorsed = page.locator('.lineage-row .bar[data-kind="ENDORSED"]');
    await expect(endorsed.count()).resolves.toBe(1);
    await expect(endorsed.getAttribute("data-to")).resolves.toBe("2024-12-31");
    const stated = await page.locator('.lineage-row .bar[data-kind="STATED"]').first().evaluate((el) => getComputedStyle(el).backgroundImage + getComputedStyle(el).backgroundColor);
    expect(await endorsed.evaluate((el) => getComputedStyle(el).backgroundImage + getComputedStyle(el).backgroundColor)).not.toBe(stated);
  });

  it("links a version to the diff with the one before it, which shows the counts the documents give", async () => {
    const { page } = await open(`${entityUrl("doc:hos-avtal", viewOf("agreement-versions"))}?per=2023-06-01`);
    await page.locator('li[data-id="doc:hos-avtal-revision-2022"] a.compare').click();
    await ready(page);
    expect(new URL(page.url()).searchParams.get("fran")).toBe("doc:hos-avtal");
    expect(new URL(page.url()).searchParams.get("till")).toBe("doc:hos-avtal-revision-2022");
    const approved = await page.locator('table.differences tr[data-field="parties.approved"] td').allInnerTexts();
    expect(approved).toEqual(["parter som godkänt", "—", "41"]);
    await shot(page, "agreement-diff");
  });

  it("requested nothing outside the app and met no script error", () => {
    expect(pageErrors).toEqual([]);
    expect(external).toEqual([]);
  });
});
