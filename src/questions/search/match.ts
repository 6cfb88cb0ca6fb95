/**
 * How a search text (query-units.ts) meets one entity, unit by unit, compared without case,
 * accents, punctuation or inflection:
 *
 *   EXACT    the text is one of its names ("hos avtalet" = "HoS-avtalet")
 *   PREFIX   a name starts with the text ("HoS-avtal" → "HoS-avtalet")
 *   WORDS    every unit meets one name: a word, its stem, the start of a word, the head of a
 *            compound ("avtal" in "Ramavtal"), or the entity's own date or amount
 *   FUZZY    the same, with a near miss among them ("Ungdomsmotagningar")
 *   TEXT     every unit meets, some only in the entity's text (descriptions, wording)
 *   PARTIAL  at least half of the units meet, one of them in a name (and a word among them when
 *            the text has words): a word that meets nothing lowers the rank, it does not empty
 *            the list
 *
 * A number meets only the same number ("2025" never "2022"); a date meets a date within it (the
 * entity's own, or one its name writes); an amount meets the same amount. Each match says which
 * units met where and which did not.
 */
import type { SearchMatch } from "../../generated/graphql.js";
import { amountToken } from "../../swedish/amounts.js";
import { within } from "../../swedish/dates.js";
import { stem } from "../../swedish/stem.js";
import { isStopword, normalise } from "../../swedish/text.js";
import type { QueryForm, Unit, WordUnit } from "./query-units.js";

export interface MatchCandidate {
  names: string[];
  searchText: string | null;
  /** The entity's date cut to what is known: YYYY-MM-DD, YYYY-MM or YYYY. */
  date?: string | null;
  amount?: number | null;
}

export interface Match {
  match: SearchMatch;
  /** The name the text met (null when only its text did). */
  matchedName: string | null;
  /** The units that met, as typed, and those that did not. */
  matched: string[];
  missing: string[];
  /** Share of the text's units that met (1 but for PARTIAL). */
  coverage: number;
  /** Share of the matched name's own words that the text met: a closer name ranks higher. */
  nameCoverage: number;
  /** The text's head word meets the name's ("avtalet" and "sjukvårdsavtal"): the entity is what was asked for, not something about it. */
  headMet: boolean;
  /** The text's head word (its last word before a preposition), in the form of the text that met best. */
  head: WordUnit | null;
  /** Why it matched, in Swedish. */
  why: string;
}

interface Word {
  key: string;
  stem: string;
  number: boolean;
}

type Evidence = "name" | "name-fuzzy" | "date" | "amount" | "text" | "text-fuzzy";

const known = new Map<string, Word>();
/** A word with its stem, worked out once per process (names and texts repeat their words). */
function word(key: string): Word {
  let w = known.get(key);
  if (!w) {
    w = { key, stem: stem(key), number: /^\d+$/.test(key) };
    if (known.size < 200_000) known.set(key, w);
  }
  return w;
}

/**
 * A name or text of the graph as its normalised form and words, worked out once per text: every
 * search gets the same names and texts back from the database, and reading them again was most of
 * a search's time. Keyed by the text itself, so a changed graph gives new keys; bounded (emptied
 * when full). Callers never change what it returns.
 */
const readTexts = new Map<string, { normalised: string; words: readonly Word[] }>();
const READ_TEXTS_MAX = 50_000;
function readText(text: string): { normalised: string; words: readonly Word[] } {
  let read = readTexts.get(text);
  if (!read) {
    const normalised = normalise(text);
    read = { normalised, words: (normalised || "").split(" ").filter(Boolean).map(word) };
    if (readTexts.size >= READ_TEXTS_MAX) readTexts.clear();
    readTexts.set(text, read);
  }
  return read;
}

const wordsOf = (text: string): readonly Word[] => readText(text).words;

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Typing errors a word of this length may carry and still count. */
const allowedEdits = (length: number): number => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

/**
 * Near misses, judged by the shorter of the two ("kalle" is not "alla"), with the same first
 * letter (a typing error there is rare, and the check spares most distances in a long text).
 */
function near(a: string, b: string): boolean {
  const edits = allowedEdits(Math.min(a.length, b.length));
  return edits > 0 && a[0] === b[0] && editDistance(a, b, edits) <= edits;
}

/** A word of the text is a word of a name or text: as it is, inflected, its start, or a compound's head. */
function sameWord(u: WordUnit, w: Word): boolean {
  if (u.key === w.key) return true;
  if (u.number || w.number) return false;
  if (u.stem === w.stem) return true;
  // The start of a word ("vastkom" → "västkoms", "läkar" → "läkarinsatser"), or of its stem.
  if (u.key.length >= 3 && w.key.startsWith(u.key)) return true;
  if (u.stem.length >= 5 && w.key.startsWith(u.stem)) return true;
  // The head of a compound: "avtal" in "ramavtal", "insatser" in "läkarinsatser".
  return u.stem.length >= 4 && w.stem.length - u.stem.length >= 3 && w.stem.endsWith(u.stem);
}

/** A near miss: a typing error or two (never for numbers). */
const nearWord = (u: WordUnit, w: Word): boolean => !u.number && !w.number && (near(u.stem, w.stem) || near(u.key, w.key));

/** How a word of the text meets a word of a name or text: as it is, nearly, or not. */
function meetsWord(u: WordUnit, w: Word): "exact" | "fuzzy" | null {
  return sameWord(u, w) ? "exact" : nearWord(u, w) ? "fuzzy" : null;
}

const hasWord = (u: WordUnit, words: readonly Word[]): boolean => words.some((w) => sameWord(u, w));
const hasNearWord = (u: WordUnit, words: readonly Word[]): boolean => words.some((w) => nearWord(u, w));

/**
 * How a word of the text meets a name's or a text's words, kept per word list (those of the graph's
 * texts are read once, readText) and per word (its key decides its stem and whether it is a
 * number): the same words meet the same texts in every search a question makes.
 */
const meetings = new WeakMap<readonly Word[], Map<string, "word" | "near" | "none">>();
function meetingIn(u: WordUnit, words: readonly Word[]): "word" | "near" | "none" {
  let known = meetings.get(words);
  if (!known) meetings.set(words, (known = new Map()));
  let found = known.get(u.key);
  if (found === undefined) known.set(u.key, (found = hasWord(u, words) ? "word" : hasNearWord(u, words) ? "near" : "none"));
  return found;
}

interface Prepared {
  names: { name: string; normalised: string; words: readonly Word[] }[];
  /** The text's words, read when a unit meets no name (most hits are found by a name). */
  readonly text: readonly Word[];
  readonly textKeys: Set<string>;
  candidate: MatchCandidate;
}

/** The candidate's names (and, when needed, its text) as words, once for all the forms of a text. */
export function prepare(candidate: MatchCandidate): Prepared {
  let text: readonly Word[] | undefined;
  let keys: Set<string> | undefined;
  return {
    names: candidate.names.map((name) => ({ name, ...readText(name) })),
    get text() {
      return (text ??= wordsOf(candidate.searchText ?? ""));
    },
    get textKeys() {
      return (keys ??= new Set(this.text.map((w) => w.key)));
    },
    candidate,
  };
}

function evidence(u: Unit, nameWords: readonly Word[], p: Prepared): Evidence | null {
  if (u.kind === "date") {
    if (p.candidate.date && within(p.candidate.date, u)) return "date";
    const keys = new Set(nameWords.map((w) => w.key));
    return u.keys.length > 0 && u.keys.every((k) => keys.has(k) || isStopword(k)) ? "date" : null;
  }
  if (u.kind === "amount") {
    const amount = p.candidate.amount;
    if (amount !== null && amount !== undefined && Math.abs(amount - u.sek) <= u.sek * 0.005) return "amount";
    return p.textKeys.has(amountToken(u.sek)) ? "text" : null;
  }
  // Cheapest first: near misses in a long text only when nothing else meets.
  const inName = meetingIn(u, nameWords);
  if (inName !== "none") return inName === "word" ? "name" : "name-fuzzy";
  const inText = meetingIn(u, p.text);
  return inText === "word" ? "text" : inText === "near" ? "text-fuzzy" : null;
}

const quoted = (s: string) => `”${s}”`;

function whyOf(kind: SearchMatch, name: string | null, units: Unit[], found: (Evidence | null)[], p: Prepared): string {
  if (kind === "EXACT") return `namnet ${quoted(name!)}`;
  if (kind === "PREFIX") return `namnet ${quoted(name!)} börjar så`;
  const where = (e: Evidence[]) => units.filter((_, i) => e.includes(found[i]!)).map((u) => u.text);
  const parts: string[] = [];
  const inName = where(["name", "name-fuzzy"]);
  if (inName.length) parts.push(`i namnet ${quoted(name!)}: ${inName.join(", ")}`);
  const inText = where(["text", "text-fuzzy"]);
  if (inText.length) parts.push(`i texten: ${inText.join(", ")}`);
  const dated = where(["date"]);
  if (dated.length) parts.push(`datum ${p.candidate.date ?? dated.join(", ")} (${dated.join(", ")})`);
  const amounts = where(["amount"]);
  if (amounts.length) parts.push(`belopp ${amounts.join(", ")}`);
  const missing = units.filter((_, i) => found[i] === null).map((u) => u.text);
  if (missing.length) parts.push(`saknar: ${missing.join(", ")}`);
  return parts.join("; ");
}

/** Words after which a Swedish noun phrase goes on with what its head is about: "Revidering av …". */
const PREPOSITIONS = new Set(["av", "for", "om", "till", "med", "i", "vid", "inom", "kring", "fran", "pa", "mellan", "enligt", "under", "efter", "infor"]);

/** The head of a name: the last word before its first preposition, bracket, colon or dash ("Revidering av X" → revidering). */
function headOf(name: string): Word | undefined {
  const segment = name.split(/\s[-–—]\s|[(:,;]/)[0]!;
  const words: Word[] = [];
  for (const w of wordsOf(segment)) {
    if (PREPOSITIONS.has(w.key)) break;
    if (!w.number) words.push(w);
  }
  return words.at(-1);
}

/** The head of the text: its last word before a preposition. */
function queryHead(units: Unit[]): WordUnit | undefined {
  const words: WordUnit[] = [];
  for (const u of units) {
    if (u.kind !== "word") continue;
    if (PREPOSITIONS.has(u.key)) break;
    if (!u.number) words.push(u);
  }
  return words.at(-1);
}

function headMet(name: string, units: Unit[]): boolean {
  const [a, b] = [queryHead(units), headOf(name)];
  return a !== undefined && b !== undefined && meetsWord(a, b) !== null;
}

/** Whether the text's head word is the head of a label (what kind of thing the entity is: "ramavtal", "statsbidrag", "möte"). */
export function headMeetsLabel(head: WordUnit | null, label: string): boolean {
  const b = headOf(label);
  return head !== null && b !== undefined && sameWord(head, b);
}

/** Share of a name's own significant words that some word of the text met. */
function nameCoverageOf(words: readonly Word[], units: Unit[]): number {
  const own = words.filter((w) => !isStopword(w.key));
  if (own.length === 0) return 0;
  const textWords = units.filter((u): u is WordUnit => u.kind === "word");
  const dateKeys = new Set(units.flatMap((u) => (u.kind === "date" ? u.keys : [])));
  const met = own.filter((w) => dateKeys.has(w.key) || textWords.some((u) => meetsWord(u, w) !== null)).length;
  return met / own.length;
}

/** How one form of the text meets the candidate, or null below the floor. */
export function matchForm(form: QueryForm, p: Prepared): Match | null {
  const units = form.units;
  if (units.length === 0 || !form.normalised) return null;
  const allMatched = (name: string) => ({ matched: units.map((u) => u.text), missing: [], coverage: 1, name });
  for (const n of p.names) {
    if (n.normalised === form.normalised) return { match: "EXACT", matchedName: n.name, ...allMatched(n.name), nameCoverage: 1, headMet: true, head: queryHead(units) ?? null, why: whyOf("EXACT", n.name, units, [], p) };
  }
  for (const n of p.names) {
    if (form.normalised.length >= 3 && n.normalised.startsWith(form.normalised)) {
      return { match: "PREFIX", matchedName: n.name, ...allMatched(n.name), nameCoverage: nameCoverageOf(n.words, units), headMet: headMet(n.name, units), head: queryHead(units) ?? null, why: whyOf("PREFIX", n.name, units, [], p) };
    }
  }
  type Reading = { found: (Evidence | null)[]; name: Prepared["names"][number]; met: number; fuzzy: number; inName: number; nameCoverage: number; head: boolean };
  const order = (r: Reading) => [r.met, r.inName, -r.fuzzy, r.nameCoverage + (r.head ? 0.5 : 0)];
  let best: Reading | null = null;
  for (const n of p.names.length ? p.names : [{ name: "", normalised: "", words: [] }]) {
    const found = units.map((u) => evidence(u, n.words, p));
    const reading: Reading = {
      found,
      name: n,
      met: found.filter((e) => e !== null).length,
      inName: found.filter((e) => e === "name" || e === "name-fuzzy" || e === "date" || e === "amount").length,
      fuzzy: found.filter((e) => e === "name-fuzzy" || e === "text-fuzzy").length,
      nameCoverage: nameCoverageOf(n.words, units),
      head: headMet(n.name, units),
    };
    if (!best) best = reading;
    else {
      const [x, y] = [order(reading), order(best)];
      const i = x.findIndex((v, k) => v !== y[k]);
      if (i >= 0 && x[i]! > y[i]!) best = reading;
    }
  }
  const { found, name, met, inName, fuzzy, nameCoverage, head } = best!;
  const words = units.filter((u) => u.kind === "word");
  const wordsMet = units.filter((u, i) => u.kind === "word" && found[i] !== null).length;
  let kind: SearchMatch;
  if (met === units.length) kind = inName === units.length ? (fuzzy > 0 ? "FUZZY" : "WORDS") : "TEXT";
  else if (met * 2 >= units.length && (words.length === 0 || wordsMet > 0) && inName > 0) kind = "PARTIAL";
  else return null;
  const namedSome = found.some((e) => e === "name" || e === "name-fuzzy");
  const matchedName = namedSome ? name.name : null;
  return {
    match: kind,
    matchedName,
    matched: units.filter((_, i) => found[i] !== null).map((u) => u.text),
    missing: units.filter((_, i) => found[i] === null).map((u) => u.text),
    coverage: met / units.length,
    nameCoverage: namedSome ? nameCoverage : 0,
    headMet: namedSome && head,
    head: queryHead(units) ?? null,
    why: whyOf(kind, matchedName, units, found, p),
  };
}
