/**
 * Calendar dates as the documents give them: a day, or only a month or a year. A partial date
 * covers a period (2022 covers 2022-01-01 to 2022-12-31), so "on or before", "after" and
 * "within" are asked of its first and last day. Plain functions on ISO text (YYYY-MM-DD sorts in
 * time order), no time zones: a calendar date is the same everywhere.
 */
export type Precision = "DAY" | "MONTH" | "YEAR";

/** A date as far as it is known: `date` is the first day of the period when precision is MONTH or YEAR. */
export interface PartialDate {
  date: string;
  precision: Precision;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is YYYY-MM-DD and the day exists (2025-02-30 does not). */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A stored date with its precision field (absent precision: the day). */
export function partial(date: string | null | undefined, precision?: string | null): PartialDate | null {
  if (!date) return null;
  const p: Precision = precision === "YEAR" || precision === "MONTH" ? precision : "DAY";
  return { date: firstDayOf(date.slice(0, 10), p), precision: p };
}

/** "2022-02-14" (DAY), "2022-02" (MONTH) or "2022" (YEAR) to a partial date. */
export function parsePartial(text: string | null | undefined): PartialDate | null {
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { date: text, precision: "DAY" };
  if (/^\d{4}-\d{2}$/.test(text)) return { date: `${text}-01`, precision: "MONTH" };
  if (/^\d{4}$/.test(text)) return { date: `${text}-01-01`, precision: "YEAR" };
  return null;
}

function firstDayOf(date: string, precision: Precision): string {
  if (precision === "YEAR") return `${date.slice(0, 4)}-01-01`;
  if (precision === "MONTH") return `${date.slice(0, 7)}-01`;
  return date;
}

/** The first day a partial date covers. */
export const firstDay = (d: PartialDate): string => firstDayOf(d.date, d.precision);

/** The last day a partial date covers: the day itself, or the end of its month or year. */
export function lastDay(d: PartialDate): string {
  const y = Number(d.date.slice(0, 4));
  if (d.precision === "YEAR") return `${y}-12-31`;
  if (d.precision === "MONTH") {
    const m = Number(d.date.slice(5, 7));
    return `${d.date.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, "0")}`;
  }
  return d.date;
}

/** The date as precisely as known: YYYY-MM-DD, YYYY-MM or YYYY (sorts in time order). */
export function keyOf(d: PartialDate): string {
  return d.precision === "YEAR" ? d.date.slice(0, 4) : d.precision === "MONTH" ? d.date.slice(0, 7) : d.date;
}

/** Whether the day `day` lies within the period the partial date covers. */
export const covers = (d: PartialDate, day: string): boolean => firstDay(d) <= day && day <= lastDay(d);

/** The day after / before a day. */
export function addDays(day: string, n: number): string {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The same day `n` months later (the last day of the month when that month is shorter). */
export function addMonths(day: string, n: number): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + n;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12 + 1;
  const d = Math.min(Number(day.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The later (or earlier) of partial dates, by their last (first) day; nulls ignored. */
export function latest(dates: readonly (PartialDate | null | undefined)[]): PartialDate | null {
  let best: PartialDate | null = null;
  for (const d of dates) if (d && (!best || lastDay(d) > lastDay(best))) best = d;
  return best;
}

export function earliest(dates: readonly (PartialDate | null | undefined)[]): PartialDate | null {
  let best: PartialDate | null = null;
  for (const d of dates) if (d && (!best || firstDay(d) < firstDay(best))) best = d;
  return best;
}

const MONTHS_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

/** In Swedish words, as precisely as known: "2024-12-31", "december 2022", "2022". */
export function dateWords(d: PartialDate | null | undefined): string {
  if (!d) return "okänt datum";
  if (d.precision === "YEAR") return d.date.slice(0, 4);
  if (d.precision === "MONTH") return `${MONTHS_SV[Number(d.date.slice(5, 7)) - 1]} ${d.date.slice(0, 4)}`;
  return d.date;
}
