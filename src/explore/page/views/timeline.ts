/**
 * A timeline on a time axis (hand-drawn SVG: a few lines, no library needed) that shows
 * precision: a day is a dot, a month-only date a bar as wide as the month, a year-only date a bar
 * as wide as the year. The same events as a list. A governing document's validity first, its
 * versions in one row (parts/validity.ts); a person's dated activity beside their events.
 */
import type { ExplorePersonActivityQuery, ExplorePersonActivityQueryVariables, ExploreTimelineQuery, ExploreTimelineQueryVariables } from "../../../generated/graphql.js";
import { ENUM_SV } from "../../../labels/sv.js";
import { entityUrl } from "../../paths.js";
import { gql, operation } from "../api.js";
import { h } from "../dom.js";
import { timeElement } from "../parts/dates.js";
import { viewTop } from "../parts/heading.js";
import { sourceDetails } from "../parts/sources.js";
import { validitySection } from "../parts/validity.js";
import type { RenderView } from "../view-context.js";
import text from "./timeline.graphql";
import personText from "./person-activity.graphql";

const TIMELINE = operation<ExploreTimelineQuery, ExploreTimelineQueryVariables>(text);
const PERSON_ACTIVITY = operation<ExplorePersonActivityQuery, ExplorePersonActivityQueryVariables>(personText);
type Event = ExploreTimelineQuery["timeline"]["events"][number];
type Dated = { date: string; endDate: string | null; precision: string | null };

/** The span an event covers on the axis, in ms: a whole month or year when that is all that is known. */
function spanOf(e: { date: string; endDate: string | null; precision: string | null }): [number, number] {
  const start = new Date(`${e.precision === "YEAR" ? e.date.slice(0, 4) + "-01-01" : e.precision === "MONTH" ? e.date.slice(0, 7) + "-01" : e.date}T00:00:00Z`);
  let end: Date;
  if (e.endDate) end = new Date(`${e.endDate}T00:00:00Z`);
  else if (e.precision === "YEAR") end = new Date(Date.UTC(start.getUTCFullYear() + 1, 0, 1));
  else if (e.precision === "MONTH") end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  else end = start;
  return [start.getTime(), end.getTime()];
}

const SVG = "http://www.w3.org/2000/svg";
function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text) el.textContent = text;
  return el;
}

function axis(events: Dated[]): SVGElement {
  const spans = events.map(spanOf);
  const min = Math.min(...spans.map((s) => s[0]));
  const max = Math.max(...spans.map((s) => s[1]), min + 86_400_000);
  const width = 900;
  const row = 16;
  const x = (t: number) => 10 + ((t - min) / (max - min)) * (width - 20);
  const root = svg("svg", { viewBox: `0 0 ${width} ${events.length * row + 40}`, class: "timeline-axis", "aria-hidden": "true" });
  for (let year = new Date(min).getUTCFullYear(); year <= new Date(max).getUTCFullYear(); year++) {
    const t = Date.UTC(year, 0, 1);
    if (t < min) continue;
    root.append(svg("line", { x1: x(t), x2: x(t), y1: 0, y2: events.length * row + 20, class: "year" }), svg("text", { x: x(t) + 2, y: events.length * row + 34, class: "year-label" }, String(year)));
  }
  events.forEach((e, i) => {
    const [a, b] = spans[i]!;
    const y = 10 + i * row;
    if (b > a) root.append(svg("rect", { x: x(a), y: y - 5, width: Math.max(3, x(b) - x(a)), height: 10, rx: 2, class: `span precision-${(e.precision ?? "DAY").toLowerCase()}`, "data-precision": e.precision ?? "DAY" }));
    else root.append(svg("circle", { cx: x(a), cy: y, r: 5, class: "day", "data-precision": "DAY" }));
  });
  return root;
}

/** A person's dated activity (roles, presentations, invitations…): what their timeline is made of. */
async function personActivity(id: string, asOf: string | undefined): Promise<(Dated & { label: string; entityId: string })[]> {
  const a = (await gql(PERSON_ACTIVITY, { id, asOf })).personActivity;
  return a.entries.filter((e) => e.date !== null).map((e) => ({ date: e.date!, endDate: null, precision: e.precision ?? null, label: e.label, entityId: e.entity.id }));
}

export const render: RenderView<"timeline"> = async (main, { subject, view, asOf }) => {
  const t = (await gql(TIMELINE, { id: subject, asOf })).timeline;
  const dated = t.events.filter((e): e is Event & { date: string } => e.date !== null);
  const activity = t.subject.type === "Person" ? await personActivity(subject, asOf) : [];
  const validity = t.subject.type === "GoverningDocument" ? await validitySection(subject, asOf) : null;
  const onAxis: Dated[] = [...dated, ...activity];
  main.replaceChildren(
    ...viewTop(t.subject, view),
    validity ?? "",
    validity ? h("h2", {}, `Händelser (${t.events.length})`) : "",
    onAxis.length ? h("figure", { class: "timeline" }, axis(onAxis), h("figcaption", {}, "Punkt: känd dag. Stapel: bara månad eller år känt (hela perioden ritas), eller ett spann.")) : h("p", {}, "Inga daterade händelser."),
    activity.length ? h("h2", {}, `Daterad aktivitet (${activity.length})`) : "",
    activity.length ? h("ol", { class: "events person-activity" }, activity.map((e) => h("li", { "data-precision": e.precision ?? "" }, timeElement(e.date, e.precision), " ", h("a", { href: entityUrl(e.entityId) }, e.label)))) : "",
    h(
      "ol",
      { class: "events" },
      t.events.map((e) =>
        h(
          "li",
          { "data-precision": e.precision ?? "" },
          timeElement(e.date, e.precision),
          e.endDate ? `–${e.endDate}` : "",
          " ",
          h("span", { class: "tag" }, ENUM_SV.TimelineCategory[e.category]),
          ` ${e.label}`,
          e.forum ? ` — ${e.forum.name}` : "",
          e.about.id !== t.subject.id ? h("span", { class: "muted" }, " [", h("a", { href: entityUrl(e.about.id) }, e.about.name), "]") : "",
          e.inferred ? h("span", { class: "inferred" }, " (slutsats)") : "",
          sourceDetails(e.sources),
        ),
      ),
    ),
  );
};
