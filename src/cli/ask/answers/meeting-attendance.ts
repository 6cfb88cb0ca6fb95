/** A meeting: when, who was invited, absent and presenting, and the positions and medskick per agenda item (mote). */
import type { MeetingAttendanceQuery } from "../../../generated/graphql.js";
import { enumSv } from "../../../labels/sv.js";
import { nameOf, namesOf, type Report, type SourceLike } from "../text.js";

/** What the three lists of people share (the absent carry no roles or presentations). */
interface Attendee {
  person: { name: string };
  affiliations?: readonly { name: string }[];
  roles?: readonly { name: string }[];
  presented?: readonly { name: string }[];
  link: { sources: readonly SourceLike[] };
}

function people(title: string, list: readonly Attendee[], out: Report): void {
  out.say();
  out.say(`${title} (${list.length}):`);
  for (const a of list) {
    const extra = [namesOf(a.affiliations ?? []), namesOf(a.roles ?? [], "; ")].filter(Boolean).join(" — ");
    const presented = a.presented?.length ? ` — föredrog: ${namesOf(a.presented, "; ")}` : "";
    out.say(`  ${a.person.name}${extra ? ` — ${extra}` : ""}${presented}`);
  }
  // One source stands for the list: every entry comes from the same passage of the notes.
  if (list[0]) out.sources(list[0].link.sources, "    ");
}

function agenda(items: MeetingAttendanceQuery["agenda"][number]["items"], out: Report): void {
  out.say();
  out.say(`Dagordning (${items.length} punkter):`);
  for (const item of items) {
    const presenters = item.presenters.length ? ` — föredragande: ${namesOf(item.presenters)}` : "";
    out.say(`  ${String(item.label ?? item.order).padEnd(4)} ${item.name}${presenters}`);
    const positions = item.positions.filter((p) => p.positionType !== "INPUT");
    const medskick = item.positions.filter((p) => p.positionType === "INPUT");
    if (positions.length === 0) out.say("       ställningstagande: inget antecknat");
    for (const p of positions) {
      out.say(`       ställningstagande (${enumSv("PositionType", p.positionType)}): "${p.wording}"`);
      out.sources(p.sources.slice(0, 1), "         ");
    }
    // Medskick as the notes list them, one per bullet, each whole.
    if (medskick.length) out.say(`       medskick (${medskick.length}):`);
    for (const p of medskick) {
      out.say(`         · "${p.wording}"`);
      out.sources(p.sources.slice(-1), "           ");
    }
  }
}

export function formatMeetingAttendance({ meetingAttendance: m, agenda: meetings }: MeetingAttendanceQuery, out: Report): void {
  const time = m.startTime ? `${m.startTime}–${m.endTime ?? ""}` : "";
  out.say(`${nameOf(m.meeting)}: ${m.date ?? ""} ${time} ${m.location ?? ""} (${m.forums.map((f) => f.to.name).join(", ")})`);
  people("Kallade", m.invited, out);
  people("Frånvarande", m.absent, out);
  people("Föredragande", m.presenters, out);
  out.say();
  out.say(`Troligen närvarande (kallade eller föredragande och inte frånvarande; anteckningen säger inte vem som kom): ${m.presumedPresent.length}`);
  out.say(`  ${namesOf(m.presumedPresent)}`);
  agenda(meetings[0]?.items ?? [], out);
}
