/**
 * Swedish dates and times as documents write them, with their precision. A small regex layer
 * finds candidates; date-fns with the `sv` locale validates day-month-year combinations (it
 * rejects "31 februari"). A date the text does not give is left out, never guessed: a missing
 * year is taken only from the context year the caller passes (title, URL or a dated line).
 */
import { isValid, parse as parseDate, format } from "date-fns";
import { sv } from "date-fns/locale";

export type DatePrecision = "DAY" | "MONTH" | "YEAR" | "SEASON";

export interface FoundDate {
  /** The text as written, verbatim. */
  text: string;
  /** YYYY-MM-DD (DAY), YYYY-MM (MONTH) or YYYY (YEAR/SEASON). */
  value: string;
  precision: DatePrecision;
  /** End of a range ("februari - mars 2023", "13-14 juni 2022"). */
  endValue?: string;
  /** "14:00" style start and end times attached to the date ("sept kl 14:00-15:30"). */
  startTime?: string;
  endTime?: string;
  /** The year came from the context (title, URL, dated line), not from this passage. */
  yearFromContext?: boolean;
  /** Offset in the searched text. An empty `value` means: day given, but no year known (not guessed). */
  index: number;
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, mars: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augusti: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const SEASONS = ["våren", "sommaren", "hösten", "vintern"];

const MONTH_RE = "(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?";
const pad = (n: number) => String(n).padStart(2, "0");

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")];
}

/** Validates a calendar date through date-fns (sv); undefined for impossible dates. */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const d = parseDate(`${day} ${month} ${year}`, "d M yyyy", new Date(2000, 0, 1), { locale: sv });
  return isValid(d) && d.getFullYear() === year ? format(d, "yyyy-MM-dd") : undefined;
}

/** "13.05" or "14:00" → "13:05"; undefined for impossible times. */
export function clock(text: string): string | undefined {
  const m = /^(\d{1,2})[.:](\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? `${pad(h)}:${pad(min)}` : undefined;
}

export interface TimeRange {
  text: string;
  start: string;
  end?: string;
}

/** "kl. 13.05 – 13.40", "Tid: 13.00-15.00", "kl 14:00-15:30". */
export function findTimeRanges(text: string): TimeRange[] {
  const out: TimeRange[] = [];
  const re = /(?:kl\.?\s*|Tid:\s*)(\d{1,2}[.:]\d{2})(?:\s*[-–—]\s*(\d{1,2}[.:]\d{2}))?/gi;
  for (const m of text.matchAll(re)) {
    const start = clock(m[1]!);
    if (!start) continue;
    out.push({ text: m[0], start, end: m[2] ? clock(m[2]) : undefined });
  }
  return out;
}

/**
 * Every date in `text`. `contextYear` fills in a year that the passage leaves out ("19 januari");
 * without it such a date is reported with no value (text only), never guessed. `latest` bounds
 * a date completed with the context year: one that would fall after it gets no value either.
 */
export function findDates(text: string, contextYear?: number, latest?: string): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => !taken.some(([a, b]) => start < b && end > a);
  const add = (m: RegExpMatchArray, date: Omit<FoundDate, "text" | "index">, extra = 0) => {
    const start = m.index!;
    const end = start + m[0].length + extra;
    if (!free(start, end)) return;
    taken.push([start, end]);
    const bounded = date.yearFromContext && latest && date.value && date.value.slice(0, latest.length) > latest.slice(0, date.value.length);
    found.push({ text: text.slice(start, end).trim(), index: start, ...date, ...(bounded ? { value: "", yearFromContext: undefined } : {}) });
  };
  const time = (after: string) => {
    const t = /^,?\s*(?:kl\.?\s*)(\d{1,2}[.:]\d{2})(?:\s*[-–—]\s*(\d{1,2}[.:]\d{2}))?/i.exec(after);
    return t ? { startTime: clock(t[1]!), endTime: t[2] ? clock(t[2]) : undefined, length: t[0].length } : undefined;
  };

  // ISO dates, not part of a longer number or a year range ("2018-2020").
  for (const m of text.matchAll(/(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/g)) {
    const v = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (v) add(m, { value: v, precision: "DAY" });
  }
  // YY-MM-DD at the start of a line or link text ("24-11-25 Mötesanteckning").
  for (const m of text.matchAll(/(?<![\d-])(\d{2})-(\d{2})-(\d{2})(?![\d-])/g)) {
    const v = isoDay(2000 + Number(m[1]), Number(m[2]), Number(m[3]));
    if (v) add(m, { value: v, precision: "DAY" });
  }
  // YYYYMMDD in a heading or file name: "SKARABORG 20150909" (1990–2040, a valid day).
  for (const m of text.matchAll(/(?<![\d-])((?:19|20)\d{2})(\d{2})(\d{2})(?![\d-])/g)) {
    const v = Number(m[1]) >= 1990 && Number(m[1]) <= 2040 ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
    if (v) add(m, { value: v, precision: "DAY" });
  }
  // Day range + month + year: "13-14 juni 2022".
  for (const m of text.matchAll(new RegExp(`(?<![\\d])(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s+${MONTH_RE}\\s+(\\d{4})`, "gi"))) {
    const month = monthNumber(m[3]!)!;
    const v = isoDay(Number(m[4]), month, Number(m[1]));
    const e = isoDay(Number(m[4]), month, Number(m[2]));
    if (v && e) add(m, { value: v, endValue: e, precision: "DAY" });
  }
  // Day + month (+ year), optionally with a weekday and a time: "30 januari 2025", "19 januari", "16 sept kl 14:00-15:30".
  for (const m of text.matchAll(new RegExp(`(?<![\\d/.])(\\d{1,2})\\s+${MONTH_RE}(?:,?\\s+(\\d{4}))?(?![a-zåäö])`, "gi"))) {
    const month = monthNumber(m[2]!)!;
    const explicitYear = m[3] ? Number(m[3]) : undefined;
    const year = explicitYear ?? contextYear;
    const t = time(text.slice(m.index! + m[0].length));
    const extra = t?.length ?? 0;
    if (year === undefined) {
      add(m, { value: "", precision: "DAY", startTime: t?.startTime, endTime: t?.endTime }, extra);
      continue;
    }
    const v = isoDay(year, month, Number(m[1]));
    if (v) add(m, { value: v, precision: "DAY", yearFromContext: explicitYear === undefined, startTime: t?.startTime, endTime: t?.endTime }, extra);
  }
  // Month range + year: "februari - mars 2023", "mars-maj 2022" (not "13 mars - 2 maj 2022": those are days).
  for (const m of text.matchAll(new RegExp(`(?<!\\d\\s?)(?<![\\p{L}])${MONTH_RE}\\s*[-–]\\s*${MONTH_RE}\\s+(\\d{4})`, "giu"))) {
    add(m, { value: `${m[3]}-${pad(monthNumber(m[1]!)!)}`, endValue: `${m[3]}-${pad(monthNumber(m[2]!)!)}`, precision: "MONTH" });
  }
  // Month + year: "december 2016", "i mars 2025".
  for (const m of text.matchAll(new RegExp(`(?<![\\d]\\s)(?<![\\d])\\b${MONTH_RE},?\\s+(\\d{4})(?![\\d])`, "gi"))) {
    add(m, { value: `${m[2]}-${pad(monthNumber(m[1]!)!)}`, precision: "MONTH" });
  }
  // A month with no day or year, with a time: "sept kl 14:00-15:30" (the day is missing: not guessed).
  for (const m of text.matchAll(new RegExp(`(?<![\\d]\\s)(?<![\\wåäö])${MONTH_RE}\\s+kl\\.?\\s*(\\d{1,2}[.:]\\d{2})(?:\\s*[-–]\\s*(\\d{1,2}[.:]\\d{2}))?`, "gi"))) {
    const month = monthNumber(m[1]!)!;
    add(m, { value: contextYear ? `${contextYear}-${pad(month)}` : "", precision: "MONTH", yearFromContext: contextYear !== undefined, startTime: clock(m[2]!), endTime: m[3] ? clock(m[3]) : undefined });
  }
  // Season + year: "hösten 2019".
  for (const m of text.matchAll(new RegExp(`\\b(${SEASONS.join("|")})\\s+(\\d{4})\\b`, "gi"))) {
    add(m, { value: m[2]!, precision: "SEASON" });
  }
  // Day/month: "1/7" (needs a context year).
  for (const m of text.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g)) {
    const v = contextYear ? isoDay(contextYear, Number(m[2]), Number(m[1])) : undefined;
    if (v) add(m, { value: v, precision: "DAY", yearFromContext: true });
    else if (!contextYear && Number(m[2]) <= 12 && Number(m[1]) <= 31) add(m, { value: "", precision: "DAY" });
  }
  return found.sort((a, b) => a.index - b.index);
}

export interface FoundPeriod {
  text: string;
  from: FoundDate;
  to: FoundDate;
  index: number;
}

/**
 * Two dates joined into a period: "från den 1 april 2017 till den 31 december 2020", "1 januari
 * 2023 till 1 januari 2027", "2017-04-01 – 2020-12-31", "februari - mars 2023". Both ends are kept.
 */
export function findPeriods(text: string, contextYear?: number, latest?: string): FoundPeriod[] {
  const dates = findDates(text, contextYear, latest).filter((d) => d.value);
  const out: FoundPeriod[] = [];
  for (const d of dates) {
    if (d.endValue) out.push({ text: d.text, from: d, to: { ...d, value: d.endValue }, index: d.index });
  }
  for (let i = 0; i + 1 < dates.length; i++) {
    const [a, b] = [dates[i]!, dates[i + 1]!];
    const between = text.slice(a.index + a.text.length, b.index);
    if (!/^\s*(?:till och med|t\.?\s?o\.?\s?m\.?|till|[-–—])\s*(?:den\s+)?$/i.test(between)) continue;
    const start = /(?:från och med|fr\.?\s?o\.?\s?m\.?|från)\s+(?:den\s+)?$/i.exec(text.slice(0, a.index));
    const index = start ? start.index : a.index;
    out.push({ text: text.slice(index, b.index + b.text.length), from: a, to: b, index });
  }
  return out.sort((x, y) => x.index - y.index);
}

/** "2018-2020", "2017–2020", "2012-2016.pdf": a period of whole years (not a date). */
export function findYearRanges(text: string): { text: string; from: number; to: number; index: number }[] {
  const out: { text: string; from: number; to: number; index: number }[] = [];
  for (const m of text.matchAll(/(?<![\d-])((?:19|20)\d{2})\s?[-–]\s?((?:19|20)\d{2})(?![\d-])/g)) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (to > from && to - from <= 12) out.push({ text: m[0], from, to, index: m.index! });
  }
  return out;
}

/** The first full date (with a year) in a text, e.g. for a title or a "Datum:" line. */
export function firstFullDate(text: string): string | undefined {
  return findDates(text).find((d) => d.precision === "DAY" && d.value && !d.yearFromContext)?.value;
}
