/** A forum's upcoming meetings on a date (kommande-moten). */
import type { UpcomingMeetingsQuery } from "../../../generated/graphql.js";
import { dateSv, enumSv } from "../../../labels/sv.js";
import { quote, type Report } from "../text.js";

type Meeting = UpcomingMeetingsQuery["upcomingMeetings"]["meetings"][number];

const when = (m: Pick<Meeting, "date" | "precision" | "startsAt" | "endsAt">) =>
  `${dateSv(m.date, m.precision)}${m.startsAt ? ` ${m.startsAt.slice(11, 16)}${m.endsAt ? `–${m.endsAt.slice(11, 16)}` : ""} (UTC${m.startsAt.slice(19)})` : ""}`;

export function formatUpcomingMeetings({ upcomingMeetings: a }: UpcomingMeetingsQuery, out: Report): void {
  out.say(`Kommande möten för ${a.forum.name} (${a.forum.id}) per ${a.asOf}: ${a.meetings.length}`);
  for (const m of a.meetings) {
    out.say(`  ${when(m).padEnd(28)} ${m.meeting.name} (${m.meeting.id}) [${enumSv("MeetingState", m.state)}]${m.location ? ` — ${m.location}` : ""}`);
    for (const i of m.items) out.say(`      punkt: ${i.name}`);
    if (!out.brief) for (const s of m.sources.slice(0, 1)) out.say(`      källa: ${quote(s.quote)} — ${s.document.title}`);
  }
  if (a.meetings.length === 0) out.say("  (källorna känner inga möten efter datumet)");
  if (a.unrecorded.length) {
    out.say();
    out.say(`Planerade möten vars datum passerat utan anteckning (genomfört? okänt): ${a.unrecorded.length}`);
    for (const m of a.unrecorded) out.say(`  ${dateSv(m.date, m.precision).padEnd(28)} ${m.meeting.name} (${m.meeting.id}) — ${m.explanation}`);
  }
  out.truncated(a.truncated, "fler möten");
}
