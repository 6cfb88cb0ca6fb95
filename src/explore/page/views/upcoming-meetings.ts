/**
 * A forum's upcoming meetings on a date (`/explore/<forum>/kommande-moten?per=…`): each with its
 * day, time and time zone, place and planned points; then the planned meetings whose day passed
 * with no record of them ("genomfört? okänt").
 */
import type { ExploreScheduledMeetingFragment, ExploreUpcomingMeetingsQuery, ExploreUpcomingMeetingsQueryVariables } from "../../../generated/graphql.js";
import { ENUM_SV } from "../../../labels/sv.js";
import { entityUrl } from "../../paths.js";
import { gql, operation } from "../api.js";
import { h } from "../dom.js";
import { timeElement } from "../parts/dates.js";
import { viewTop } from "../parts/heading.js";
import { sourceDetails } from "../parts/sources.js";
import type { RenderView } from "../view-context.js";
import text from "./upcoming-meetings.graphql";

const UPCOMING = operation<ExploreUpcomingMeetingsQuery, ExploreUpcomingMeetingsQueryVariables>(text);

const clock = (iso: string | null) => (iso ? iso.slice(11, 16) : "");

function meetingItem(m: ExploreScheduledMeetingFragment): HTMLElement {
  const time = m.startsAt ? ` ${clock(m.startsAt)}${m.endsAt ? `–${clock(m.endsAt)}` : ""} (${m.startsAt.slice(19)}, ${m.timeZone ?? ""})` : "";
  return h(
    "li",
    { "data-id": m.meeting.id, "data-state": m.state },
    timeElement(m.date, m.precision),
    time,
    " ",
    h("span", { class: "tag" }, ENUM_SV.MeetingState[m.state]),
    " ",
    h("a", { href: entityUrl(m.meeting.id) }, m.meeting.name),
    m.location ? h("span", { class: "muted" }, ` · ${m.location}`) : "",
    m.items.length ? h("ul", { class: "items" }, m.items.map((i) => h("li", {}, h("a", { href: entityUrl(i.id) }, i.name)))) : "",
    h("p", { class: "explanation" }, m.explanation),
    sourceDetails(m.sources),
  );
}

export const render: RenderView<"upcoming-meetings"> = async (main, { subject, view, asOf }) => {
  const a = (await gql(UPCOMING, { forum: subject, asOf })).upcomingMeetings;
  main.replaceChildren(
    ...viewTop(a.forum, view),
    h("h2", {}, `Efter ${a.asOf} (${a.meetings.length})`),
    a.meetings.length ? h("ol", { class: "meetings upcoming" }, a.meetings.map(meetingItem)) : h("p", {}, `Källorna känner inga möten efter ${a.asOf}.`),
    a.unrecorded.length ? h("h2", {}, `Planerade, datum passerat, genomfört? okänt (${a.unrecorded.length})`) : "",
    a.unrecorded.length ? h("ol", { class: "meetings unrecorded" }, a.unrecorded.map(meetingItem)) : "",
  );
};
