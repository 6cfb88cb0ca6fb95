/**
 * The reader of Swedish questions: a question in plain Swedish to one of the registry's questions
 * with its variables, without a hosted model or the network. It reads the dates and amounts
 * (src/swedish/), aligns the words with every question's phrasings (grammar.ts), links each
 * reading's subject to the graph (link.ts), scores the readings (fit of the phrasing times how
 * surely the subject was found) and decides (decide.ts): answer the best reading, ask back when
 * two readings are close or the best is unsure, or say it cannot read the question. The same
 * question on the same graph is always read the same way.
 */
import type { Question } from "../questions/registry.js";
import { readAmounts, type AmountPhrase } from "../swedish/amounts.js";
import { readDates, type DatePhrase } from "../swedish/dates.js";
import { stem } from "../swedish/stem.js";
import { isStopword, tokenize } from "../swedish/text.js";
import { decide } from "./decide.js";
import { align, meets, type Alignment, type QuestionWord } from "./grammar.js";
import type { Interpretation } from "./interpretation.js";
import type { Linker, Prefetch } from "./link.js";
import { compilePattern, type Atom, type Sequence } from "./patterns.js";
import { buildReading, linkRequestsOf, type Candidate } from "./reading.js";

/** A registry question as the reader offers it: with the arguments its field takes. */
export interface Kind {
  question: Question;
  /** The field's argument names (from its SDL): a date is passed only where the field takes it. */
  arguments: readonly string[];
}

export interface ReadOptions {
  /** The day relative words and left-out years are read from (YYYY-MM-DD), and the default asOf. */
  today: string;
  kinds: readonly Kind[];
  link: Linker;
  /** Links the texts of all candidate readings at once before they are built (one round trip instead of one per reading). */
  prefetch?: Prefetch;
}

/** Placeholders for a date or an amount in the question: the subject may take them, skipping one costs nothing. */
export const DATE_WORD = "#datum";
export const AMOUNT_WORD = "#belopp";

/** A reading's phrasing must fit at least this well to be linked at all. */
const MIN_FIT = 0.4;
/** At most this many readings are linked (best fits first). */
const MAX_LINKED = 8;

interface CompiledForm {
  kind: Kind;
  form: number;
  sequences: Sequence[];
}

const compiled = new WeakMap<readonly Kind[], CompiledForm[]>();

function formsOf(kinds: readonly Kind[]): CompiledForm[] {
  let forms = compiled.get(kinds);
  if (!forms) {
    forms = kinds.flatMap((kind) => kind.question.phrasings.forms.map((f, form) => ({ kind, form, sequences: f.patterns.flatMap(compilePattern) })));
    compiled.set(kinds, forms);
  }
  return forms;
}

/** The question's words, with one placeholder word for each date and amount. */
export function questionWords(text: string, dates: readonly DatePhrase[], amounts: readonly AmountPhrase[]): QuestionWord[] {
  const spans = [...dates.map((d) => ({ ...d, key: DATE_WORD })), ...amounts.map((a) => ({ ...a, key: AMOUNT_WORD }))].sort((a, b) => a.start - b.start);
  const words: QuestionWord[] = [];
  for (const t of tokenize(text)) {
    const span = spans.find((s) => t.start < s.end && t.end > s.start);
    if (!span) words.push({ key: t.key, stem: stem(t.key), start: t.start, end: t.end });
    else if (words.at(-1)?.start !== span.start) words.push({ key: span.key, stem: span.key, start: span.start, end: span.end });
  }
  return words;
}

/** The subject's words trimmed of small words at its ends, and of dates unless the question has no other use for them (a name may hold a year). */
function trimSubject(words: readonly QuestionWord[], span: NonNullable<Alignment["subject"]>, keepDates: boolean): { from: number; to: number } | null {
  let { from, to } = span;
  const loose = (w: QuestionWord) => isStopword(w.key) || (w.key === DATE_WORD && !keepDates);
  while (from < to && loose(words[from]!)) from++;
  while (to > from && loose(words[to - 1]!)) to--;
  return from < to ? { from, to } : null;
}

/** Every phrasing's best alignment, one per question form, best fits first. */
function candidatesOf(text: string, words: readonly QuestionWord[], dates: readonly DatePhrase[], amounts: readonly AmountPhrase[], kinds: readonly Kind[]): Candidate[] {
  const found: Candidate[] = [];
  // A sequence aligns only when each of its words meets a word of the question and each slot but the subject is filled:
  // checked once per atom, so most of the registry's sequences are passed over before the alignment.
  const met = new Map<Atom, boolean>();
  const canMeet = (atom: Atom): boolean => {
    if (atom.kind === "slot") return atom.slot === "subject" || (atom.slot === "date" ? dates.length > 0 : amounts.length > 0);
    let m = met.get(atom);
    if (m === undefined) met.set(atom, (m = words.some((w) => meets(atom, w) > 0)));
    return m;
  };
  for (const { kind, form, sequences } of formsOf(kinds)) {
    let best: Candidate | null = null;
    for (const sequence of sequences) {
      if (!sequence.every(canMeet)) continue;
      const a = align(sequence, words);
      if (!a || a.fit < MIN_FIT || (best && a.fit < best.fit)) continue;
      // Of two as good, the one whose subject takes fewer words: "{subject} [haft]" must not take "varit på".
      if (best && a.fit === best.fit && (a.subject?.to ?? 0) - (a.subject?.from ?? 0) >= best.subjectWords) continue;
      if ((a.wants.date && dates.length === 0) || (a.wants.amount && amounts.length === 0)) continue;
      const subject = a.subject ? trimSubject(words, a.subject, kind.question.phrasings.dates === "none") : null;
      if (a.subject && !subject) continue;
      const subjectText = subject ? text.slice(words[subject.from]!.start, words[subject.to - 1]!.end) : null;
      const named = a.subject ? trimSubject(words, a.subject, true) : null;
      const namedText = named ? text.slice(words[named.from]!.start, words[named.to - 1]!.end) : null;
      best = { kind, form, fit: a.fit, subjectText, subjectWithDate: namedText !== subjectText ? namedText : null, subjectWords: (a.subject?.to ?? 0) - (a.subject?.from ?? 0) };
    }
    if (best) found.push(best);
  }
  return found.sort((a, b) => b.fit - a.fit).slice(0, MAX_LINKED);
}

/** Reads a question. Never throws for what a person may type; an unreadable question is an outcome. */
export async function readQuestion(question: string, options: ReadOptions): Promise<Interpretation> {
  const text = question.trim();
  const dates = readDates(text, options.today);
  const amounts = readAmounts(text);
  const words = questionWords(text, dates, amounts);
  const candidates = candidatesOf(text, words, dates, amounts, options.kinds);
  const context = { dates, amounts, today: options.today };
  await options.prefetch?.(candidates.flatMap((c) => linkRequestsOf(c, context)));
  const readings = (await Promise.all(candidates.map((c) => buildReading(c, { ...context, link: options.link })))).flat();
  return decide({ question: text, words, dates, readings, options });
}
