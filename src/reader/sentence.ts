/** How the reader says, in Swedish, what it read: the form's reading with the subject and dates filled in. */
import type { Question } from "../questions/registry.js";
import type { Reading } from "./interpretation.js";

export function readingSentence(q: Question, form: number, subject: string, dates: Pick<Reading, "asOf" | "from" | "to">): string {
  let sentence = q.phrasings.forms[form]!.reading.replace("{subject}", subject);
  if (dates.asOf) sentence += `, per ${dates.asOf}`;
  if (dates.from && dates.to) sentence += dates.from === dates.to ? `, den ${dates.from}` : `, ${dates.from}–${dates.to}`;
  else if (dates.from) sentence += `, från ${dates.from}`;
  else if (dates.to) sentence += `, till ${dates.to}`;
  return sentence;
}
