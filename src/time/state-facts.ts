/**
 * The dated facts a document's state rests on, in words with their sources: its status
 * statements, validity, extensions (who endorsed or decided them, and when), renewal clause,
 * parties, positions and milestones; and the first and last dates the facts speak of.
 */
import { dateWords, earliest, firstDay, lastDay, latest, type PartialDate } from "./calendar.js";
import type { DatedMilestone, DatedPosition, DocumentFacts, SourceCitation } from "./document-facts.js";

export type FactKind = "STATUS" | "VALIDITY" | "EXTENSION" | "RENEWAL_CLAUSE" | "PARTIES" | "POSITION" | "MILESTONE" | "SUCCESSOR" | "TERM_FOLLOWS";

/** One dated fact a state rests on, in words, with its sources. */
export interface StateFact {
  kind: FactKind;
  date: PartialDate | null;
  endDate: string | null;
  text: string;
  entityId: string | null;
  inferred: boolean;
  sources: SourceCitation[];
}

export const day = (d: string): PartialDate => ({ date: d, precision: "DAY" });

export interface Extension {
  until: PartialDate;
  on: PartialDate | null;
  decided: boolean;
  by: string | null;
  fact: StateFact;
}

export function extensionsOf(f: DocumentFacts): Extension[] {
  const list: Extension[] = f.positions
    .filter((p): p is DatedPosition & { extendsUntil: PartialDate } => p.positionType === "EXTENDED" && p.extendsUntil !== null)
    .map((p) => {
      const decided = p.forum?.hasDecisionMandate === true;
      const by = p.forum?.name ?? null;
      return {
        until: p.extendsUntil,
        on: p.date,
        decided,
        by,
        fact: { kind: "EXTENSION", date: p.date, endDate: lastDay(p.extendsUntil), text: `${by ?? "Ett forum"} ${decided ? "beslutade om" : "ställde sig bakom"} förlängning till och med ${dateWords(p.extendsUntil)} (${dateWords(p.date)})`, entityId: p.id, inferred: false, sources: p.sources },
      };
    });
  if (f.extendedUntil) {
    list.push({ until: f.extendedUntil, on: f.statusLastStated, decided: true, by: null, fact: { kind: "EXTENSION", date: f.statusLastStated, endDate: lastDay(f.extendedUntil), text: `Förlängt till och med ${dateWords(f.extendedUntil)}`, entityId: f.id, inferred: false, sources: f.sources } });
  }
  return list.sort((a, b) => (lastDay(a.until) < lastDay(b.until) ? -1 : 1));
}

export const milestonesOf = (f: DocumentFacts, kinds: readonly string[]) => f.milestones.filter((m) => kinds.includes(m.kind));
export const milestoneEnd = (m: DatedMilestone): string => m.endDate ?? lastDay(m.date);

export function milestoneFact(m: DatedMilestone): StateFact {
  return { kind: "MILESTONE", date: m.date, endDate: m.endDate, text: `${m.name} (${dateWords(m.date)}${m.endDate ? `–${m.endDate}` : ""})`, entityId: m.id, inferred: m.inferred, sources: m.sources };
}

function statusFact(f: DocumentFacts, at: PartialDate): StateFact {
  return { kind: "STATUS", date: at, endDate: null, text: `Status angiven ${dateWords(at)}: ${f.status}`, entityId: f.id, inferred: false, sources: f.sources };
}

/** Every dated fact of the document, in date order (undated last). */
export function datedFacts(f: DocumentFacts): StateFact[] {
  const facts: StateFact[] = [];
  if (f.statusFirstStated) facts.push(statusFact(f, f.statusFirstStated));
  if (f.statusLastStated && (!f.statusFirstStated || lastDay(f.statusLastStated) !== lastDay(f.statusFirstStated))) facts.push(statusFact(f, f.statusLastStated));
  if (f.validFrom || f.validTo) facts.push({ kind: "VALIDITY", date: f.validFrom, endDate: f.validTo ? lastDay(f.validTo) : null, text: `Giltighetstid ${f.validFrom ? dateWords(f.validFrom) : "(start anges inte)"}–${f.validTo ? dateWords(f.validTo) : "(slut anges inte)"}`, entityId: f.id, inferred: false, sources: f.sources });
  for (const e of extensionsOf(f)) facts.push(e.fact);
  if (f.renewalTerms || f.renewalPeriodMonths) facts.push({ kind: "RENEWAL_CLAUSE", date: null, endDate: null, text: [f.renewalTerms, f.noticeTerms].filter(Boolean).join(" "), entityId: f.id, inferred: false, sources: f.sources });
  if (f.parties.statedOn) facts.push({ kind: "PARTIES", date: f.parties.statedOn, endDate: null, text: partiesText(f), entityId: f.id, inferred: false, sources: f.sources });
  for (const p of f.positions) if (p.positionType !== "EXTENDED" || !p.extendsUntil) facts.push({ kind: "POSITION", date: p.date, endDate: null, text: `${p.name} (${dateWords(p.date)})`, entityId: p.id, inferred: false, sources: p.sources });
  for (const m of f.milestones) facts.push(milestoneFact(m));
  return facts.sort((a, b) => (a.date && b.date ? (firstDay(a.date) < firstDay(b.date) ? -1 : firstDay(a.date) > firstDay(b.date) ? 1 : 0) : a.date ? -1 : b.date ? 1 : 0));
}

export function partiesText(f: DocumentFacts): string {
  const p = f.parties;
  const parts = [p.approved !== null && p.total !== null ? `${p.approved} av ${p.total} har sagt ja eller väntas säga ja` : "", p.returned ? `${p.returned} har återremitterat ärendet` : "", p.requiresAll ? "avtalet förutsätter att samtliga parter skriver på" : ""].filter(Boolean);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} och ${parts.at(-1)}` : (parts[0] ?? "");
  return `${list} (${dateWords(p.statedOn)})`;
}

/** The last date any fact about the document speaks of. */
export function lastFactDate(f: DocumentFacts): PartialDate | null {
  return latest([
    f.statusLastStated,
    f.statusFirstStated,
    f.validFrom,
    f.validTo,
    f.parties.statedOn,
    ...extensionsOf(f).map((e) => e.until),
    ...f.positions.map((p) => p.date),
    ...f.milestones.map((m) => (m.endDate ? day(m.endDate) : m.date)),
  ]);
}

/** The first date any fact about the document speaks of. */
export function firstFactDate(f: DocumentFacts): PartialDate | null {
  return earliest([f.statusFirstStated, f.statusLastStated, f.validFrom, f.parties.statedOn, ...f.positions.map((p) => p.date), ...f.milestones.map((m) => m.date)]);
}

