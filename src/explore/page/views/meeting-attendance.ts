/** A meeting: its agenda with presenters and the positions taken per item, and who was invited or absent. */
import type { ExploreEntityRefFragment, ExploreMeetingAttendanceQuery, ExploreMeetingAttendanceQueryVariables } from "../../../generated/graphql.js";
import { enumSv } from "../../../labels/sv.js";
import { entityUrl } from "../../paths.js";
import { gql, operation } from "../api.js";
import { h } from "../dom.js";
import { viewTop } from "../parts/heading.js";
import { sourceDetails } from "../parts/sources.js";
import type { RenderView } from "../view-context.js";
import text from "./meeting-attendance.graphql";

const MEETING = operation<ExploreMeetingAttendanceQuery, ExploreMeetingAttendanceQueryVariables>(text);

const people = (list: readonly ExploreEntityRefFragment[]) => h("ul", { class: "people" }, list.map((p) => h("li", {}, h("a", { href: entityUrl(p.id) }, p.name))));

export const render: RenderView<"meeting-attendance"> = async (main, { subject, view }) => {
  const a = await gql(MEETING, { id: subject });
  const m = a.meetingAttendance;
  const items = a.agenda[0]?.items ?? [];
  const time = m.startTime ? `${m.startTime}${m.endTime ? `–${m.endTime}` : ""}` : null;
  main.replaceChildren(
    ...viewTop(m.meeting, view),
    h("p", {}, [m.date, time, m.location, m.format && m.format !== "UNKNOWN" ? enumSv("MeetingFormat", m.format) : null].filter(Boolean).join(" · ")),
    h("h2", {}, `Dagordning (${items.length} punkter)`),
    h(
      "ol",
      { class: "agenda" },
      items.map((i) =>
        h(
          "li",
          { "data-item": i.id },
          h("strong", {}, `${i.label ?? i.order}. `),
          h("a", { href: entityUrl(i.id) }, i.name),
          h("span", { class: "muted" }, ` (${enumSv("AgendaItemKind", i.kind)})`),
          i.presenters.length ? h("p", { class: "muted" }, "Föredragande: ", i.presenters.flatMap((p, k) => [k ? ", " : "", h("a", { href: entityUrl(p.id) }, p.name)])) : "",
          i.positions.length
            ? h("ul", { class: "positions" }, i.positions.map((p) => h("li", {}, h("span", { class: "tag" }, enumSv("PositionType", p.positionType)), " ", h("a", { href: entityUrl(p.id) }, h("q", {}, p.wording)), sourceDetails(p.sources))))
            : h("p", { class: "muted" }, "Inget ställningstagande antecknat."),
        ),
      ),
    ),
    h("h2", {}, `Kallade (${m.invited.length})`),
    people(m.invited.map((x) => x.person)),
    h("h2", {}, `Frånvarande (${m.absent.length})`),
    people(m.absent.map((x) => x.person)),
    h("p", { class: "muted" }, `Troligen närvarande (härlett, anteckningen säger inte vem som kom): ${m.presumedPresent.length}`),
  );
};
