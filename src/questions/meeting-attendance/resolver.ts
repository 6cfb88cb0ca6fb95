/**
 * A meeting's attendance: who was invited, who was absent, who presented which items, and who was
 * therefore presumably present (the notes do not say who came).
 */
import { z } from "zod";
import { requireEntity } from "../shared/errors.js";
import { defineQuestion } from "../shared/define.js";
import { idArg } from "../shared/input.js";
import { RefIndex, ref, stepBetween, type EntityRef, type RawStep } from "../shared/refs.js";
import type { Attendee, MeetingAttendance } from "../../generated/graphql.js";

const byName = (a: EntityRef, b: EntityRef) => a.name.localeCompare(b.name, "sv") || a.id.localeCompare(b.id);

export const meetingAttendanceArgs = z.object({ id: idArg });

interface RawAttendee {
  list: "INVITED_TO" | "ABSENT_FROM" | "PRESENTED_BY";
  person: EntityRef;
  affiliations: EntityRef[];
  roles: EntityRef[];
  presented: EntityRef[];
  step: RawStep;
  itemNode?: EntityRef;
}

/** The Cypher row: the meeting's own fields as answered, its links still raw. */
interface MeetingRow extends Pick<MeetingAttendance, "date" | "month" | "startTime" | "endTime" | "location" | "format" | "sources"> {
  meeting: EntityRef | null;
  forums: { node: EntityRef; step: RawStep }[];
  listed: RawAttendee[];
  presenters: RawAttendee[];
}

function attendee(meeting: EntityRef, a: RawAttendee): Attendee {
  const link = a.list === "PRESENTED_BY" ? stepBetween(a.step, a.itemNode!, a.person) : stepBetween(a.step, a.person, meeting);
  return {
    person: ref(a.person),
    affiliations: a.affiliations.map(ref).sort(byName),
    roles: a.roles.map(ref).sort(byName),
    presented: a.presented.map(ref).sort((x, y) => x.id.localeCompare(y.id)),
    link,
  };
}

/** Invited or presenting and not recorded as absent; who attended is not in the notes. */
export function presumedPresent(invited: Attendee[], presenters: Attendee[], absent: Attendee[]): EntityRef[] {
  const away = new Set(absent.map((a) => a.person.id));
  const present = new Map<string, EntityRef>();
  for (const a of [...invited, ...presenters]) if (!away.has(a.person.id)) present.set(a.person.id, a.person);
  return [...present.values()].sort(byName);
}

const FIELD = "meetingAttendance";

export const question = defineQuestion("meeting-attendance", FIELD, {
  args: meetingAttendanceArgs,
  params: (args) => ({ id: args.id }),
  answer(row: MeetingRow, args, entry): MeetingAttendance {
    const meeting = requireEntity(FIELD, args.id, row.meeting, entry.subject.types);
    const sortBy = (list: Attendee[]) => list.sort((x, y) => byName(x.person, y.person));
    const invited = sortBy(row.listed.filter((a) => a.list === "INVITED_TO").map((a) => attendee(meeting, a)));
    const absent = sortBy(row.listed.filter((a) => a.list === "ABSENT_FROM").map((a) => attendee(meeting, a)));
    const firstPresentation = new Map<string, RawAttendee>();
    for (const a of row.presenters) if (!firstPresentation.has(a.person.id)) firstPresentation.set(a.person.id, a);
    const presenters = sortBy([...firstPresentation.values()].map((a) => attendee(meeting, a)));
    const forums = new RefIndex([meeting, ...row.forums.map((f) => f.node)]);
    return {
      meeting,
      date: row.date,
      month: row.month,
      startTime: row.startTime,
      endTime: row.endTime,
      location: row.location,
      format: row.format,
      forums: row.forums.map((f) => forums.step(f.step)),
      invited,
      absent,
      presenters,
      presumedPresent: presumedPresent(invited, presenters, absent),
      sources: row.sources,
    };
  },
});
