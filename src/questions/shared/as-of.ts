/**
 * What an answer "as of a date" keeps (docs/time.md): a fact dated after the date is not yet
 * known on it, so nothing is projected backwards. A fact dated only by its month or year counts
 * from that period's first day; an undated fact is kept, since no date holds it back.
 */
import { firstDay, parsePartial } from "../../time/calendar.js";

/** Whether a fact dated `date` (YYYY-MM-DD, YYYY-MM, YYYY or null) is stated on or before `asOf`. */
export function statedBy(date: string | null | undefined, asOf: string): boolean {
  const d = parsePartial(date?.slice(0, 10));
  return !d || firstDay(d) <= asOf;
}

/** The earliest of the dates of a fact's source documents (full dates or years), as text; null when none. */
export function earliestSourceDate(dates: readonly (string | null)[]): string | null {
  const known = dates.map((d) => parsePartial(d)).filter((d) => d !== null);
  known.sort((a, b) => (firstDay(a) < firstDay(b) ? -1 : firstDay(a) > firstDay(b) ? 1 : 0));
  const first = known[0];
  if (!first) return null;
  return first.precision === "YEAR" ? first.date.slice(0, 4) : first.precision === "MONTH" ? first.date.slice(0, 7) : first.date;
}

/** Whether a fact is stated on or before `asOf` by its sources: one of them is dated by then, or none carries a date. */
export function sourcesStatedBy(sources: readonly { document: { date?: string | null } }[], asOf: string): boolean {
  const dates = sources.map((s) => s.document.date ?? null).filter((d): d is string => !!d);
  return dates.length === 0 || dates.some((d) => statedBy(d, asOf));
}
