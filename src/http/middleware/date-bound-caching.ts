/**
 * Answers hold as of a date, and a question asked without one answers for today (Europe/Stockholm,
 * src/time/clock.ts). So a cached answer must not outlive the day: a response's `max-age` and
 * `s-maxage` are capped at the seconds left until the next Stockholm midnight, and the day is one
 * of the ETag's inputs (conditional-get.ts), so a validator from yesterday never matches today;
 * Last-Modified is never before the day's start, so If-Modified-Since cannot revive yesterday's answer.
 * Applied to every cacheable read, not only those without a date: the cap costs at most one
 * revalidation a day, and telling which GraphQL reads depend on today would need the parsed query.
 */
import { now, secondsUntilStockholmMidnight, stockholmOffset, today } from "../../time/clock.js";

/** The Cache-Control value with its max-age and s-maxage no longer than the rest of the day in Stockholm. */
export function capAtMidnight(cacheControl: string, instant: Date = now()): string {
  const left = secondsUntilStockholmMidnight(instant);
  return cacheControl.replace(/\b(max-age|s-maxage)=(\d+)/g, (_, name: string, seconds: string) => `${name}=${Math.min(Number(seconds), left)}`);
}

/** The calendar day the answers default to, as an input of the ETag. */
export const answerDay = (): string => today();

/** A Last-Modified no earlier than the start of today in Stockholm (answers for today are new each day). */
export function notBeforeToday(lastModified: Date | undefined): Date {
  const day = answerDay();
  const start = new Date(`${day}T00:00:00${stockholmOffset(day, "00:00")}`);
  return lastModified && lastModified > start ? lastModified : start;
}
