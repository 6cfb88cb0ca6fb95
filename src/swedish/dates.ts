/**
 * Dates and periods in Swedish text, each as the span it was read from and an inclusive period
 * (`from`/`to`, YYYY-MM-DD, null when open): "30 januari 2025", "30/1 2025", "2025-01-30",
 * "januari 2025", "i januari" (the year taken from the reference date, and marked so), "våren
 * 2025", "under 2022", "2018–2021", "mars–maj 2022", "8–9 juni 2025", "efter mars 2025", "före
 * 2023", "sedan 2022", "idag", "förra året", "i år", "nu". A date is never guessed from a number
 * that is not written as one. Hand-written: chrono-node's Swedish locale reads only day dates of
 * these (docs/ask.md, "Choosing the parts").
 */
import { fold } from "./text.js";

export type PeriodPrecision = "day" | "month" | "season" | "year" | "range";
export type PeriodRelation = "in" | "after" | "before" | "from" | "until";

export interface DatePhrase {
  /** The span of the text it was read from (prepositions included). */
  start: number;
  end: number;
  text: string;
  from: string | null;
  to: string | null;
  precision: PeriodPrecision;
  relation: PeriodRelation;
  /** The year was not written: it was taken from the reference date. */
  yearFromContext: boolean;
  /** Relative to the reference date ("idag", "förra året"). */
  relative: boolean;
  /** Written as a date that does not exist ("30 februari 2025"): from and to are null. */
  invalid: boolean;
}

export const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
const SHORT_MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12 };
const MONTH_NUMBER: Record<string, number> = { ...Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])), ...SHORT_MONTHS };

const FULL = MONTHS.join("|");
const ANY_MONTH = `${FULL}|${Object.keys(SHORT_MONTHS).join("|")}`;
const YEAR = "(?:19|20)\\d{2}";
const DASH = "\\s*(?:-|–|—|till)\\s*";

interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const parseIso = (s: string): Day => ({ y: Number(s.slice(0, 4)), m: Number(s.slice(5, 7)), d: Number(s.slice(8, 10)) });
const shift = (s: string, days: number): string => new Date(Date.parse(`${s}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);

/** Month bounds; months past 12 or before 1 roll into the next or previous year. */
function monthPeriod(y: number, m: number): [string, string] {
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((((m - 1) % 12) + 12) % 12) + 1;
  return [iso(yy, mm, 1), iso(yy, mm, daysIn(yy, mm))];
}

/** A year for a month written without one: this year's if it has begun, else last year's. */
function yearFor(month: number, ref: Day): number {
  return month <= ref.m ? ref.y : ref.y - 1;
}

const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

const SEASONS: Record<string, { first: number; months: number }> = {
  var: { first: 3, months: 3 },
  varen: { first: 3, months: 3 },
  sommar: { first: 6, months: 3 },
  sommaren: { first: 6, months: 3 },
  host: { first: 9, months: 3 },
  hosten: { first: 9, months: 3 },
  vinter: { first: 12, months: 3 },
  vintern: { first: 12, months: 3 },
};

type Found = Omit<DatePhrase, "relation" | "text" | "start" | "end" | "invalid"> & { index: number; length: number; invalid?: boolean };
type Reader = { pattern: RegExp; read(m: RegExpExecArray, ref: Day): Omit<Found, "index" | "length"> | null };

const period = (from: string, to: string, precision: PeriodPrecision, yearFromContext = false, relative = false) => ({ from, to, precision, yearFromContext, relative });
/** A day that does not exist: read (so that no other reader takes its month), but with no period. */
const NO_DAY = { from: null, to: null, precision: "day" as const, yearFromContext: false, relative: false, invalid: true };

/** Readers in order: longer and more specific forms first; a later reader skips text already read. */
const READERS: Reader[] = [
  {
    // 8–9 juni 2025
    pattern: new RegExp(`\\b(\\d{1,2})${DASH}(\\d{1,2})\\s+(${ANY_MONTH})\\.?(?:\\s+(${YEAR}))?\\b`, "g"),
    read(m, ref) {
      const month = MONTH_NUMBER[m[3]!]!;
      const y = m[4] ? Number(m[4]) : yearFor(month, ref);
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (!validDay(y, month, a) || !validDay(y, month, b) || a > b) return null;
      return period(iso(y, month, a), iso(y, month, b), "range", !m[4]);
    },
  },
  {
    // mars–maj 2022
    pattern: new RegExp(`\\b(${FULL})${DASH}(${FULL})\\s+(${YEAR})\\b`, "g"),
    read(m) {
      const y = Number(m[3]);
      const [a, b] = [MONTH_NUMBER[m[1]!]!, MONTH_NUMBER[m[2]!]!];
      return a <= b ? period(monthPeriod(y, a)[0], monthPeriod(y, b)[1], "range") : null;
    },
  },
  {
    // mellan mars och maj 2022, från mars till maj 2022
    pattern: new RegExp(`\\b(?:mellan|fran)\\s+(${FULL})(?:\\s+(${YEAR}))?\\s+(?:och|till)\\s+(${FULL})\\s+(${YEAR})\\b`, "g"),
    read(m) {
      const [y1, y2] = [Number(m[2] ?? m[4]), Number(m[4])];
      const from = monthPeriod(y1, MONTH_NUMBER[m[1]!]!)[0];
      const to = monthPeriod(y2, MONTH_NUMBER[m[3]!]!)[1];
      return from <= to ? period(from, to, "range") : null;
    },
  },
  {
    // 2018–2021, mellan 2021 och 2023, från 2021 till 2023
    pattern: new RegExp(`\\b(?:(?:mellan|fran)\\s+)?(${YEAR})(?:${DASH}|\\s+och\\s+)(${YEAR})\\b`, "g"),
    read(m) {
      const [a, b] = [Number(m[1]), Number(m[2])];
      return a <= b ? period(iso(a, 1, 1), iso(b, 12, 31), "range") : null;
    },
  },
  {
    // 2025-01-30
    pattern: new RegExp(`\\b(${YEAR})-(\\d{1,2})-(\\d{1,2})\\b`, "g"),
    read(m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return validDay(y, mo, d) ? period(iso(y, mo, d), iso(y, mo, d), "day") : NO_DAY;
    },
  },
  {
    // 20250130 (as in document titles)
    pattern: new RegExp(`\\b(${YEAR})(\\d{2})(\\d{2})\\b`, "g"),
    read(m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return validDay(y, mo, d) ? period(iso(y, mo, d), iso(y, mo, d), "day") : null;
    },
  },
  {
    // 30/1 2025, 30/1-2025, 30/1/25, 30/1
    pattern: /\b(\d{1,2})\/(\d{1,2})(?:(?:\s+|\s*-\s*|\/)((?:19|20)\d{2}|\d{2})(?!\d))?/g,
    read(m, ref) {
      const [d, mo] = [Number(m[1]), Number(m[2])];
      const y = m[3] ? fullYear(m[3]) : yearFor(mo, ref);
      return validDay(y, mo, d) ? period(iso(y, mo, d), iso(y, mo, d), "day", !m[3]) : mo >= 1 && mo <= 12 && d >= 1 ? NO_DAY : null;
    },
  },
  {
    // den 30 januari 2025, 30 jan. 2025, 30:e januari
    pattern: new RegExp(`\\b(?:den\\s+)?(\\d{1,2})(?::[ae]|\\.)?\\s+(${ANY_MONTH})\\.?(?:\\s+(${YEAR}))?\\b`, "g"),
    read(m, ref) {
      const mo = MONTH_NUMBER[m[2]!]!;
      const d = Number(m[1]);
      const y = m[3] ? Number(m[3]) : yearFor(mo, ref);
      return validDay(y, mo, d) ? period(iso(y, mo, d), iso(y, mo, d), "day", !m[3]) : d >= 1 && d <= 31 ? NO_DAY : null;
    },
  },
  {
    // januari 2025, jan 2025
    pattern: new RegExp(`\\b(${ANY_MONTH})\\.?\\s+(${YEAR})\\b`, "g"),
    read(m) {
      const [from, to] = monthPeriod(Number(m[2]), MONTH_NUMBER[m[1]!]!);
      return period(from, to, "month");
    },
  },
  {
    // våren 2025, hösten 2019, vintern 2024 (december to february), våren (this year's or last)
    pattern: new RegExp(`\\b(varen|sommaren|hosten|vintern|var|sommar|host|vinter)(?:\\s+(${YEAR}))?\\b`, "g"),
    read(m, ref) {
      const season = SEASONS[m[1]!]!;
      // "var", "host", "sommar", "vinter" alone are other words ("var" = was): only with a year.
      if (!m[2] && !m[1]!.endsWith("en")) return null;
      const y = m[2] ? Number(m[2]) : ref.m >= season.first ? ref.y : ref.y - 1;
      const from = monthPeriod(y, season.first)[0];
      const to = monthPeriod(y, season.first + season.months - 1)[1];
      return period(from, to, "season", !m[2]);
    },
  },
  {
    // i januari: a month name alone (never an abbreviation: "jan" is also a name)
    pattern: new RegExp(`\\b(${FULL})\\b`, "g"),
    read(m, ref) {
      const mo = MONTH_NUMBER[m[1]!]!;
      const [from, to] = monthPeriod(yearFor(mo, ref), mo);
      return period(from, to, "month", true);
    },
  },
  {
    pattern: new RegExp(`(?<![\\d/-])(${YEAR})(?![\\d/]|-\\d)`, "g"),
    read: (m) => period(iso(Number(m[1]), 1, 1), iso(Number(m[1]), 12, 31), "year"),
  },
  {
    pattern: /\b(i dag|idag|i gar|igar|i morgon|imorgon|just nu|for narvarande|nu|i ar|forra aret|i fjol|ifjol|nasta ar|forra manaden|den har manaden|denna manad|nasta manad|i hostas|i varas)\b/g,
    read(m, ref) {
      const today = iso(ref.y, ref.m, ref.d);
      const day = (s: string) => period(s, s, "day", false, true);
      const year = (y: number) => period(iso(y, 1, 1), iso(y, 12, 31), "year", false, true);
      const month = (offset: number) => {
        const [from, to] = monthPeriod(ref.y, ref.m + offset);
        return period(from, to, "month", false, true);
      };
      switch (m[1]) {
        case "i gar":
        case "igar":
          return day(shift(today, -1));
        case "i morgon":
        case "imorgon":
          return day(shift(today, 1));
        case "i ar":
          return year(ref.y);
        case "forra aret":
        case "i fjol":
        case "ifjol":
          return year(ref.y - 1);
        case "nasta ar":
          return year(ref.y + 1);
        case "forra manaden":
          return month(-1);
        case "den har manaden":
        case "denna manad":
          return month(0);
        case "nasta manad":
          return month(1);
        case "i hostas":
          return period(iso(ref.m >= 9 ? ref.y : ref.y - 1, 9, 1), iso(ref.m >= 9 ? ref.y : ref.y - 1, 11, 30), "season", false, true);
        case "i varas":
          return period(iso(ref.m >= 3 ? ref.y : ref.y - 1, 3, 1), iso(ref.m >= 3 ? ref.y : ref.y - 1, 5, 31), "season", false, true);
        default:
          return day(today);
      }
    },
  },
];

/** Words before a date that make it a bound, longest first; "i", "under", "den", "på" only join the phrase. */
const RELATIONS: [RegExp, PeriodRelation][] = [
  [/(?:fran och med|fr\.?\s*o\.?\s*m\.?|sedan|fran|alltsedan)\s+$/, "from"],
  [/(?:till och med|t\.?\s*o\.?\s*m\.?|fram till|senast|till)\s+$/, "until"],
  [/(?:efter|senare an)\s+$/, "after"],
  [/(?:fore|innan|tidigare an)\s+$/, "before"],
  [/(?:under|i|pa|den|vid|per|om)\s+$/, "in"],
];

function withRelation(found: Found, folded: string, original: string): DatePhrase {
  const before = folded.slice(Math.max(0, found.index - 24), found.index);
  let start = found.index;
  let relation: PeriodRelation = "in";
  for (const [pattern, r] of RELATIONS) {
    const m = pattern.exec(before);
    if (m) {
      start = found.index - m[0].length;
      relation = r;
      break;
    }
  }
  let { from, to } = found;
  if (found.invalid) relation = "in";
  else if (relation === "after") [from, to] = [to ? shift(to, 1) : null, null];
  else if (relation === "before") [from, to] = [null, from ? shift(from, -1) : null];
  else if (relation === "from") to = null;
  else if (relation === "until") from = null;
  const end = found.index + found.length;
  const invalid = found.invalid === true;
  return { start, end, text: original.slice(start, end), from, to, precision: found.precision, relation, yearFromContext: found.yearFromContext, relative: found.relative, invalid };
}

/**
 * Every date or period of the text, in order of place. `today` (YYYY-MM-DD) is the reference for
 * relative words and for a year left out.
 */
export function readDates(text: string, today: string): DatePhrase[] {
  const folded = fold(text);
  const ref = parseIso(today);
  const taken: Found[] = [];
  const free = (i: number, j: number) => taken.every((t) => j <= t.index || i >= t.index + t.length);
  for (const reader of READERS) {
    for (const m of folded.matchAll(reader.pattern)) {
      const [i, j] = [m.index, m.index + m[0].length];
      if (!free(i, j)) continue;
      const read = reader.read(m as RegExpExecArray, ref);
      if (read) taken.push({ ...read, index: i, length: j - i });
    }
  }
  return taken.sort((a, b) => a.index - b.index).map((f) => withRelation(f, folded, text));
}

/** Whether a period (bounds inclusive, null open) holds a day or overlaps another period. */
export function overlaps(a: { from: string | null; to: string | null }, b: { from: string | null; to: string | null }): boolean {
  return (a.from === null || b.to === null || a.from <= b.to) && (a.to === null || b.from === null || b.from <= a.to);
}

/** A known date of the graph (YYYY-MM-DD, YYYY-MM or YYYY, cut to its precision) as a period. */
export function periodOfDate(date: string): { from: string; to: string } {
  if (/^\d{4}$/.test(date)) return { from: `${date}-01-01`, to: `${date}-12-31` };
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [from, to] = monthPeriod(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
    return { from, to };
  }
  return { from: date.slice(0, 10), to: date.slice(0, 10) };
}

/** The period is one that a date of this precision lies within for certain (not only possibly). */
export function within(date: string, p: { from: string | null; to: string | null }): boolean {
  const d = periodOfDate(date);
  return (p.from === null || p.from <= d.from) && (p.to === null || d.to <= p.to);
}
