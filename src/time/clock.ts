/**
 * "Today": the calendar date in Europe/Stockholm, where the documents' dates are written. Every
 * answer that holds "as of today" asks this clock, so tests and demonstrations can set it:
 * `NOW=2025-06-01` (that day at noon, Stockholm time) or `NOW=2025-06-01T23:30:00+02:00` (an
 * instant). The variable is read on every call, so a test may change it between requests.
 */
import { z } from "zod";
import { isCalendarDate } from "./calendar.js";

export const TIME_ZONE = "Europe/Stockholm";

const nowSetting = z.union([
  z.string().refine(isCalendarDate, "expected a calendar date YYYY-MM-DD or an ISO instant with its offset"),
  z.iso.datetime({ offset: true }),
]);

/** Checks a NOW setting (start-up validates the environment with this). */
export function checkNowSetting(value: string): string | null {
  const parsed = nowSetting.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? "invalid");
}

const stockholmParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

interface WallClock {
  date: string;
  time: string;
}

/** The date and time on a Stockholm wall clock at an instant. */
export function stockholmWallClock(instant: Date): WallClock {
  const parts = Object.fromEntries(stockholmParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}:${parts.second}` };
}

/** The UTC offset of Stockholm on a date at a wall-clock time, as "+01:00" or "+02:00". */
export function stockholmOffset(date: string, time = "12:00"): string {
  // Guess the instant as UTC, read the wall clock there, and correct by the difference once
  // (Stockholm's offset is whole hours; a time in the spring gap reads as the hour after).
  const guess = Date.parse(`${date}T${time}:00Z`);
  const wall = stockholmWallClock(new Date(guess));
  const wallMs = Date.parse(`${wall.date}T${wall.time}Z`);
  const offsetMin = Math.round((wallMs - guess) / 60_000);
  const sign = offsetMin < 0 ? "-" : "+";
  const abs = Math.abs(offsetMin);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** A Stockholm wall-clock date and time as an ISO date-time with its offset: 2025-01-30T13:00:00+01:00. */
export function stockholmDateTime(date: string, time: string): string {
  return `${date}T${time}:00${stockholmOffset(date, time)}`;
}

/** The present instant: NOW when set (a date means that day at noon in Stockholm), else the system clock. */
export function now(env: NodeJS.ProcessEnv = process.env): Date {
  const setting = env.NOW?.trim();
  if (!setting) return new Date();
  const problem = checkNowSetting(setting);
  if (problem) throw new Error(`NOW=${JSON.stringify(setting)}: ${problem}`);
  return new Date(isCalendarDate(setting) ? stockholmDateTime(setting, "12:00") : setting);
}

/** Today's calendar date in Stockholm (YYYY-MM-DD). */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  return stockholmWallClock(now(env)).date;
}

/** Whole seconds from an instant to the next midnight in Stockholm (at least 1). */
export function secondsUntilStockholmMidnight(instant: Date): number {
  const { date } = stockholmWallClock(instant);
  const next = new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const midnight = Date.parse(`${next}T00:00:00${stockholmOffset(next, "00:00")}`);
  return Math.max(1, Math.ceil((midnight - instant.getTime()) / 1000));
}
