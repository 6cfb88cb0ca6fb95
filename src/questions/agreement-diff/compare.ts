/**
 * One side of an agreement diff from the statement's row, and the stored values that differ
 * between two sides, labelled in Swedish. Pure functions: the rules are tested without a database.
 */
import { partial } from "../../time/calendar.js";
import type { RawDocumentFacts } from "../../time/document-facts.js";
import { apiDate } from "../shared/document-states.js";
import { ref, type EntityRef, type PathStep, type RawStep, type Source } from "../shared/refs.js";
import { dateSv } from "../../labels/sv.js";
import type { AgreementSide, DiffField, DiffPart, SigningTerm } from "../../generated/graphql.js";

export interface RawSide {
  document: EntityRef;
  isDocument: boolean;
  /** The stored terms, as the dated facts of a document carry them, and what only the diff reads. */
  fields: Pick<
    RawDocumentFacts,
    | "validFrom"
    | "validFromPrecision"
    | "validTo"
    | "validToPrecision"
    | "extendedUntil"
    | "extendedUntilPrecision"
    | "renewalTerms"
    | "noticeTerms"
    | "renewalPeriodMonths"
    | "noticePeriodMonths"
    | "partiesTotal"
    | "partiesApproved"
    | "partiesReturned"
    | "requiresAllParties"
    | "partiesStatedOn"
    | "partiesStatedOnPrecision"
  > & { version: string | null; validityText: string | null; partiesNote: string | null };
  related: number;
  relatedInferred: number;
  signing: SigningTerm[];
  links: { document: EntityRef; step: RawStep }[];
  sources: Source[];
}

const num = (n: unknown): number | null => (n === null || n === undefined ? null : Number(n));

/** A side of the diff; `counterparts` are the REPLACES/REVISES steps between a part of one side and a part of the other. */
export function diffSide(raw: RawSide, counterparts: readonly PathStep[]): AgreementSide {
  const f = raw.fields;
  const linked = (relation: string): DiffPart[] =>
    raw.links
      .filter((l) => l.step.relation === relation)
      .map((l) => ({
        document: ref(l.document),
        relation,
        inferred: l.step.inferred,
        because: l.step.because,
        sources: l.step.sources,
        counterpart: counterparts.find((c) => c.from.id === l.document.id || c.to.id === l.document.id) ?? null,
      }));
  return {
    document: ref(raw.document),
    version: f.version,
    parties: {
      related: num(raw.related)!,
      relatedInferred: num(raw.relatedInferred)!,
      total: num(f.partiesTotal),
      approved: num(f.partiesApproved),
      returned: num(f.partiesReturned),
      requiresAll: f.requiresAllParties,
      statedOn: apiDate(partial(f.partiesStatedOn, f.partiesStatedOnPrecision)),
      note: f.partiesNote,
    },
    signing: raw.signing.map((t) => ({ ...t, count: num(t.count), of: num(t.of) })),
    terms: {
      validFrom: apiDate(partial(f.validFrom, f.validFromPrecision)),
      validTo: apiDate(partial(f.validTo, f.validToPrecision)),
      extendedUntil: apiDate(partial(f.extendedUntil, f.extendedUntilPrecision)),
      validityText: f.validityText,
      renewalTerms: f.renewalTerms,
      noticeTerms: f.noticeTerms,
      renewalPeriodMonths: num(f.renewalPeriodMonths),
      noticePeriodMonths: num(f.noticePeriodMonths),
    },
    parts: linked("PART_OF"),
    annexes: linked("ANNEXED_TO"),
    termFollowers: linked("TERM_FOLLOWS"),
    sources: raw.sources,
  };
}

type Day = { date: string; precision: string } | null | undefined;
const day = (d: Day) => (d ? dateSv(d.date, d.precision) : null);
const text = (v: number | string | boolean | null | undefined) => (v === null || v === undefined ? null : typeof v === "boolean" ? (v ? "ja" : "nej") : String(v));
const names = (parts: readonly DiffPart[]) => (parts.length ? parts.map((p) => p.document.name).join("; ") : null);

const FIELDS: [field: string, label: string, read: (s: AgreementSide) => string | null][] = [
  ["version", "version", (s) => s.version ?? null],
  ["terms.validFrom", "giltig från", (s) => day(s.terms.validFrom)],
  ["terms.validTo", "giltig till och med", (s) => day(s.terms.validTo)],
  ["terms.extendedUntil", "förlängd till och med", (s) => day(s.terms.extendedUntil)],
  ["terms.renewalTerms", "förlängning", (s) => s.terms.renewalTerms ?? null],
  ["terms.noticeTerms", "uppsägning", (s) => s.terms.noticeTerms ?? null],
  ["parties.related", "parter i grafen", (s) => text(s.parties.related)],
  ["parties.total", "antal parter enligt källorna", (s) => text(s.parties.total)],
  ["parties.approved", "parter som godkänt", (s) => text(s.parties.approved)],
  ["parties.returned", "parter som återremitterat", (s) => text(s.parties.returned)],
  ["parties.requiresAll", "kräver alla parter", (s) => text(s.parties.requiresAll)],
  ["parts", "delar (underavtal, överenskommelser)", (s) => names(s.parts)],
  ["annexes", "bilagor", (s) => names(s.annexes)],
  ["termFollowers", "avtal vars avtalstid följer det", (s) => names(s.termFollowers)],
];

/** The stored values that differ between the two sides, in a fixed order. */
export function fieldDifferences(from: AgreementSide, to: AgreementSide): DiffField[] {
  return FIELDS.flatMap(([field, label, read]) => {
    const a = read(from);
    const b = read(to);
    return a === b ? [] : [{ field, label, from: a, to: b }];
  });
}
