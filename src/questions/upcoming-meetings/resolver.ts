/**
 * A forum's upcoming meetings on a date: those whose day (or month) is not before it, earliest
 * first, each with its derived state (src/time/meeting-state.ts), its time with Stockholm's
 * offset and its planned points; and the planned meetings whose day passed unrecorded, which are
 * "genomfört? okänt", never still planned.
 */
import { z } from "zod";
import { requireEntity } from "../shared/errors.js";
import { defineQuestion } from "../shared/define.js";
import { asOfArg, idArg, intArg } from "../shared/input.js";
import { ref, type EntityRef, type Source } from "../shared/refs.js";
import { QUESTION_LIMITS } from "../../config/limits.js";
import { meetingDateTime, meetingStateOn, meetingWhen, MEETING_TIME_ZONE } from "../../time/meeting-state.js";
import type { ScheduledMeeting, UpcomingMeetings } from "../../generated/graphql.js";

const FIELD = "upcomingMeetings";
const { limit } = QUESTION_LIMITS.upcomingMeetings;

const args = z.object({ forum: idArg, asOf: asOfArg, limit: intArg(1, limit.max, limit.default) });

interface RawMeeting {
  meeting: EntityRef;
  ahead: boolean;
  status: string;
  date: string | null;
  month: string;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  items: EntityRef[];
  sources: Source[];
}

function scheduled(m: RawMeeting, asOf: string): ScheduledMeeting {
  const when = meetingWhen(m)!;
  const state = meetingStateOn({ status: m.status, date: m.date, month: m.month }, asOf);
  return {
    meeting: ref(m.meeting),
    date: when.date,
    precision: when.precision,
    state: state.state,
    explanation: state.explanation,
    startsAt: meetingDateTime(m.date, m.startTime),
    endsAt: meetingDateTime(m.date, m.endTime),
    timeZone: m.date && m.startTime ? MEETING_TIME_ZONE : null,
    location: m.location,
    items: m.items.map(ref),
    sources: m.sources,
  };
}

export const question = defineQuestion("upcoming-meetings", FIELD, {
  args,
  params: (a) => ({ id: a.forum, asOf: a.asOf }),
  answer(row: { forum: EntityRef | null; meetings: RawMeeting[] }, a, entry): UpcomingMeetings {
    const forum = requireEntity(FIELD, a.forum, row.forum, entry.subject.types);
    const ahead = row.meetings.filter((m) => m.ahead);
    const unrecorded = row.meetings.filter((m) => !m.ahead && m.status === "PLANNED").reverse();
    return {
      forum,
      asOf: a.asOf,
      meetings: ahead.slice(0, a.limit).map((m) => scheduled(m, a.asOf)),
      unrecorded: unrecorded.slice(0, a.limit).map((m) => scheduled(m, a.asOf)),
      truncated: ahead.length > a.limit || unrecorded.length > a.limit,
    };
  },
});
