/**
 * The dated facts of a governing document, as DATED_FACTS_STATEMENTS read them (what `{{dated d}}`
 * stands for in an answer; src/database/dated-facts-fragment.ts): its stated status and when the documents state it, its
 * validity, its renewal and notice terms, its parties, the positions taken on it (an extension
 * with its end date, a referral, a recommendation), its milestones, and one level of the documents
 * that replace or revise it or whose term it follows. Nothing here is a state: states are derived
 * from these facts for a date (document-state.ts).
 */
import { partial, type PartialDate } from "./calendar.js";

export interface SourceCitation {
  document: { id: string; title: string; kind: string; date: string | null };
  quote: string;
}

export interface DatedPosition {
  id: string;
  name: string;
  positionType: string;
  date: PartialDate | null;
  /** The end date of the extension it endorses or decides (positionType EXTENDED). */
  extendsUntil: PartialDate | null;
  forum: { id: string; name: string; hasDecisionMandate: boolean | null } | null;
  sources: SourceCitation[];
}

export interface DatedMilestone {
  id: string;
  name: string;
  kind: string;
  date: PartialDate;
  endDate: string | null;
  inferred: boolean;
  sources: SourceCitation[];
}

export interface RelatedDocument {
  id: string;
  name: string;
  relation: string;
  inferred: boolean;
  because: string | null;
  facts: DocumentFacts;
}

export interface DocumentFacts {
  id: string;
  name: string;
  kind: string;
  /** The status the documents state, and the first and last date they state it on. */
  status: string | null;
  statusFirstStated: PartialDate | null;
  statusLastStated: PartialDate | null;
  validFrom: PartialDate | null;
  validTo: PartialDate | null;
  /** An extension the documents state as made (who decided it is not recorded on the document). */
  extendedUntil: PartialDate | null;
  renewalTerms: string | null;
  noticeTerms: string | null;
  renewalPeriodMonths: number | null;
  noticePeriodMonths: number | null;
  parties: { total: number | null; approved: number | null; returned: number | null; requiresAll: boolean; statedOn: PartialDate | null };
  sources: SourceCitation[];
  positions: DatedPosition[];
  milestones: DatedMilestone[];
  /** Documents that replace or revise this one. */
  successors: RelatedDocument[];
  /** Documents whose term this one follows (TERM_FOLLOWS). */
  termFollows: RelatedDocument[];
  /** Other versions of the same lineage (REPLACES/REVISES, two steps, either way) and the first date the documents speak of them. */
  otherVersions: { id: string; name: string; firstFact: PartialDate | null }[];
}

/** One document of a family as it is read: dates as text with their precision fields. */
export interface RawDocumentFacts {
  id: string;
  name: string;
  kind: string;
  status: string | null;
  statusFirstStated: string | null;
  statusFirstStatedPrecision: string | null;
  statusLastStated: string | null;
  statusLastStatedPrecision: string | null;
  validFrom: string | null;
  validFromPrecision: string | null;
  validTo: string | null;
  validToPrecision: string | null;
  extendedUntil: string | null;
  extendedUntilPrecision: string | null;
  renewalTerms: string | null;
  noticeTerms: string | null;
  renewalPeriodMonths: number | null;
  noticePeriodMonths: number | null;
  partiesTotal: number | null;
  partiesApproved: number | null;
  partiesReturned: number | null;
  requiresAllParties: boolean | null;
  partiesStatedOn: string | null;
  partiesStatedOnPrecision: string | null;
  sources?: SourceCitation[] | null;
  positions?: {
    id: string;
    name: string;
    positionType: string;
    decidedOn: string | null;
    decidedInMonth: string | null;
    meetingDate: string | null;
    meetingMonth: string | null;
    extendsUntil: string | null;
    extendsUntilPrecision: string | null;
    forum: { id: string; name: string; hasDecisionMandate: boolean | null } | null;
    sources?: SourceCitation[] | null;
  }[];
  milestones?: { id: string; name: string; kind: string; date: string; endDate: string | null; precision: string; inferred: boolean | null; sources?: SourceCitation[] | null }[];
  otherVersions?: { id: string; name: string; firstFact: string | null }[];
}

/** A document's dated facts as read: its family, each document once, and the links between them. */
export interface RawFamily {
  root: string;
  links: { from: string; to: string; relation: string; inferred: boolean | null; because: string | null }[];
  documents: RawDocumentFacts[];
}

const monthOrDay = (day: string | null, month: string | null): PartialDate | null => partial(day) ?? (month ? partial(`${month}-01`, "MONTH") : null);

/**
 * A document's facts from its family row: its successors (REPLACES, REVISES) and the documents
 * whose term it follows (with their successors), each with its own facts.
 */
export function documentFacts(family: RawFamily): DocumentFacts {
  const byId = new Map(family.documents.map((d) => [d.id, d]));
  const build = (id: string, depth: number): DocumentFacts => {
    const related = (links: RawFamily["links"], end: "from" | "to"): RelatedDocument[] =>
      links.flatMap((l) => {
        const other = byId.get(l[end]);
        return other ? [{ id: other.id, name: other.name, relation: l.relation, inferred: l.inferred ?? false, because: l.because, facts: build(other.id, depth + 1) }] : [];
      });
    const own = ownFacts(byId.get(id)!);
    if (depth >= 2) return own;
    const successors = related(family.links.filter((l) => l.to === id && l.relation !== "TERM_FOLLOWS"), "from");
    const termFollows = depth === 0 ? related(family.links.filter((l) => l.from === id && l.relation === "TERM_FOLLOWS"), "to") : [];
    return { ...own, successors, termFollows };
  };
  return build(family.root, 0);
}

function ownFacts(raw: RawDocumentFacts): DocumentFacts {
  return {
    id: raw.id,
    name: raw.name,
    kind: raw.kind,
    status: raw.status,
    statusFirstStated: partial(raw.statusFirstStated, raw.statusFirstStatedPrecision),
    statusLastStated: partial(raw.statusLastStated, raw.statusLastStatedPrecision),
    validFrom: partial(raw.validFrom, raw.validFromPrecision),
    validTo: partial(raw.validTo, raw.validToPrecision),
    extendedUntil: partial(raw.extendedUntil, raw.extendedUntilPrecision),
    renewalTerms: raw.renewalTerms,
    noticeTerms: raw.noticeTerms,
    renewalPeriodMonths: raw.renewalPeriodMonths,
    noticePeriodMonths: raw.noticePeriodMonths,
    parties: { total: raw.partiesTotal, approved: raw.partiesApproved, returned: raw.partiesReturned, requiresAll: raw.requiresAllParties ?? false, statedOn: partial(raw.partiesStatedOn, raw.partiesStatedOnPrecision) },
    sources: raw.sources ?? [],
    positions: (raw.positions ?? []).map((p) => ({
      id: p.id,
      name: p.name,
      positionType: p.positionType,
      date: monthOrDay(p.decidedOn, p.decidedInMonth) ?? monthOrDay(p.meetingDate, p.meetingMonth),
      extendsUntil: partial(p.extendsUntil, p.extendsUntilPrecision),
      forum: p.forum,
      sources: p.sources ?? [],
    })),
    milestones: (raw.milestones ?? []).map((m) => ({ id: m.id, name: m.name, kind: m.kind, date: partial(m.date, m.precision)!, endDate: m.endDate, inferred: m.inferred ?? false, sources: m.sources ?? [] })),
    successors: [],
    termFollows: [],
    otherVersions: (raw.otherVersions ?? []).map((v) => ({ id: v.id, name: v.name, firstFact: partial(v.firstFact) ?? null })),
  };
}
