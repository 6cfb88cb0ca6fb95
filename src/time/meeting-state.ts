/**
 * A meeting on a date: its recorded status (held, cancelled, planned) is what its source said on
 * the source's own date; on another date the state is derived. A planned meeting whose day has
 * passed with no record of it is OUTCOME_UNKNOWN ("genomfört? okänt"), never still planned.
 */
import { dateWords, firstDay, lastDay, partial, type PartialDate } from "./calendar.js";
import { stockholmDateTime, TIME_ZONE } from "./clock.js";

export type MeetingStateCode = "UPCOMING" | "HELD" | "CANCELLED" | "OUTCOME_UNKNOWN";

export interface MeetingFacts {
  status: string;
  date: string | null;
  month: string | null;
}

export interface MeetingStateOn {
  date: string;
  state: MeetingStateCode;
  explanation: string;
}

/** The meeting's day, or its month when only the month is known. */
export function meetingWhen(m: Pick<MeetingFacts, "date" | "month">): PartialDate | null {
  return partial(m.date) ?? (m.month ? partial(`${m.month}-01`, "MONTH") : null);
}

/** Whether the meeting may still lie ahead on `day` (its last possible day is not before it). */
export function isAhead(m: Pick<MeetingFacts, "date" | "month">, day: string): boolean {
  const when = meetingWhen(m);
  return when !== null && lastDay(when) >= day;
}

export function meetingStateOn(m: MeetingFacts, day: string): MeetingStateOn {
  const when = meetingWhen(m);
  const at = dateWords(when);
  if (m.status === "CANCELLED") return { date: day, state: "CANCELLED", explanation: `Mötet ${at} ställdes in enligt källorna.` };
  if (when && lastDay(when) >= day) {
    const held = m.status === "HELD" ? " (källorna säger att det genomfördes)" : "";
    const ahead = firstDay(when) > day ? `är efter ${day}` : firstDay(when) === lastDay(when) ? "är samma dag" : `kan ännu ligga framför ${day} (bara månaden är känd)`;
    return { date: day, state: "UPCOMING", explanation: `Mötet ${at} ${ahead}${held}.` };
  }
  if (m.status === "HELD") return { date: day, state: "HELD", explanation: `Mötet ${at} genomfördes enligt källorna.` };
  return { date: day, state: "OUTCOME_UNKNOWN", explanation: when ? `Planerat till ${at}; datumet har passerat och inget i källorna säger om mötet genomfördes.` : "Planerat utan känt datum; inget i källorna säger om mötet genomfördes." };
}

/** A meeting's start or end as an ISO date-time with Stockholm's offset, when its day and time are known. */
export function meetingDateTime(date: string | null, time: string | null): string | null {
  return date && time ? stockholmDateTime(date, time) : null;
}

export const MEETING_TIME_ZONE = TIME_ZONE;
