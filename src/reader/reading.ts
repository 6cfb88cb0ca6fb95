/**
 * One candidate reading (a question form whose phrasing fits) made concrete: its subject linked
 * to the graph, its dates placed as the question takes them (a period, the day its answer holds,
 * or what finds a meeting), its variables, its confidence and its sentence.
 */
import { ENTITY_TYPES } from "../model/entity-types.js";
import { stem } from "../swedish/stem.js";
import { isStopword, wordsOf } from "../swedish/text.js";
import type { AmountPhrase } from "../swedish/amounts.js";
import { fold } from "../swedish/text.js";
import { overlaps, periodOfDate, type DatePhrase } from "../swedish/dates.js";
import type { Reading } from "./interpretation.js";
import { MATCH_CONFIDENCE, type LinkHit, type LinkRequest, type Linker } from "./link.js";
import type { Kind } from "./read.js";
import { readingSentence } from "./sentence.js";

export interface Candidate {
  kind: Kind;
  form: number;
  fit: number;
  /** The words the subject slot took, as written (null when the phrasing has none). */
  subjectText: string | null;
  /** The subject with the date written next to it, when that may be part of its name ("kvinnofridssatsning 2021–2023"). */
  subjectWithDate: string | null;
  /** How many words the slot took. */
  subjectWords: number;
}

/** A reading with what the decision needs beside it. */
export interface ScoredReading extends Reading {
  /** The question names a day no meeting of the forum had: the nearest meetings instead, to offer. */
  noMeetingOn: { date: DatePhrase; nearest: LinkHit[] } | null;
  /** How well the phrasing fits (0–1), before the subject's link. */
  fit: number;
  /** The subject may be any entity (the entity view, the timeline): a question made for its type is the better reading. */
  anyType: boolean;
  /** The question needs an entity the words do not name ("Vilka möten är planerade?" names no forum): it asks which, never answers. */
  missingSubject?: boolean;
}

interface Context {
  dates: readonly DatePhrase[];
  amounts: readonly AmountPhrase[];
  today: string;
  link: Linker;
}

/** A day date in a question that reads a period is likely about something else (a meeting). */
const DAY_IN_PERIOD_FACTOR = 0.8;
/** The search question reads whatever is left: it fits less than a question made for the words. */
const SEARCH_FACTOR = 0.85;
/** A date the reading has no use for ("SRO 30 januari 2025" read as the forum) is a sign of another reading. */
const UNUSED_DATE_FACTOR = 0.7;
const MEETING_WORDS = /-?\b(?:m[oö]te[nt]?|m[oö]tena|sammantr[aä]de[nt]?|sammanträdena)\b/giu;

/** Two hits of the same match kind this close in the search's score are both what the text may name. */
const CLOSE_SCORE = 0.9;
/** A subject that is only a kind of thing ("avtalet", "mötet") names no one thing: unsure. */
const GENERIC_FACTOR = 0.5;
const GENERIC_STEMS = new Set(
  ["avtal", "avtalet", "överenskommelse", "ök", "dokument", "dokumentet", "möte", "mötet", "sammanträde", "riktlinje", "projekt", "projektet", "forum", "forumet", "grupp", "gruppen", "arbetsgrupp", "arbetsgruppen", "styrgrupp", "statsbidrag", "statsbidraget", "bidrag", "medel", "medlen", "pengar", "pengarna", "beslut", "beslutet", "plan", "planen", "person", "organisation", "kommun", "region", "uppdrag", "uppdraget", "rapport", "rapporten"].map((w) => stem(fold(w))),
);
/** A question that finds its subject by a day (a meeting) without a day or month in it names no one meeting. */
const NO_DAY_FACTOR = 0.6;

const isGeneric = (text: string) => {
  const words = wordsOf(text).filter((w) => !isStopword(w));
  return words.length > 0 && words.every((w) => GENERIC_STEMS.has(stem(w)));
};
const isClose = (a: LinkHit, b: LinkHit) => a.match === b.match && a.score - b.score < CLOSE_SCORE;

const isAllTypes = (types: readonly string[]) => types.length === ENTITY_TYPES.length;

/** The text that finds the subject: its words, with the date when the date finds it (a meeting), or the amount when that is all there is. */
function linkTextOf(c: Candidate, ctx: Pick<Context, "amounts">, date: DatePhrase | null): string | null {
  const q = c.kind.question;
  let text = c.subjectText;
  if (text && q.subject.types.includes("Meeting" as never) && !isAllTypes(q.subject.types)) text = text.replace(MEETING_WORDS, " ").trim() || null;
  if (q.phrasings.dates === "subject" && date && text && !text.includes(date.text)) text = `${text} ${date.text}`;
  if (!text && ctx.amounts.length > 0) text = ctx.amounts[0]!.text;
  return text;
}

function datesOf(c: Candidate, date: DatePhrase | null, today: string): Pick<Reading, "asOf" | "from" | "to"> {
  const use = c.kind.question.phrasings.dates;
  if (use === "period" && date) return { asOf: null, from: date.from, to: date.to };
  if (use === "asOf") return { asOf: date ? (date.from ?? date.to ?? today) : today, from: null, to: null };
  return { asOf: null, from: null, to: null };
}

function variablesOf(c: Candidate, subject: { id?: string; text?: string }, dates: Pick<Reading, "asOf" | "from" | "to">): Record<string, unknown> {
  const form = c.kind.question.phrasings.forms[c.form]!;
  // The subject goes in under the question's own argument ("forum" for a forum's meetings, else "id").
  const { id, ...rest } = subject;
  const subjectArgument = c.kind.question.subject.argument === "forum" ? "forum" : "id";
  const variables: Record<string, unknown> = { ...form.fixed, ...rest, ...(id === undefined ? {} : { [subjectArgument]: id }) };
  for (const [name, value] of Object.entries(dates)) if (value && c.kind.arguments.includes(name)) variables[name] = value;
  return variables;
}

/** The forum's meetings nearest the day the question names. */
async function nearestMeetings(c: Candidate, ctx: Context, date: DatePhrase): Promise<LinkHit[]> {
  const text = c.subjectText?.replace(MEETING_WORDS, " ").trim();
  if (!text) return [];
  const day = Date.parse(date.from ?? date.to ?? ctx.today);
  const hits = (await ctx.link(text, c.kind.question.subject.types, 50)).filter((h) => h.entity.date);
  const distance = (h: LinkHit) => Math.abs(Date.parse(periodOfDate(h.entity.date!).from) - day);
  return hits.sort((a, b) => distance(a) - distance(b) || a.entity.id.localeCompare(b.entity.id)).slice(0, 3);
}

/**
 * The searches `buildReading` makes for the candidate's subject (all but the nearest meetings,
 * which only a day without a meeting needs), so a question's candidates are linked in one round trip.
 */
export function linkRequestsOf(c: Candidate, ctx: Omit<Context, "link">): LinkRequest[] {
  const q = c.kind.question;
  if (q.subject.argument === "none") return [];
  if (q.subject.argument === "text") return c.subjectText ? [{ text: c.subjectText, types: [], limit: 1 }] : [];
  const date = ctx.dates.find((d) => !d.invalid) ?? null;
  const text = linkTextOf(c, ctx, date);
  if (!text) return [];
  const types = isAllTypes(q.subject.types) ? [] : q.subject.types;
  const requests = [{ text, types, limit: 5 }];
  if (c.subjectWithDate && date) requests.push({ text: c.subjectWithDate, types, limit: 5 });
  return requests;
}

/** The candidate's readings: one per entity its subject may be (more than one when the names are as close). */
export async function buildReading(c: Candidate, ctx: Context): Promise<ScoredReading[]> {
  const q = c.kind.question;
  const date = ctx.dates.find((d) => !d.invalid) ?? null;
  const dates = datesOf(c, date, ctx.today);
  const amount = ctx.amounts[0]?.sek ?? null;
  const unusedDate = date && q.phrasings.dates === "none" && !c.subjectText?.includes(date.text);
  const dayFactor =
    (q.phrasings.dates === "period" && date?.precision === "day" ? DAY_IN_PERIOD_FACTOR : 1) * (unusedDate ? UNUSED_DATE_FACTOR : 1) * (q.phrasings.dates === "subject" && (!date || date.precision === "year" || date.precision === "range") ? NO_DAY_FACTOR : 1);
  const base = { kind: q.name, field: q.field, amount, ...dates, noMeetingOn: null, anyType: isAllTypes(q.subject.types), fit: c.fit };
  // A question about no one entity (the documents in force): its words and dates are all it takes.
  if (q.subject.argument === "none") return [{ ...base, anyType: false, variables: variablesOf(c, {}, dates), entities: [], confidence: c.fit * dayFactor, reading: readingSentence(q, c.form, "", dates) }];
  // A phrasing that may leave out the entity its question needs: a reading that asks which one.
  if (q.subject.argument !== "text" && c.subjectText === null && ctx.amounts.length === 0) {
    return [{ ...base, anyType: false, missingSubject: true, variables: variablesOf(c, {}, dates), entities: [], confidence: c.fit * dayFactor, reading: readingSentence(q, c.form, "…", dates) }];
  }
  if (q.subject.argument === "text") {
    const text = c.subjectText;
    if (!text) return [];
    const found = (await ctx.link(text, [], 1)).length > 0;
    const confidence = c.fit * SEARCH_FACTOR * (found ? 1 : 0.5);
    return [{ ...base, anyType: true, variables: variablesOf(c, { text }, dates), entities: [], confidence, reading: readingSentence(q, c.form, text, dates) }];
  }
  let text = linkTextOf(c, ctx, date);
  if (!text) return [];
  const types = isAllTypes(q.subject.types) ? [] : q.subject.types;
  let hits = await ctx.link(text, types, 5);
  // A date next to the subject may be part of its name: when the name with it is met better, it is the name's, not a period.
  if (c.subjectWithDate && date) {
    const named = await ctx.link(c.subjectWithDate, types, 5);
    if (named[0] && (!hits[0] || MATCH_CONFIDENCE[named[0].match] > MATCH_CONFIDENCE[hits[0].match])) {
      [hits, text] = [named, c.subjectWithDate];
      Object.assign(base, datesOf(c, null, ctx.today));
      Object.assign(dates, datesOf(c, null, ctx.today));
    }
  }
  const top = hits[0];
  if (!top) return [];
  const close = [top, ...hits.slice(1).filter((h) => isClose(top, h))];
  return Promise.all(
    close.map(async (hit): Promise<ScoredReading> => {
      const confidence = c.fit * MATCH_CONFIDENCE[hit.match] * dayFactor * (isGeneric(text) ? GENERIC_FACTOR : 1);
      const reading = { ...base, variables: variablesOf(c, { id: hit.entity.id }, dates), entities: [hit.entity], confidence, reading: readingSentence(q, c.form, hit.entity.name, dates) };
      const missesDay = q.phrasings.dates === "subject" && date && (!hit.entity.date || !overlaps(periodOfDate(hit.entity.date), date));
      return missesDay && date ? { ...reading, noMeetingOn: { date, nearest: await nearestMeetings(c, ctx, date) } } : reading;
    }),
  );
}
