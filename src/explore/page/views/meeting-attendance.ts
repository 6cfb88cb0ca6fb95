/**
 * A meeting: when and where, its agenda with presenters, the positions taken per item and the
 * forum's medskick (one per bullet, as the notes give them), and who was invited or absent. Each
 * item is numbered once, as the notes number it.
 */
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

type Item = ExploreMeetingAttendanceQuery["agenda"][number]["items"][number];
type ItemPosition = Item["positions"][number];

const positionLine = (p: ItemPosition) => h("li", { "data-position-type": p.positionType }, h("span", { class: "tag" }, enumSv("PositionType", p.positionType)), " ", h("a", { href: entityUrl(p.id) }, h("q", {}, p.wording)), sourceDetails(p.sources));

/** What the forum said on an item: its positions, then its medskick as the notes list them. */
function outcome(item: Item): HTMLElement[] {
  const positions = item.positions.filter((p) => p.positionType !== "INPUT");
  const medskick = item.positions.filter((p) => p.positionType === "INPUT");
  const said = [positions.length ? h("ul", { class: "positions" }, positions.map(positionLine)) : h("p", { class: "muted" }, "Inget ställningstagande antecknat.")];
  if (medskick.length)
    said.push(
      h(
        "div",
        { class: "medskick" },
        h("p", { class: "medskick-heading" }, `Medskick (${medskick.length})`),
        h("ul", { class: "positions" }, medskick.map((p) => h("li", { "data-position-type": p.positionType }, h("a", { href: entityUrl(p.id) }, h("q", {}, p.wording)), sourceDetails(p.sources)))),
      ),
    );
  return said;
}

export const render: RenderView<"meeting-attendance"> = async (main, { subject, view }) => {
  const a = await gql(MEETING, { id: subject });
  const m = a.meetingAttendance;
  const items = a.agenda[0]?.items ?? [];
  const time = m.startTime ? `kl. ${m.startTime}${m.endTime ? `–${m.endTime}` : ""}` : null;
  main.replaceChildren(
    ...viewTop(m.meeting, view),
    h("p", { class: "when" }, [m.date, time, m.location, m.format && m.format !== "UNKNOWN" ? enumSv("MeetingFormat", m.format) : null].filter(Boolean).join(" · ")),
    h("h2", {}, `Dagordning (${items.length} punkter)`),
    h(
      "ol",
      // Numbered by the notes' labels where they have them, by the list where they have none.
      { class: items.some((i) => i.label) ? "agenda labelled" : "agenda" },
      items.map((i) =>
        h(
          "li",
          { "data-item": i.id },
          // The notes' own numbering ("1a", "4b"); the list itself draws no numbers.
          i.label ? h("strong", { class: "item-label" }, `${i.label}. `) : "",
          h("a", { href: entityUrl(i.id) }, i.name),
          h("span", { class: "muted" }, ` (${enumSv("AgendaItemKind", i.kind)})`),
          i.presenters.length ? h("p", { class: "muted" }, "Föredragande: ", i.presenters.flatMap((p, k) => [k ? ", " : "", h("a", { href: entityUrl(p.id) }, p.name)])) : "",
          ...outcome(i),
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
