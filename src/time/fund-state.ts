/**
 * A fund on a date, from its stated period (start and end, each with its precision): active
 * within it, not started before it, ended after it. A period the documents leave open at either
 * end is not carried past what they state: beyond it the state is UNKNOWN.
 */
import { dateWords, firstDay, lastDay, partial, type PartialDate } from "./calendar.js";

export type FundStateCode = "ACTIVE" | "NOT_STARTED" | "ENDED" | "UNKNOWN";

export interface FundFacts {
  periodStart: string | null;
  periodStartPrecision: string | null;
  periodEnd: string | null;
  periodEndPrecision: string | null;
}

export interface FundStateOn {
  date: string;
  state: FundStateCode;
  certainty: "STATED" | "UNKNOWN";
  explanation: string;
}

const period = (start: PartialDate | null, end: PartialDate | null) => `${dateWords(start)}–${dateWords(end)}`;

export function fundStateOn(f: FundFacts, day: string): FundStateOn {
  const start = partial(f.periodStart, f.periodStartPrecision);
  const end = partial(f.periodEnd, f.periodEndPrecision);
  const result = (state: FundStateCode, certainty: FundStateOn["certainty"], explanation: string): FundStateOn => ({ date: day, state, certainty, explanation });
  if (!start && !end) return result("UNKNOWN", "UNKNOWN", "Källorna anger ingen period för medlen.");
  if (start && day < firstDay(start)) return result("NOT_STARTED", "STATED", `Medlen gäller från ${dateWords(start)}.`);
  if (end && day > lastDay(end)) return result("ENDED", "STATED", `Medlens period ${start ? period(start, end) : `till ${dateWords(end)}`} har gått ut.`);
  if (start && end) return result("ACTIVE", "STATED", `Inom medlens period ${period(start, end)}.`);
  if (start) return result("UNKNOWN", "UNKNOWN", `Medlen gäller från ${dateWords(start)}; något slut anges inte, så om de gäller ${day} framgår inte.`);
  return result("UNKNOWN", "UNKNOWN", `Medlen gäller till ${dateWords(end)}; någon början anges inte, så om de gällde ${day} framgår inte.`);
}
