/**
 * What happened between two dates (`/explore/handelser?fran=…&till=…`): every dated event in
 * the period, in date order, with its kind, what it involves and its sources. Without a period,
 * the year up to the page's date ("per datum", else today).
 */
import type { ExploreEventsQuery, ExploreEventsQueryVariables } from "../../../generated/graphql.js";
import { entityUrl } from "../../paths.js";
import { gql, operation } from "../api.js";
import { h } from "../dom.js";
import { timeElement } from "../parts/dates.js";
import { stockholmToday } from "../parts/date-form.js";
import { periodForm } from "../parts/period-form.js";
import { sourceDetails } from "../parts/sources.js";
import type { RenderView } from "../view-context.js";
import text from "./events.graphql";

const EVENTS = operation<ExploreEventsQuery, ExploreEventsQueryVariables>(text);
type Event = ExploreEventsQuery["events"]["events"][number];

const yearBefore = (day: string) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`.replace(/-02-29$/, "-02-28");

function eventItem(e: Event): HTMLElement {
  return h(
    "li",
    { "data-kind": e.kind, "data-date": e.date, "data-id": e.entity.id },
    timeElement(e.date, e.precision),
    e.endDate ? ` – ${e.endDate}` : "",
    " ",
    h("span", { class: "tag" }, e.kindSv),
    " ",
    h("a", { href: entityUrl(e.entity.id) }, e.label),
    e.involved.length ? h("span", { class: "muted" }, " · ", ...e.involved.flatMap((x, i) => [i ? ", " : "", h("a", { href: entityUrl(x.id) }, x.name)])) : "",
    e.inferred ? h("span", { class: "inferred" }, " (slutsats)") : "",
    e.detail ? h("p", { class: "explanation" }, e.detail) : "",
    sourceDetails(e.sources),
  );
}

export const render: RenderView<"events"> = async (main, { view, params, asOf }) => {
  document.title = `${view.title} – Samverkansgrafen`;
  const to = params.to ?? asOf ?? stockholmToday();
  const from = params.from ?? yearBefore(to);
  const a = (await gql(EVENTS, { from, to })).events;
  main.replaceChildren(
    h("h1", {}, `${view.title}: ${a.from} – ${a.to}`),
    periodForm(params),
    h("p", { class: "lead" }, `${a.events.length} händelser${a.truncated ? " (fler finns: välj en kortare period)" : ""}`),
    a.events.length ? h("ol", { class: "events domain-events" }, a.events.map(eventItem)) : h("p", {}, "Källorna daterar inget till perioden."),
  );
};
