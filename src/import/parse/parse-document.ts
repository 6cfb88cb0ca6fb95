/**
 * Normalised text → what it states: the page's date and title, the meeting with its agenda
 * (items, presenters, positions), attendance, member and contact lists, decisions in running
 * text, agreements with their version and validity, meeting schedules, funds, amounts and dates.
 * Line-oriented; whatever is not understood is listed in `unread`, never guessed.
 */
import { findAmounts } from "./amounts.js";
import { findAgreementMentions } from "./agreement-mentions.js";
import { readAgenda } from "./agenda.js";
import { findDates } from "./dates.js";
import { passageOf, toLines } from "./lines.js";
import { findMentionedMeetings } from "./mentioned-meetings.js";
import { readMeetingHead } from "./meeting-head.js";
import { pageDateOf, yearContextOf } from "./page-date.js";
import type { DocumentShape, ParsedDocument } from "./parsed-document.js";
import { readPeople } from "./people-lists.js";
import { readDecisions } from "./running-text.js";
import { readSchedules } from "./schedules.js";
import { readFunds } from "./funds.js";
import { mainHeading } from "./title.js";

export interface ParseContext {
  /** A title given by the user (--title): used as is. */
  title?: string;
  /** The collected page's header title or the HTML <title>: the main heading that begins it is the title. */
  headerTitle?: string;
  url?: string;
  /** YYYY-MM-DD given by the user (--date) or the document header. */
  date?: string;
  /** "Publicerad" text of the page's footer. */
  published?: string;
  /** "Senast uppdaterad" date, YYYY-MM-DD. */
  updated?: string;
}

function shapeOf(text: string): DocumentShape {
  // "Minnesanteckningar" over an empty table ("Titel") is a list of notes, not notes.
  if (/^Dagordning$|^Datum:|^\s*(Mötes|Minnes)anteckning(ar)?\s+(från|för|\d)/im.test(text) || /^\s*(Mötes|Minnes)anteckning(ar)?\s*\n(?:\s*\n)*(?!\s*Titel\s*$)/im.test(text)) return "meeting-notes";
  if (/Sammanställning från/i.test(text) && /^(#+\s*)?(Agenda|Agendan för)\b/im.test(text)) return "meeting-summary";
  if (/Regionfullmäktige/.test(text) && /(beslutar att|^Beslut:)/im.test(text)) return "decision";
  if (/^Mötestider\b/im.test(text)) return "schedule";
  if (/^Representerar:|\([a-zåäö]\)\s*$/im.test(text)) return "organisation";
  return "page";
}

export const isMeetingShape = (shape: DocumentShape) => shape === "meeting-notes" || shape === "meeting-summary" || shape === "decision";

export function parseDocument(text: string, ctx: ParseContext = {}): ParsedDocument {
  const lines = toLines(text);
  const shape = shapeOf(text);
  const title = ctx.title ?? mainHeading(lines, ctx.headerTitle) ?? "Utan titel";
  const page = pageDateOf(lines, { title: ctx.title ?? ctx.headerTitle ?? title, url: ctx.url, given: ctx.date, published: ctx.published, updated: ctx.updated });
  const years = yearContextOf(page);
  const doc: ParsedDocument = {
    shape, title, pageDate: page, years, year: years?.year, items: [], invited: [], present: [], absent: [], people: [], amounts: [], dates: [],
    decisions: [], agreementMentions: [], schedules: [], funds: [], medskick: [], mentionedMeetings: [], unread: [],
  };

  const meeting = readMeetingHead(lines, shape, { title: ctx.title ?? ctx.headerTitle ?? title, given: ctx.date, page, years });
  doc.date = meeting.date ?? (page && page.source !== "url" && page.source !== "updated" ? page.value : undefined);
  if (isMeetingShape(shape)) doc.meeting = meeting;

  const claimed = readAgenda(lines, text, shape, doc);
  readPeople(lines, claimed, doc);
  doc.decisions = readDecisions(lines, claimed, years, doc.meeting?.forum, doc.meeting?.date);
  doc.agreementMentions = findAgreementMentions(lines, years);
  doc.schedules = readSchedules(lines, title, years, doc.unread, ctx.url);
  doc.funds = readFunds(lines);

  for (const l of lines) {
    for (const a of findAmounts(l.clean)) doc.amounts.push({ ...a, passage: passageOf(l) });
    for (const d of findDates(l.clean, years?.year, years?.latest)) if (d.value) doc.dates.push({ ...d, passage: passageOf(l), ...(d.yearFromContext ? { because: years?.because } : {}) });
  }
  doc.mentionedMeetings = findMentionedMeetings(lines, doc.date ?? (page?.source === "url" ? undefined : page?.value), years?.because);
  return doc;
}
