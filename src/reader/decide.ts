/**
 * The reader's decision among its readings: answer the best one only when it is sure (it fits well
 * and no other reading comes close); ask back ("Menar du …?") when two readings are close, the best
 * is unsure, or the question names a day without a meeting; say it cannot read the question when
 * nothing fits. A reading is never answered as if sure when it is not.
 */
import { ENTITY_TYPE_SV } from "../labels/sv.js";
import type { DatePhrase } from "../swedish/dates.js";
import { DATE_WORD, AMOUNT_WORD, type ReadOptions } from "./read.js";
import type { QuestionWord } from "./grammar.js";
import type { Interpretation, Reading } from "./interpretation.js";
import { MATCH_CONFIDENCE } from "./link.js";
import type { ScoredReading } from "./reading.js";

/** The best reading is answered from this confidence up (when nothing else comes close). */
export const SURE = 0.5;
/** Below this the best reading is no reading at all. */
export const UNREADABLE_BELOW = 0.3;
/** Two readings this close (in confidence) are both possible: the reader asks. */
export const CLOSE = 0.08;
/** The search reads any text that names something; as a fallback it is no surer than this. */
const FALLBACK_FACTOR = 0.6;
const QUESTION_WORDS = new Set(["vem", "vad", "vilka", "vilken", "vilket", "nar", "hur", "var", "vart", "varfor", "vems"]);

interface Decision {
  question: string;
  words: readonly QuestionWord[];
  dates: readonly DatePhrase[];
  readings: ScoredReading[];
  options: ReadOptions;
}

const sameEntity = (a: Reading, b: Reading) => a.entities[0]?.id === b.entities[0]?.id;
const key = (r: Reading) => `${r.kind} ${JSON.stringify(r.variables)}`;
const strip = ({ kind, field, variables, entities, asOf, from, to, amount, confidence, reading }: Reading): Reading => ({
  kind, field, variables, entities, asOf, from, to, amount, confidence: Math.round(confidence * 1000) / 1000, reading,
});

/** Best first, one reading per question and variables; ties in a fixed order, so a question always reads the same. */
function ranked(readings: ScoredReading[]): ScoredReading[] {
  const best = new Map<string, ScoredReading>();
  for (const r of readings) if ((best.get(key(r))?.confidence ?? -1) < r.confidence) best.set(key(r), r);
  return [...best.values()].sort((a, b) => b.confidence - a.confidence || key(a).localeCompare(key(b)));
}

/** Whether `other` is a rival of `top`: another question or entity, about as likely. A question for any type loses to one made for the entity's type. */
function rivals(top: ScoredReading, other: ScoredReading): boolean {
  if (top.confidence - other.confidence >= CLOSE) return false;
  if (top.kind === other.kind && sameEntity(top, other)) return false;
  if (sameEntity(top, other) && top.anyType !== other.anyType) return false;
  return true;
}

function notesOf(dates: readonly DatePhrase[], today: string): string[] {
  const notes: string[] = [];
  for (const d of dates) {
    if (d.invalid) notes.push(`"${d.text}" är inget datum som finns.`);
    else if (d.yearFromContext) notes.push(`Året står inte i frågan: "${d.text}" läses som ${d.from?.slice(0, 4) ?? d.to?.slice(0, 4)}.`);
    else if (d.relative) notes.push(`"${d.text}" läses från dagens datum, ${today}.`);
  }
  return notes;
}

function examplesOf(options: ReadOptions): string[] {
  return options.kinds.slice(0, 3).map((k) => k.question.phrasings.examples[0]!);
}

const quoted = (r: Reading) => r.reading;

/** The decision, as the interpretation the API and the CLI show. */
export async function decide({ question, words, dates, readings, options }: Decision): Promise<Interpretation> {
  const base = { question, notes: notesOf(dates, options.today), examples: [] as string[] };
  const unreadable = (why: string): Interpretation => ({
    ...base,
    outcome: "UNREADABLE",
    message: `Jag kan inte läsa frågan${why}. Frågor jag kan svara på är till exempel: ${examplesOf(options).map((e) => `"${e}"`).join(", ")}`,
    chosen: null,
    alternatives: readings.length ? ranked(readings).slice(0, 3).map(strip) : [],
    examples: examplesOf(options),
  });
  if (!words.some((w) => w.key !== DATE_WORD && w.key !== AMOUNT_WORD && /\p{L}/u.test(w.key))) return unreadable(": den har inga ord");
  let all = ranked(readings);
  const bestFit = Math.max(0, ...all.map((r) => r.fit));
  // A day that finds no meeting, in a question phrased for a meeting at least as well as any other reading (a month: better
  // than any other): ask, never read it as something else.
  const meetingMissed = all.find((r) => (r.noMeetingOn?.date.precision === "day" && r.fit >= bestFit) || (r.noMeetingOn?.date.precision === "month" && all.every((o) => o === r || o.fit < r.fit)));
  if (meetingMissed) all = [meetingMissed, ...all.filter((r) => r !== meetingMissed)];
  else if (all.length === 0 || all[0]!.confidence < UNREADABLE_BELOW) {
    const fallback = await searchFallback(question, words, options);
    if (!fallback) return unreadable("");
    all = [fallback, ...all];
  }
  const top = all[0]!;
  const others = all.filter((r) => r !== top).map(strip);
  if (top.noMeetingOn) {
    const { date, nearest } = top.noMeetingOn;
    const names = nearest.map((h) => `${h.entity.name}${h.entity.date ? ` (${h.entity.date})` : ""}`);
    const alternatives = nearest.map((h) => ({ ...strip(top), variables: { ...top.variables, id: h.entity.id }, entities: [h.entity], reading: top.reading.replace(top.entities[0]!.name, h.entity.name) }));
    return {
      ...base,
      outcome: "AMBIGUOUS",
      message: `Inget möte den dagen (${date.text}).${names.length ? ` Närmast: ${names.join(", ")}. Menar du något av dem?` : ""}`,
      chosen: null,
      alternatives,
    };
  }
  if (top.missingSubject) return askForSubject(base, top, others, options);
  const rival = all.find((r) => r !== top && rivals(top, r));
  if (rival) {
    const close = all.filter((r) => r === top || rivals(top, r)).slice(0, 3);
    return { ...base, outcome: "AMBIGUOUS", message: `Menar du ${close.map(quoted).join(" eller ")}?`, chosen: null, alternatives: close.map(strip) };
  }
  if (top.confidence < SURE) {
    return { ...base, outcome: "AMBIGUOUS", message: `Menar du ${quoted(top)}?`, chosen: null, alternatives: [strip(top), ...others.slice(0, 2)] };
  }
  return { ...base, outcome: "ANSWERED", message: `Tolkar som: ${top.reading}`, chosen: strip(top), alternatives: others.slice(0, 3) };
}

/** Entity types whose Swedish word is an en-word ("vilken person"); the others are ett-words ("vilket forum"). */
const COMMON_GENDER = new Set(["Organisation", "Person", "Membership", "AgendaItem", "Milestone"]);

/** A question that needs an entity its words do not name ("Vilka möten är planerade?"): ask which, with a question of that kind as it is asked. */
function askForSubject(base: Pick<Interpretation, "question" | "notes" | "examples">, top: ScoredReading, others: Reading[], options: ReadOptions): Interpretation {
  const question = options.kinds.find((k) => k.question.name === top.kind)!.question;
  const type = question.subject.types[0] as keyof typeof ENTITY_TYPE_SV | undefined;
  const which = type ? `${COMMON_GENDER.has(type) ? "Vilken" : "Vilket"} ${ENTITY_TYPE_SV[type].toLowerCase()}` : "Vad";
  const example = question.phrasings.examples[0]!;
  return { ...base, outcome: "AMBIGUOUS", message: `${which} menar du? Frågan gäller ${top.reading}. Till exempel: "${example}"`, chosen: null, alternatives: [strip(top), ...others.slice(0, 2)] };
}

/** The search as the fallback: a text that names something well enough is a search for it. */
async function searchFallback(question: string, words: readonly QuestionWord[], options: ReadOptions): Promise<ScoredReading | null> {
  const search = options.kinds.find((k) => k.question.subject.argument === "text");
  // A question ("Vem beslutar?") that no phrasing reads is no search for its words.
  if (!search || QUESTION_WORDS.has(words[0]?.key ?? "")) return null;
  const hits = await options.link(question, [], 3);
  const top = hits[0];
  if (!top || top.match === "PARTIAL") return null;
  const q = search.question;
  return {
    kind: q.name, field: q.field, variables: { text: question }, entities: [], asOf: null, from: null, to: null, amount: null,
    confidence: MATCH_CONFIDENCE[top.match] * FALLBACK_FACTOR,
    reading: q.phrasings.forms[0]!.reading.replace("{subject}", question),
    noMeetingOn: null, anyType: true, fit: FALLBACK_FACTOR,
  };
}
