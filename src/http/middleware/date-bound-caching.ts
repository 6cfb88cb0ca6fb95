/**
 * Answers hold as of a date, and a question asked without one answers for today (Europe/Stockholm,
 * src/time/clock.ts). So a cached answer must not outlive the day: a response's `max-age` and
 * `s-maxage` are capped at the seconds left until the next Stockholm midnight, and the day is one
 * of the ETag's inputs (conditional-get.ts), so a validator from yesterday never matches today.
 * Last-Modified stays the graph's: a client that revalidates with If-Modified-Since alone (no
 * If-None-Match) after midnight can still get a 304 for yesterday's answer.
 * Applied to every cacheable read, not only those without a date: the cap costs at most one
 * revalidation a day, and telling which GraphQL reads depend on today would need the parsed query.
 */
import { now, secondsUntilStockholmMidnight, today } from "../../time/clock.js";

/** The Cache-Control value with its max-age and s-maxage no longer than the rest of the day in Stockholm. */
export function capAtMidnight(cacheControl: string, instant: Date = now()): string {
  const left = secondsUntilStockholmMidnight(instant);
  return cacheControl.replace(/\b(max-age|s-maxage)=(\d+)/g, (_, name: string, seconds: string) => `${name}=${Math.min(Number(seconds), left)}`);
}

/** The calendar day the answers default to, as an input of the ETag. */
export const answerDay = (): string => today();

