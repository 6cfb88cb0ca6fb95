/**
 * The explore page's timeline of a governing document in Chromium against the real server: its
 * validity drawn as bars, the versions of its lineage in one row, each bar styled by how it rests
 * on the documents (as the legend shows) with a text equivalent, exactly as the API's lineage gives
 * it for the URL's date; the date marked where it falls; and no bar where nothing dated gives one.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { entityUrl, viewOf } from "../../src/explore/paths.js";
import { ENUM_SV } from "../../src/labels/sv.js";
import { useExploreBrowser } from "../support/explore-browser.js";
import { useTestApi } from "../support/test-api.js";

const api = useTestApi();
const { open, shot, external, pageErrors } = useExploreBrowser(api);

interface Span {
  from: string;
  to: string;
  kind: keyof (typeof ENUM_SV)["SpanKind"];
  state: keyof (typeof ENUM_SV)["DocumentState"];
}
interface Version {
  document: { id: string; name: string };
  spans: Span[];
}

const lineage = async (id: string, asOf: string) =>
  (await api.query<{ agreementLineage: { versions: Version[] } }>(`query ($id: ID!, $asOf: String) { agreementLineage(id: $id, asOf: $asOf) { versions { document { id name } spans { from to kind state } } } }`, { id, asOf })).agreementLineage.versions;

const timeline = (id: string, asOf: string) => open(`${entityUrl(id, viewOf("timeline"))}?per=${asOf}`);

/** The drawn bars, in the order of the page, with what a reader and a screen reader get from each. */
const barsOf = (page: Page) =>
  page.locator(".validity .lineage-row .bar").evaluateAll((els) =>
    els.map((el) => {
      const d = (el as HTMLElement).dataset;
      const box = el.getBoundingClientRect();
      return { id: d.id, kind: d.kind, state: d.state, from: d.from, to: d.to, open: el.classList.contains("open-end"), role: el.getAttribute("role"), label: el.getAttribute("aria-label") ?? "", top: box.top, look: getComputedStyle(el).backgroundImage + getComputedStyle(el).backgroundColor };
    }),
  );

/** The marked date's x, and the x of the year marks, relative to the row. */
const marks = (page: Page) =>
  page.locator(".validity .lineage-row").evaluate((row) => {
    const left = row.getBoundingClientRect().left;
    const x = (el: Element) => el.getBoundingClientRect().left - left;
    const mark = row.querySelector<HTMLElement>(".as-of-mark");
    return {
      asOf: mark ? { date: mark.dataset.date, x: x(mark), label: mark.getAttribute("aria-label") } : null,
      years: [...row.querySelectorAll(".year-mark")].map((y) => ({ year: Number(y.textContent), x: x(y) })),
      width: row.getBoundingClientRect().width,
    };
  });

describe("explore: a document's validity on its timeline", () => {
  it("draws the HoS-avtal's versions in one row, each bar's style and text as the API gives them for the date", async () => {
    const asOf = "2023-06-01";
    const versions = await lineage("doc:hos-avtal", asOf);
    expect(versions.length).toBeGreaterThan(1);
    const { page } = await timeline("doc:hos-avtal", asOf);
    await shot(page, "timeline-validity");
    await expect(page.locator(".validity .lineage-row").count()).resolves.toBe(1);
    expect(await page.locator(".validity .lineage-lanes li").evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id))).toEqual(versions.map((v) => v.document.id));

    const bars = await barsOf(page);
    expect(bars.map(({ id, kind, state, from, to }) => ({ id, kind, state, from, to }))).toEqual(versions.flatMap((v) => v.spans.map((s) => ({ id: v.document.id, ...s }))));
    // One lane per version, all in the one row.
    expect(new Set(bars.map((b) => b.top)).size).toBe(versions.filter((v) => v.spans.length).length);
    for (const b of bars) {
      const name = versions.find((v) => v.document.id === b.id)!.document.name;
      expect(b.role).toBe("img");
      for (const part of [name, b.from!, b.to!, ENUM_SV.DocumentState[b.state as Span["state"]]]) expect(b.label, b.label).toContain(part);
      if (b.kind !== "UNKNOWN") expect(b.label, b.label).toContain(ENUM_SV.SpanKind[b.kind as Span["kind"]]);
    }
    // A stretch with no stated end that reaches the end of the row (the API's last day) is drawn open, and says so.
    const rowEnd = versions.flatMap((v) => v.spans.map((s) => s.to)).sort().at(-1);
    for (const b of bars) {
      const open = b.to === rowEnd && b.kind !== "STATED" && b.kind !== "ENDORSED";
      expect(b.open, `${b.id} ${b.from}`).toBe(open);
      expect(b.label.endsWith("öppet slut"), b.label).toBe(open);
    }
    expect(bars.some((b) => b.open)).toBe(true);
    // Each kind is drawn as its legend swatch, and different kinds look different.
    const legend = await page.locator(".validity .legend li").evaluateAll((els) => els.map((el) => ({ text: el.textContent!.trim(), look: getComputedStyle(el.querySelector(".swatch")!).backgroundImage + getComputedStyle(el.querySelector(".swatch")!).backgroundColor })));
    expect(legend.map((l) => l.text)).toEqual(Object.values(ENUM_SV.SpanKind));
    const swatch = new Map((Object.keys(ENUM_SV.SpanKind) as Span["kind"][]).map((kind, i) => [kind, legend[i]!.look]));
    for (const b of bars) expect(b.look, `${b.id} ${b.from}`).toBe(swatch.get(b.kind as Span["kind"]));
    expect(new Set(swatch.values()).size).toBe(swatch.size);
    expect(new Set(bars.map((b) => b.kind)).size).toBeGreaterThan(1);
    // No raw codes in what a reader sees.
    expect(await page.locator(".validity").innerText()).not.toMatch(/\b(STATED|INFERRED|ENDORSED|PENDING|UNKNOWN|IN_FORCE\w*)\b/);
  });

  it("marks the URL's date on the row, and the mark moves with it", async () => {
    const xs: number[] = [];
    for (const asOf of ["2021-06-01", "2023-06-01"]) {
      const { page } = await timeline("doc:hos-avtal", asOf);
      const m = await marks(page);
      expect(m.asOf?.date).toBe(asOf);
      expect(m.asOf?.label).toContain(asOf);
      // Between the marks of its year and of the next.
      const year = Number(asOf.slice(0, 4));
      const thisYear = m.years.find((y) => y.year === year)!.x;
      const nextYear = m.years.find((y) => y.year === year + 1)?.x ?? m.width;
      expect(m.asOf!.x).toBeGreaterThan(thisYear);
      expect(m.asOf!.x).toBeLessThan(nextYear);
      xs.push(m.asOf!.x);
    }
    expect(xs[1]).toBeGreaterThan(xs[0]!);
  });

  it("draws no bar for a document with no dated period, and says its validity is unknown", async () => {
    const asOf = "2025-06-01";
    const versions = await lineage("doc:riktlinje-sip", asOf);
    expect(versions.flatMap((v) => v.spans)).toEqual([]);
    const { page } = await timeline("doc:riktlinje-sip", asOf);
    await expect(page.locator(".validity .bar").count()).resolves.toBe(0);
    await expect(page.locator(".validity .validity-unknown").innerText()).resolves.toMatch(/^Giltighet okänd/);
  });

  it("draws a document without a lineage in one lane, ending where the API's time line ends", async () => {
    const asOf = "2025-06-01";
    const versions = await lineage("doc:riktlinje-gemensamma-styrdokument", asOf);
    expect(versions).toHaveLength(1);
    const { page } = await timeline("doc:riktlinje-gemensamma-styrdokument", asOf);
    const bars = await barsOf(page);
    expect(bars.map(({ kind, state, from, to }) => ({ kind, state, from, to }))).toEqual(versions[0]!.spans);
    // Where the documents fall silent the time line goes on as unknown, not as a stated period carried forward.
    expect(versions[0]!.spans.at(-1)?.kind).toBe("UNKNOWN");
    expect(bars.at(-1)?.look).toBe(await page.locator(".validity .legend .swatch.span-unknown").evaluate((el) => getComputedStyle(el).backgroundImage + getComputedStyle(el).backgroundColor));
  });

  it("shows no validity on the timeline of what is not a document", async () => {
    const { page } = await timeline("forum:sro", "2025-06-01");
    await expect(page.locator(".validity").count()).resolves.toBe(0);
  });

  it("heads a dated entity's page with its state on the URL's date as the API derives it, not the status its source recorded", async () => {
    const asOf = "2026-12-07";
    const meetingId = (await api.query<{ meetings: { id: string }[] }>(`{ meetings(where: { status: { eq: PLANNED }, date: { lt: "2025-11-01" } }, limit: 1) { id } }`)).meetings[0]!.id;
    for (const [id, typeQuery] of [
      ["doc:inriktningsdokument-ungdomsmottagningar", "governingDocuments"],
      [meetingId, "meetings"],
    ] as const) {
      const stored = (await api.query<Record<string, { status: string; stateOn: { state: string } }[]>>(`query ($id: ID!, $date: String) { ${typeQuery}(where: { id: { eq: $id } }) { status stateOn(date: $date) { state } } }`, { id, date: asOf }))[typeQuery]![0]!;
      // The entity's own page: the heading is the same on every view.
      const { page } = await open(`${entityUrl(id)}?per=${asOf}`);
      const state = page.locator("p.kind .state-on[data-state]");
      await expect(state.getAttribute("data-state")).resolves.toBe(stored.stateOn.state);
      const labels = (typeQuery === "meetings" ? ENUM_SV.MeetingState : ENUM_SV.DocumentState) as Record<string, string>;
      await expect(state.innerText()).resolves.toContain(`per ${asOf}: ${labels[stored.stateOn.state]}`);
      // The recorded status (a PLANNED meeting long past, a document recorded in force) is not shown as today's.
      expect(stored.stateOn.state).not.toBe(stored.status);
      const recorded = (typeQuery === "meetings" ? ENUM_SV.MeetingStatus : ENUM_SV.GoverningDocumentStatus) as Record<string, string>;
      await expect(page.locator("p.kind").innerText()).resolves.not.toMatch(new RegExp(`· ${recorded[stored.status]}( ·|$)`));
    }
  });

  it("requested nothing outside the app and met no script error", () => {
    expect(pageErrors).toEqual([]);
    expect(external).toEqual([]);
  });
});
