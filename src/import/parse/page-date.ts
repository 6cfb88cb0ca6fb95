/**
 * The page's own date, and the year that a date written without one ("den 2 juni") takes.
 * Only the page's own date lines count, in this order: the date given with the document
 * (--date or the collected page's header), a "Publicerad" date, a "Datum:" line, a dated line
 * that names the document itself ("2021-11-19 Sammanställning från SRO, PowerPoint") or a
 * heading near the top ("Regionfullmäktige 30 januari 2018"), a date in the title, then the
 * year in the address ("/nyhetsarkiv-2022/"). "Senast uppdaterad" only bounds the year: a
 * year-less date takes its year only if that does not put it after the update. Other dates in
 * the running text never give a year (a start date in the future is not the page's year).
 * Every year taken this way comes with the reason, so the fact is marked inferred.
 */
import { firstFullDate, isoDay } from "./dates.js";
import { titleKey, type Line } from "./lines.js";

export type PageDateSource = "given" | "published" | "datum" | "own-line" | "title" | "url" | "updated";

export interface PageDate {
  /** YYYY-MM-DD, or YYYY for a year from the address. */
  value: string;
  source: PageDateSource;
  /** The line that gives it, when the text does. */
  quote?: string;
  line?: number;
}

export interface PageDateContext {
  title?: string;
  url?: string;
  /** --date or the collected page's header date. */
  given?: string;
  published?: string;
  updated?: string;
}

const REASON: Record<PageDateSource, (d: PageDate) => string> = {
  given: (d) => `dokumentets datum (${d.value}, angivet med dokumentet)`,
  published: (d) => `sidans publiceringsdatum (${d.value})`,
  datum: (d) => `dokumentets datumrad ("${d.quote}")`,
  "own-line": (d) => `sidans egen daterade rad ("${d.quote}")`,
  title: (d) => `${d.value.length === 4 ? "året" : "datumet"} i titeln (${d.value})`,
  url: (d) => `året i sidans adress (${d.value})`,
  updated: (d) => `året då sidan senast uppdaterades (${d.value}); datumet ligger inte efter uppdateringen`,
};

/** A year in the address path: "/nyhetsarkiv-2022/", "regionstyrelsen-14-oktober-2025"; none when it names several. */
export function yearOfUrl(url: string | undefined): number | undefined {
  if (!url) return undefined;
  const path = url.replace(/^https?:\/\/[^/]+/, "").replace(/[?#].*$/, "");
  const years = new Set([...path.matchAll(/(?<![\d])((?:19|20)\d{2})(?![\d])/g)].map((m) => Number(m[1])).filter((y) => y >= 1990 && y <= 2040));
  return years.size === 1 ? [...years][0] : undefined;
}

/** Text without its dates and file-type suffixes, for comparing a dated line with the title. */
const withoutDates = (text: string) => titleKey(text.replace(/\b\d{2,4}-\d{2}-\d{2}\b/g, "").replace(/,\s*(PDF|PPT|PowerPoint)\s*$/i, ""));

/** The page's own date line, by the order in the module comment. */
export function pageDateOf(lines: Line[], ctx: PageDateContext): PageDate | undefined {
  if (ctx.given) return { value: ctx.given, source: "given" };
  const published = ctx.published ? firstFullDate(ctx.published) : undefined;
  if (published) return { value: published, source: "published" };
  const datum = lines.find((l) => /^(Datum|Dag|Sammanträdesdatum):/i.test(l.clean) && firstFullDate(l.clean));
  if (datum) return { value: firstFullDate(datum.clean)!, source: "datum", quote: datum.clean, line: datum.n };
  const titleK = ctx.title ? withoutDates(ctx.title) : "";
  const content = lines.filter((l) => l.clean.length > 0);
  const own = content.find((l, i) => {
    const d = firstFullDate(l.clean);
    if (!d || l.clean.length > 120) return false;
    const rest = withoutDates(l.clean.replace(/\b\d{1,2}\s*[-–]?\s*\d{0,2}\s+\p{L}+\s+\d{4}\b/u, ""));
    // "2021-11-19 Sammanställning från SRO, PowerPoint": the rest of the line is (part of) the title.
    if (titleK && rest.length >= 8 && (titleK.includes(rest) || rest.includes(titleK))) return true;
    // A heading near the top that is a body and a date: "Regionfullmäktige 30 januari 2018".
    return i < 6 && /^(Regionfullmäktige|Regionstyrelsen|Kommunfullmäktige|SRO|VVG)\s+(den\s+)?\d/i.test(l.clean) && !/[.:]$/.test(l.clean);
  });
  if (own) return { value: firstFullDate(own.clean)!, source: "own-line", quote: own.clean, line: own.n };
  const titled = ctx.title ? firstFullDate(ctx.title) ?? compactDate(ctx.title) : undefined;
  if (titled) return { value: titled, source: "title" };
  // A lone year in the title ("Sammanställning från SRO 2021"), not a period ("Psykisk hälsa 2019-2020").
  const titleYears = ctx.title ? [...ctx.title.replace(/(?:19|20)\d{2}\s?[-–]\s?(?:19|20)\d{2}/g, "").matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => m[1]!) : [];
  if (new Set(titleYears).size === 1) return { value: titleYears[0]!, source: "title" };
  const urlYear = yearOfUrl(ctx.url);
  if (urlYear) return { value: String(urlYear), source: "url" };
  if (ctx.updated) return { value: ctx.updated, source: "updated" };
  return undefined;
}

/** "20150909" in a title: a date written without separators (1990–2040 only). */
export function compactDate(text: string): string | undefined {
  const m = /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/.exec(text);
  if (!m || Number(m[1]) < 1990 || Number(m[1]) > 2040) return undefined;
  return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

export interface YearContext {
  year: number;
  because: string;
  /** The latest date the year may give (the update date): a later one gets no year. */
  latest?: string;
}

/** The year for dates written without one, with the reason; undefined when the page gives none. */
export function yearContextOf(page: PageDate | undefined): YearContext | undefined {
  if (!page) return undefined;
  const because = `Året står inte vid datumet; det är ${REASON[page.source](page)}.`;
  return { year: Number(page.value.slice(0, 4)), because, ...(page.source === "updated" ? { latest: page.value } : {}) };
}

/** A year-less date found with the context year, checked against the latest allowed date. */
export function allowedWithContext(value: string, ctx: YearContext | undefined): boolean {
  return !!ctx && (!ctx.latest || value <= ctx.latest);
}

