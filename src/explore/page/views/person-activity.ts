/**
 * A person over time: every dated thing the sources say they did (roles, presentations,
 * invitations, absences, assignments) in date order, each with what it was, where, the meeting
 * and its sources; undated entries last.
 */
import type { ExploreEntityRefFragment, ExplorePersonActivityQuery, ExplorePersonActivityQueryVariables } from "../../../generated/graphql.js";
import { DATE_BASIS_SV, ENUM_SV, enumSv } from "../../../labels/sv.js";
import { entityUrl } from "../../paths.js";
import { gql, operation } from "../api.js";
import { h } from "../dom.js";
import { timeElement } from "../parts/dates.js";
import { viewTop } from "../parts/heading.js";
import { sourceDetails } from "../parts/sources.js";
import { inferredNote } from "../parts/steps.js";
import type { RenderView } from "../view-context.js";
import text from "./person-activity.graphql";

const PERSON_ACTIVITY = operation<ExplorePersonActivityQuery, ExplorePersonActivityQueryVariables>(text);
type Entry = ExplorePersonActivityQuery["personActivity"]["entries"][number];

const links = (list: readonly ExploreEntityRefFragment[]) => list.flatMap((e, k) => [k ? ", " : "", h("a", { href: entityUrl(e.id) }, e.name)]);

/** "ordförande, Regionutvecklingsdirektör i SRO, för VGR" or "föredrog Punkt 3 vid SRO:s möte". */
function entryText(e: Entry): (Node | string)[] {
  const role = e.role ? enumSv("MembershipRole", e.role) : "";
  const what = e.kind === "ROLE" ? [role, e.title && e.title.toLowerCase() !== role.toLowerCase() ? e.title : ""].filter(Boolean).join(", ") : "";
  return [
    h("a", { href: entityUrl(e.entity.id) }, e.label),
    what ? ` — ${what}` : "",
    ...(e.bodies.length ? [e.kind === "ROLE" ? " i " : " · ", ...links(e.bodies)] : []),
    ...(e.represents.length ? [" för ", ...links(e.represents)] : []),
    ...(e.meeting && e.meeting.id !== e.entity.id ? [" vid ", h("a", { href: entityUrl(e.meeting.id) }, e.meeting.name)] : []),
    ...(e.positions.length ? [" → ", ...links(e.positions)] : []),
  ];
}

function entryItem(e: Entry): HTMLElement {
  const basis = e.date && e.dateBasis ? (DATE_BASIS_SV[e.dateBasis] ?? "") : "";
  return h(
    "li",
    { "data-kind": e.kind, "data-date": e.date ?? "" },
    timeElement(e.date, e.precision),
    basis ? h("span", { class: "muted" }, ` (${basis})`) : "",
    " ",
    h("span", { class: "tag" }, ENUM_SV.PersonActivityKind[e.kind]),
    " ",
    ...entryText(e),
    e.kind === "ROLE" && e.explanation ? h("span", { class: "muted" }, ` (${e.explanation})`) : "",
    e.link.inferred ? h("span", { class: "inferred" }, inferredNote(e.link)) : "",
    sourceDetails(e.sources),
  );
}

export const render: RenderView<"person-activity"> = async (main, { subject, view, asOf }) => {
  const p = (await gql(PERSON_ACTIVITY, { id: subject, asOf })).personActivity;
  const about = [p.party ? `parti: ${p.party}` : "", p.aliases.length ? `även kallad ${p.aliases.join(", ")}` : ""].filter(Boolean);
  main.replaceChildren(
    ...viewTop(p.person, view),
    about.length ? h("p", {}, about.join(" · ")) : "",
    p.affiliations.length ? h("p", {}, "Företräder: ", ...links(p.affiliations.map((a) => a.to)), sourceDetails(p.affiliations.flatMap((a) => a.sources))) : "",
    h("h2", {}, `${p.entries.length} händelser till och med ${p.asOf}${p.truncated ? " (fler finns)" : ""}`),
    p.entries.length ? h("ol", { class: "events activity" }, p.entries.map(entryItem)) : h("p", {}, "Källorna säger inget daterat om personen."),
  );
};
