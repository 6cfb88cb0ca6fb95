/**
 * Roles on a date. A role is stated for a period (validFrom–validTo) or for a single date (asOf:
 * the date of the document that shows it). On a date, a forum's officers are the roles stated on
 * or before it and not ended before it, the latest statement of each role kind first; a role
 * stated only for an earlier date is given with that date and certainty UNKNOWN for the date asked
 * (the documents do not say it still holds), and nothing is projected backwards: a role stated in
 * 2025 is no role in 2021.
 */
import { covers, dateWords, firstDay, lastDay, type PartialDate } from "./calendar.js";
import type { Certainty } from "./document-state.js";

export interface DatedRole {
  validFrom: PartialDate | null;
  validTo: PartialDate | null;
  asOf: PartialDate | null;
  /** Whether the role itself is only inferred. */
  inferred: boolean;
}

export interface RoleOn {
  /** The date the role is stated from or for. */
  statedOn: PartialDate | null;
  certainty: Certainty;
  explanation: string;
}

/** The role on `day`, or null when no statement covers or precedes the day (or the role ended before it). */
export function roleOn(r: DatedRole, day: string): RoleOn | null {
  if (r.validFrom || r.validTo) {
    if (r.validFrom && day < firstDay(r.validFrom)) return null;
    if (r.validTo && day > lastDay(r.validTo)) return null;
    if (!r.validFrom && (!r.asOf || day < firstDay(r.asOf))) return null;
    const certainty: Certainty = r.inferred ? "INFERRED" : "STATED";
    return { statedOn: r.validFrom ?? r.asOf, certainty, explanation: `Rollen gäller ${r.validFrom ? `från ${dateWords(r.validFrom)} ` : ""}${r.validTo ? `till och med ${dateWords(r.validTo)}` : "(slut anges inte)"}.` };
  }
  if (!r.asOf || day < firstDay(r.asOf)) return null;
  if (covers(r.asOf, day)) return { statedOn: r.asOf, certainty: r.inferred ? "INFERRED" : "STATED", explanation: `Angiven ${dateWords(r.asOf)}.` };
  return { statedOn: r.asOf, certainty: "UNKNOWN", explanation: `Senast angiven ${dateWords(r.asOf)}; om rollen gäller ${day} framgår inte.` };
}

/** Keeps, per key (e.g. the role kind), only the roles from the latest statement on or before the day. */
export function latestStatements<T extends { on: RoleOn }>(items: T[], keyOf: (item: T) => string): T[] {
  const latest = new Map<string, string>();
  for (const item of items) {
    const at = item.on.statedOn ? firstDay(item.on.statedOn) : "";
    const key = keyOf(item);
    if ((latest.get(key) ?? "") < at) latest.set(key, at);
  }
  return items.filter((item) => (item.on.statedOn ? firstDay(item.on.statedOn) : "") === (latest.get(keyOf(item)) ?? ""));
}
