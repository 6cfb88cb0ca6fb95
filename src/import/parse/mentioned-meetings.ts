/**
 * Meetings a document only mentions: earlier notes listed as attachments ("2024-11-21
 * Mötesanteckning SRO.pdf", "24-11-25 Mötesanteckning - Arbetsgrupp ..."), a forum's coming
 * meeting by month ("SRO september: Remiss ...") and a named meeting of the document's own forum
 * with a day ("Uppstartsmöte den 8 september klockan 09.00-11.00"). Hand-written: these are the
 * fixed phrasings of these notes. A date the line does not give is never guessed: a missing year is
 * taken only from the document's own date, and only when that puts the meeting on or after it
 * (a note looks ahead); otherwise the mention is left out.
 */
import { clock, isoDay, monthNumber } from "./dates.js";
import type { Passage } from "./parsed-document.js";

export interface MentionedMeeting {
  /** The forum as written; undefined means the document's own forum. */
  forum?: string;
  /** YYYY-MM-DD when the day is given. */
  date?: string;
  month: string;
  startTime?: string;
  endTime?: string;
  /** "Uppstartsmöte" and the like: not a regular meeting. */
  named?: string;
  yearFromContext: boolean;
  /** Why the year is the document's (when it is). */
  because?: string;
  /** The forum must be one the graph knows: a plan in running text names it in passing. */
  knownForumOnly?: boolean;
  passage: Passage;
}

interface TextLine {
  n: number;
  raw: string;
  clean: string;
}

const MONTH = "(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)";
/** "2024-11-21 Mötesanteckning SRO.pdf", "24-11-25 Mötesanteckning - Arbetsgrupp X besök av Y". */
const NOTES_OF_RE = /^(\d{4}|\d{2})-(\d{2})-(\d{2})\s+Mötesanteckning(?:ar)?\s*(?:[-–]\s*)?(.+?)(?:\.pdf)?$/i;
/** "SRO september: ..." — an upper-case forum name, a month and a colon. */
const FORUM_MONTH_RE = new RegExp(`^([A-ZÅÄÖ]{2,})\\s+${MONTH}\\s*:`, "i");
/** "Uppstartsmöte den 8 september klockan 09.00-11.00". */
const NAMED_MEETING_RE = new RegExp(
  `^(?:\\d+[a-z]?\\.\\s+)?([A-ZÅÄÖ][a-zåäö]*möte)\\s+(?:den\\s+)?(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?(?:\\s+(?:klockan|kl\\.?)\\s+(\\d{1,2}[.:]\\d{2})\\s*[-–]\\s*(\\d{1,2}[.:]\\d{2}))?`,
  "i",
);
/** What follows the forum's name on an attachment line ("besök av politisk referensgrupp"). */
const AFTER_FORUM_RE = /\s+(?:besök|med|om|angående|inför)\s.*$/i;

function quoteOf(line: TextLine, part: string): Passage {
  return { quote: line.raw.includes(part) ? part : line.raw.trim(), line: line.n };
}

/** The year of a mention without one: the document's year, if that does not put it before the document. */
function yearFor(month: number, day: number | undefined, documentDate: string | undefined): number | undefined {
  if (!documentDate) return undefined;
  const year = Number(documentDate.slice(0, 4));
  const candidate = `${year}-${String(month).padStart(2, "0")}-${String(day ?? 31).padStart(2, "0")}`;
  return candidate >= documentDate ? year : undefined;
}

/** "... kommer att behandlas av styrgrupp psykisk hälsa den 8 februari, Vårdsamverkan Västra Götaland (VVG) den 7 mars och ..." */
const PLAN_RE = /\b(?:behandlas|tas upp|presenteras|beslutas)\s+(?:av|i|på)\s+(.+)$/i;
const FORUM_ON_DAY_RE = new RegExp(`^(?:det\\s+|den\\s+)?(.{2,70}?)\\s+den\\s+(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?`, "i");

function plannedMeetings(line: TextLine, documentDate: string | undefined, because: string | undefined): MentionedMeeting[] {
  const out: MentionedMeeting[] = [];
  for (const sentence of line.clean.split(/(?<=[.!?])\s+/)) {
    const plan = PLAN_RE.exec(sentence);
    if (!plan) continue;
    for (const part of plan[1]!.split(/,\s*|\s+och\s+/)) {
      const m = FORUM_ON_DAY_RE.exec(part.trim());
      if (!m) continue;
      const month = monthNumber(m[3]!)!;
      const day = Number(m[2]);
      const year = m[4] ? Number(m[4]) : yearFor(month, day, documentDate);
      const date = year ? isoDay(year, month, day) : undefined;
      if (!date) continue;
      out.push({ forum: m[1]!.trim(), date, month: date.slice(0, 7), yearFromContext: !m[4], ...(m[4] ? {} : { because }), knownForumOnly: true, passage: quoteOf(line, sentence.trim()) });
    }
  }
  return out;
}

export function findMentionedMeetings(lines: TextLine[], documentDate: string | undefined, because?: string): MentionedMeeting[] {
  const found: MentionedMeeting[] = [];
  for (const line of lines) {
    const text = line.clean;
    const planned = plannedMeetings(line, documentDate, because);
    if (planned.length) {
      found.push(...planned);
      continue;
    }
    const notes = NOTES_OF_RE.exec(text);
    if (notes) {
      const year = notes[1]!.length === 2 ? 2000 + Number(notes[1]) : Number(notes[1]);
      const date = isoDay(year, Number(notes[2]), Number(notes[3]));
      const forum = notes[4]!.replace(AFTER_FORUM_RE, "").trim();
      if (date && forum.length >= 2) found.push({ forum, date, month: date.slice(0, 7), yearFromContext: false, passage: quoteOf(line, text) });
      continue;
    }
    const byMonth = FORUM_MONTH_RE.exec(text);
    if (byMonth) {
      const month = monthNumber(byMonth[2]!)!;
      const year = yearFor(month, undefined, documentDate);
      if (year) found.push({ forum: byMonth[1], month: `${year}-${String(month).padStart(2, "0")}`, yearFromContext: true, passage: quoteOf(line, text) });
      continue;
    }
    const named = NAMED_MEETING_RE.exec(text);
    if (named) {
      const month = monthNumber(named[3]!)!;
      const day = Number(named[2]);
      const year = named[4] ? Number(named[4]) : yearFor(month, day, documentDate);
      const date = year ? isoDay(year, month, day) : undefined;
      if (!date) continue;
      const start = named[5] ? clock(named[5]) : undefined;
      const end = named[6] ? clock(named[6]) : undefined;
      found.push({
        date,
        month: date.slice(0, 7),
        named: named[1],
        yearFromContext: !named[4],
        ...(start && end ? { startTime: start, endTime: end } : {}),
        passage: quoteOf(line, named[0].replace(/^\d+[a-z]?\.\s+/, "")),
      });
    }
  }
  return found;
}
