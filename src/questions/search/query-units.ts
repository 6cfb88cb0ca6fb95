/**
 * A search text read as Swedish: its words (folded, stemmed, numbers marked), the dates and
 * periods it writes ("30 januari 2025", "januari 2025", "under 2022") and its amounts ("49
 * miljoner"), each one unit that a hit meets or not, and the variant with its abbreviations
 * written out ("HoS-avtalet" → "hälso- och sjukvårdsavtalet"). Stop words are no units (unless
 * the text has nothing else).
 */
import { writtenOut } from "../../swedish/abbreviations.js";
import { readAmounts } from "../../swedish/amounts.js";
import { readDates } from "../../swedish/dates.js";
import { stem } from "../../swedish/stem.js";
import { isStopword, normalise, tokenize } from "../../swedish/text.js";

export interface WordUnit {
  kind: "word";
  /** As typed. */
  text: string;
  key: string;
  stem: string;
  /** Digits only: met by the same number, never a near one ("2025" is not "2022"). */
  number: boolean;
}

export interface DateUnit {
  kind: "date";
  text: string;
  from: string | null;
  to: string | null;
  /** The words it was written with, folded: a name that writes them meets it too ("SRO januari 2022"). */
  keys: string[];
}

export interface AmountUnit {
  kind: "amount";
  text: string;
  sek: number;
}

export type Unit = WordUnit | DateUnit | AmountUnit;

export interface QueryForm {
  /** Folded, punctuation as spaces: compared with names as a whole (EXACT, PREFIX). */
  normalised: string;
  units: Unit[];
}

export interface SearchQuery {
  text: string;
  /** The text as typed, then with abbreviations written out (when it has any). */
  forms: QueryForm[];
}

/** Made once: building a DateTimeFormat takes longer than the rest of reading a search text. */
const STOCKHOLM_DAY = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today in Sweden, as YYYY-MM-DD: what "i januari" or "idag" in a search text is relative to. */
export function swedishToday(now = new Date()): string {
  return STOCKHOLM_DAY.format(now);
}


function formOf(text: string, today: string): QueryForm {
  const units: Unit[] = [];
  const taken: [number, number][] = [];
  for (const d of readDates(text, today)) {
    if (d.invalid) continue;
    units.push({ kind: "date", text: d.text, from: d.from, to: d.to, keys: tokenize(d.text).map((t) => t.key) });
    taken.push([d.start, d.end]);
  }
  for (const a of readAmounts(text)) {
    if (taken.some(([s, e]) => a.start < e && a.end > s)) continue;
    units.push({ kind: "amount", text: a.text, sek: a.sek });
    taken.push([a.start, a.end]);
  }
  const words: WordUnit[] = tokenize(text)
    .filter((t) => !taken.some(([s, e]) => t.start < e && t.end > s))
    .map((t) => ({ kind: "word", text: t.text, key: t.key, stem: stem(t.key), number: t.number }));
  const significant = words.filter((w) => !isStopword(w.key));
  units.push(...(significant.length || units.length ? significant : words));
  return { normalised: normalise(text), units };
}

export function parseQuery(text: string, today = swedishToday()): SearchQuery {
  const forms = [formOf(text, today)];
  const out = writtenOut(text);
  if (out !== null) forms.push(formOf(out, today));
  return { text, forms };
}
