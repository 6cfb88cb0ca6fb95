/** Dates of the analyst answers: ISO strings with a precision, and interval overlap for windows. */
export type Precision = "DAY" | "MONTH" | "YEAR";

export interface Dated {
  date: string | null;
  endDate?: string | null;
  precision: Precision | null;
}

/** "2022-02-14" (DAY), "2022-02" (MONTH, first day) or "2022" (YEAR, first day) to a dated value. */
export function parsePartialDate(value: string | null | undefined): { date: string; precision: Precision } | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { date: value, precision: "DAY" };
  if (/^\d{4}-\d{2}$/.test(value)) return { date: `${value}-01`, precision: "MONTH" };
  if (/^\d{4}$/.test(value)) return { date: `${value}-01-01`, precision: "YEAR" };
  return null;
}

/** The last day a dated value covers: its end date, or the end of its month or year. */
export function lastDay(d: Dated): string | null {
  if (!d.date) return null;
  if (d.endDate) return d.endDate;
  const [y, m] = d.date.split("-").map(Number) as [number, number];
  if (d.precision === "YEAR") return `${y}-12-31`;
  if (d.precision === "MONTH") return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return d.date;
}

/** Whether a dated value overlaps the window [from, to] (both inclusive, both optional). Undated values only pass without a window. */
export function inWindow(d: Dated, from: string | null | undefined, to: string | null | undefined): boolean {
  if (!from && !to) return true;
  if (!d.date) return false;
  const end = lastDay(d)!;
  return (!from || end >= from) && (!to || d.date <= to);
}

/** Date order, undated last. */
export function byDate(a: Dated, b: Dated): number {
  if (a.date === b.date) return 0;
  if (!a.date) return 1;
  if (!b.date) return -1;
  return a.date < b.date ? -1 : 1;
}
