/**
 * What a text is also indexed under, so that the full-text index finds it the way people ask: the
 * parts of its compounds ("Ramavtal" also under "ram avtal"), its amounts by token and in words
 * ("sek49000000 49 miljoner"), its dates by token and in words ("d20250130 m202501 y2025 30
 * januari 2025"). The same tokens are what the search asks the index for (src/questions/search/).
 */
import { amountForms, readAmounts } from "./amounts.js";
import { compoundPartsOf, type Vocabulary } from "./compounds.js";
import { MONTHS, readDates } from "./dates.js";

/** Tokens of a day, month or year: "d20250130", "m202501", "y2025". */
export const dayToken = (date: string): string => `d${date.slice(0, 10).replaceAll("-", "")}`;
export const monthToken = (date: string): string => `m${date.slice(0, 7).replace("-", "")}`;
export const yearToken = (date: string): string => `y${date.slice(0, 4)}`;

export type KnownPrecision = "DAY" | "MONTH" | "YEAR";

/** A date of the graph as its tokens and as words, as far as it is known. */
export function dateForms(date: string, precision: KnownPrecision = date.length === 4 ? "YEAR" : date.length === 7 ? "MONTH" : "DAY"): string {
  const year = date.slice(0, 4);
  if (precision === "YEAR") return `${yearToken(date)} ${year}`;
  const month = MONTHS[Number(date.slice(5, 7)) - 1]!;
  if (precision === "MONTH") return `${monthToken(date)} ${yearToken(date)} ${month} ${year}`;
  return `${dayToken(date)} ${monthToken(date)} ${yearToken(date)} ${Number(date.slice(8, 10))} ${month} ${year}`;
}

/** The tokens that find what is dated within a period: its days, months or years, as few as say it. */
export function periodTokens(from: string | null, to: string | null): string[] {
  if (from === null || to === null) return [];
  if (from === to) return [dayToken(from)];
  const years = (): string[] => {
    const list: string[] = [];
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)) && list.length < 20; year++) list.push(`y${year}`);
    return list;
  };
  if (from.endsWith("-01-01") && to.endsWith("-12-31")) return years();
  const months: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  while ((y < ty || (y === ty && m <= tm)) && months.length <= 12) {
    months.push(`m${y}${String(m).padStart(2, "0")}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months.length <= 12 ? months : years();
}

/** The extra words a free text is indexed under: compound parts, and the amounts and dates it writes. */
export function searchableForms(text: string, vocabulary: Vocabulary): string {
  const forms = [compoundPartsOf(text, vocabulary)];
  if (/\d|miljon|miljard/i.test(text)) for (const a of readAmounts(text)) forms.push(amountForms(a.sek));
  // Only dates written out in full (they have digits): the others need a reference date, and none is right.
  if (/\d/.test(text)) for (const d of readDates(text, "2000-01-01")) {
    if (d.relative || d.yearFromContext || d.from === null || d.to === null) continue;
    if (d.precision === "day") forms.push(dateForms(d.from, "DAY"));
    else if (d.precision === "month") forms.push(dateForms(d.from.slice(0, 7), "MONTH"));
  }
  return forms.filter(Boolean).join(" ");
}
