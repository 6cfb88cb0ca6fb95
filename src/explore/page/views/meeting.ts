/** A meeting: its agenda with presenters and the positions taken per item, and who was invited or absent. */
import { gql, REF, SOURCES, type EntityRef, type Source } from "../api.js";
import { h } from "../dom.js";
import { heading, viewNav } from "../entity-page.js";
import { entityUrl } from "../search-box.js";
import { sourceDetails } from "../sources.js";

interface Item {
  id: string;
  label: string | null;
  order: number;
  name: string;
  presenters: { id: string; name: string }[];
  positions: { id: string; positionType: string; wording: string; sources: Source[] }[];
}
interface Answer {
  meetingAttendance: { meeting: EntityRef; date: string | null; location: string | null; invited: { person: EntityRef }[]; absent: { person: EntityRef }[]; presumedPresent: EntityRef[] };
  agenda: { items: Item[] }[];
}

export async function renderMeeting(main: HTMLElement, id: string): Promise<void> {
  const q = `query ExploreMeeting($id: ID!) {
    meetingAttendance(id: $id) { meeting { ${REF} } date location invited { person { ${REF} } } absent { person { ${REF} } } presumedPresent { ${REF} } }
    agenda: meetings(where: { id: { eq: $id } }) { items(sort: [{ order: ASC }, { label: ASC }]) { id label order name presenters { id name } positions(sort: [{ order: ASC }]) { id positionType wording ${SOURCES} } } }
  }`;
  const a = await gql<Answer>(q, { id });
  const m = a.meetingAttendance;
  const items = a.agenda[0]?.items ?? [];
  const people = (list: EntityRef[]) => h("ul", { class: "people" }, list.map((p) => h("li", {}, h("a", { href: entityUrl(p.id) }, p.name))));
  main.replaceChildren(
    ...heading(m.meeting, "Möte"),
    viewNav(m.meeting, "mote"),
    h("p", {}, [m.date, m.location].filter(Boolean).join(" · ")),
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
          i.presenters.length ? h("p", { class: "muted" }, "Föredragande: ", i.presenters.flatMap((p, k) => [k ? ", " : "", h("a", { href: entityUrl(p.id) }, p.name)])) : "",
          i.positions.length
            ? h("ul", { class: "positions" }, i.positions.map((p) => h("li", {}, h("span", { class: "tag" }, p.positionType), " ", h("a", { href: entityUrl(p.id) }, h("q", {}, p.wording)), sourceDetails(p.sources))))
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
}
