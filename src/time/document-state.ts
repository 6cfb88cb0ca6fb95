/**
 * The state of a governing document on a date, derived from its dated facts (document-facts.ts),
 * with a Swedish explanation and the facts it rests on. The rules (docs/time.md):
 * - a stated validity period, or a date the documents state the status on, gives the state
 *   STATED for that period; between two statements of the same state it is INFERRED;
 * - after the last stated day in force: an extension covering the date (decided: EXTENDED; only
 *   endorsed by a forum without a mandate: EXTENSION_ENDORSED, never plain in force), else the
 *   term of the document it follows, else its renewal clause (IN_FORCE_BY_RENEWAL, INFERRED), else
 *   ENDED when a stated term or extension ran out, else UNKNOWN: nothing is carried forward;
 * - a pending document (proposed, on referral, endorsed) keeps its state while later dated facts
 *   (a referral window, a planned decision) still lie ahead, and is UNKNOWN after a planned
 *   decision passes unrecorded; an agreement that needs every party and has returns or missing
 *   approvals is NOT_ADOPTED once a later version exists;
 * - a document is REPLACED while a successor is in force; one inferred in force (by renewal or by
 *   the term it follows) becomes UNKNOWN once a pending successor's fate is unknown;
 * - before the first fact the state is UNKNOWN (a state stated in 2025 says nothing of 2021).
 */
import { addDays, covers, dateWords, earliest, firstDay, lastDay, latest, type PartialDate } from "./calendar.js";
import type { DocumentFacts, RelatedDocument } from "./document-facts.js";
import { datedFacts, day, extensionsOf, firstFactDate, lastFactDate, milestoneEnd, milestoneFact, milestonesOf, partiesText, type StateFact } from "./state-facts.js";

export type { StateFact } from "./state-facts.js";
const quoted = (name: string) => name;

/** Milestones that are steps of preparing a document (not periods of its validity). */
const PREPARATION_STEPS = ["REFERRAL_WINDOW", "DEADLINE", "PLANNED_DECISION", "CONFERENCE", "REPORT_DUE"];

export const DOCUMENT_STATES = [
  "IN_FORCE",
  "IN_FORCE_BY_RENEWAL",
  "EXTENDED",
  "EXTENSION_ENDORSED",
  "NOT_YET_IN_FORCE",
  "PROPOSED",
  "ON_REFERRAL",
  "ENDORSED",
  "NOT_ADOPTED",
  "ENDED",
  "REPLACED",
  "UNKNOWN",
] as const;
export type DocumentStateCode = (typeof DOCUMENT_STATES)[number];
export type Certainty = "STATED" | "INFERRED" | "UNKNOWN";

/** The states in which a document binds its parties on the date. */
export const IN_FORCE_STATES: readonly DocumentStateCode[] = ["IN_FORCE", "IN_FORCE_BY_RENEWAL", "EXTENDED"];
/** States after which nothing more happens to the document. */
export const FINAL_STATES: readonly DocumentStateCode[] = ["ENDED", "REPLACED", "NOT_ADOPTED"];

export interface DocumentStateOn {
  date: string;
  state: DocumentStateCode;
  certainty: Certainty;
  since: PartialDate | null;
  until: PartialDate | null;
  explanation: string;
  facts: StateFact[];
}

type Status = "IN_FORCE" | "EXTENDED" | "PENDING" | "REPLACED" | "ENDED" | null;

const PENDING_STATE: Record<string, DocumentStateCode> = { IN_PREPARATION: "PROPOSED", DRAFT: "PROPOSED", PROPOSED: "PROPOSED", ON_REFERRAL: "ON_REFERRAL", ENDORSED: "ENDORSED" };

function statusClass(status: string | null): Status {
  if (status === "IN_FORCE" || status === "ADOPTED" || status === "UNDER_REVISION") return "IN_FORCE";
  if (status === "EXTENDED") return "EXTENDED";
  if (status && status in PENDING_STATE) return "PENDING";
  if (status === "REPLACED") return "REPLACED";
  if (status === "EXPIRED") return "ENDED";
  return null;
}

const result = (date: string, state: DocumentStateCode, certainty: Certainty, since: PartialDate | null, until: PartialDate | null, explanation: string, facts: StateFact[]): DocumentStateOn => ({ date, state, certainty, since, until, explanation, facts });

const unknownAfter = (date: string, last: PartialDate | null, name: string, facts: StateFact[], why = ""): DocumentStateOn =>
  result(date, "UNKNOWN", "UNKNOWN", last ? day(addDays(lastDay(last), 1)) : null, null, last ? `Okänt efter ${dateWords(last)}: källorna säger inget senare om ${quoted(name)}${why}.` : `Källorna anger inte om ${quoted(name)} gäller${why}.`, facts);

/** The state on `date` (YYYY-MM-DD). `depth` bounds the look at successors and followed terms. */
export function documentStateOn(f: DocumentFacts, date: string, depth = 0): DocumentStateOn {
  const replaced = depth < 2 ? replacedBy(f, date, depth) : null;
  if (replaced) return replaced;
  const own = ownState(f, date, depth);
  if (depth < 2 && own.certainty === "INFERRED" && IN_FORCE_STATES.includes(own.state)) {
    const open = openSuccessor(f, date, depth);
    if (open) return open;
  }
  return own;
}

function replacedBy(f: DocumentFacts, date: string, depth: number): DocumentStateOn | null {
  for (const s of f.successors) {
    const st = documentStateOn(s.facts, date, depth + 1);
    if (!IN_FORCE_STATES.includes(st.state)) continue;
    const certainty: Certainty = s.inferred || st.certainty !== "STATED" ? "INFERRED" : "STATED";
    return result(date, "REPLACED", certainty, st.since, null, `Ersatt av ${s.name}, som ${stateWords(st.state)} per ${date}${s.inferred ? " (att det ersätter dokumentet är en slutsats)" : ""}.`, [successorFact(s, st), ...st.facts]);
  }
  return null;
}

function successorFact(s: RelatedDocument, st: DocumentStateOn): StateFact {
  return { kind: "SUCCESSOR", date: st.since, endDate: null, text: `${s.name} ${s.relation === "REPLACES" ? "ersätter" : "reviderar"} dokumentet; ${stateWords(st.state)} per ${st.date}`, entityId: s.id, inferred: s.inferred, sources: [] };
}

/** A successor that was pending and whose fate after its last fact is unknown: it may have replaced the document. */
function openSuccessor(f: DocumentFacts, date: string, depth: number): DocumentStateOn | null {
  for (const s of f.successors) {
    const st = documentStateOn(s.facts, date, depth + 1);
    const wasPending = statusClass(s.facts.status) === "PENDING";
    if (st.state !== "UNKNOWN" || !wasPending || !st.since || firstDay(st.since) > date) continue;
    return result(date, "UNKNOWN", "UNKNOWN", st.since, null, `Okänt: ${s.name} kan ha ersatt ${quoted(f.name)}; vad som hände med det efter ${dateWords(lastFactDate(s.facts))} framgår inte.`, [successorFact(s, st), ...st.facts]);
  }
  return null;
}

export function stateWords(state: DocumentStateCode): string {
  return {
    IN_FORCE: "gäller",
    IN_FORCE_BY_RENEWAL: "gäller genom förlängningsklausulen",
    EXTENDED: "gäller genom beslutad förlängning",
    EXTENSION_ENDORSED: "har en tillstyrkt förlängning utan känt beslut",
    NOT_YET_IN_FORCE: "gäller ännu inte",
    PROPOSED: "är föreslaget",
    ON_REFERRAL: "är på remiss",
    ENDORSED: "är tillstyrkt men inte beslutat",
    NOT_ADOPTED: "antogs inte",
    ENDED: "har upphört",
    REPLACED: "är ersatt",
    UNKNOWN: "har okänd status",
  }[state];
}

function ownState(f: DocumentFacts, date: string, depth: number): DocumentStateOn {
  const facts = datedFacts(f);
  const cls = statusClass(f.status);
  const referral = milestonesOf(f, ["REFERRAL_WINDOW"]).find((m) => firstDay(m.date) <= date && date <= milestoneEnd(m));
  if (referral && (cls === "PENDING" || !f.statusFirstStated || date < firstDay(f.statusFirstStated))) {
    return result(date, "ON_REFERRAL", referral.inferred ? "INFERRED" : "STATED", referral.date, referral.endDate ? day(referral.endDate) : null, `På remiss: ${referral.name}.`, [milestoneFact(referral)]);
  }
  if (cls === "PENDING") return pendingState(f, date, facts);
  if (cls === "REPLACED" || cls === "ENDED") {
    const at = f.statusFirstStated;
    if (!at || date < firstDay(at)) return unknownBefore(f, date, at, facts);
    return result(date, cls === "REPLACED" ? "REPLACED" : "ENDED", covers(at, date) ? "STATED" : "INFERRED", at, null, `${f.name} angavs som ${cls === "REPLACED" ? "ersatt" : "upphört"} ${dateWords(at)}.`, facts);
  }
  if (cls === "IN_FORCE" || cls === "EXTENDED" || f.validFrom || f.validTo) return inForceLine(f, date, depth, facts);
  const followed = followedTerm(f, date, depth, facts, null);
  if (followed) return followed;
  return unknownAfter(date, null, f.name, facts);
}

function unknownBefore(f: DocumentFacts, date: string, first: PartialDate | null, facts: StateFact[]): DocumentStateOn {
  return result(date, "UNKNOWN", "UNKNOWN", null, first ? day(addDays(firstDay(first), -1)) : null, first ? `Okänt före ${dateWords(first)}: det är det första källorna säger om ${quoted(f.name)}.` : `Källorna anger inte om ${quoted(f.name)} gäller.`, facts);
}

function inForceLine(f: DocumentFacts, date: string, depth: number, facts: StateFact[]): DocumentStateOn {
  const statements = [f.statusFirstStated, f.statusLastStated].filter((d): d is PartialDate => d !== null);
  const start = earliest([f.validFrom, ...statements]);
  const end = latest([f.validTo, ...statements]);
  if (f.validFrom && date < firstDay(f.validFrom)) {
    const decidedBefore = statements.some((s) => firstDay(s) <= date);
    if (decidedBefore) return result(date, "NOT_YET_IN_FORCE", "STATED", null, day(addDays(firstDay(f.validFrom), -1)), `${f.name} gäller från ${dateWords(f.validFrom)}.`, facts);
    return unknownBefore(f, date, f.validFrom, facts);
  }
  if (!start || date < firstDay(start)) {
    const followed = followedTerm(f, date, depth, facts, null);
    return followed ?? unknownBefore(f, date, start, facts);
  }
  const validity = f.validTo ? { date: f.validFrom ?? start, last: f.validTo } : null;
  if (validity && date <= lastDay(validity.last) && (f.validFrom ? date >= firstDay(f.validFrom) : true)) {
    return result(date, "IN_FORCE", "STATED", f.validFrom, f.validTo, `${f.name} gäller ${f.validFrom ? `från ${dateWords(f.validFrom)} ` : ""}till och med ${dateWords(f.validTo)}.`, facts);
  }
  const statedOn = statements.find((s) => covers(s, date));
  if (statedOn) return result(date, "IN_FORCE", "STATED", statedOn, statedOn, `${f.name} anges som gällande ${dateWords(statedOn)}.`, facts);
  if (end && date <= lastDay(end)) {
    return result(date, "IN_FORCE", "INFERRED", start, end, `${f.name} anges som gällande ${statements.map(dateWords).join(" och ")}${f.validFrom ? ` (från ${dateWords(f.validFrom)})` : ""}; däremellan antas det ha gällt.`, facts);
  }
  // After the last day stated in force.
  const extensions = extensionsOf(f);
  const extension = extensions.find((e) => date <= lastDay(e.until));
  if (extension) {
    if (extension.decided) return result(date, "EXTENDED", "STATED", end ? day(addDays(lastDay(end), 1)) : null, extension.until, `${extension.fact.text}.`, facts);
    return result(
      date,
      "EXTENSION_ENDORSED",
      "STATED",
      end ? day(addDays(lastDay(end), 1)) : null,
      extension.until,
      `${extension.by ?? "Ett forum"} ställde sig ${dateWords(extension.on)} bakom en förlängning till och med ${dateWords(extension.until)}, men att huvudmännen beslutade om den framgår inte; ${quoted(f.name)} senast angivet som gällande ${dateWords(end)}.`,
      facts,
    );
  }
  const followed = followedTerm(f, date, depth, facts, end);
  if (followed) return followed;
  if (f.renewalTerms || f.renewalPeriodMonths) {
    return result(
      date,
      "IN_FORCE_BY_RENEWAL",
      "INFERRED",
      end ? day(addDays(lastDay(end), 1)) : null,
      null,
      `Senast angivet som gällande ${dateWords(end)}; enligt avtalet: "${[f.renewalTerms, f.noticeTerms].filter(Boolean).join(" ")}" Ingen uppsägning finns i källorna.`,
      facts,
    );
  }
  const lastTerm = latest([f.validTo, ...extensions.map((e) => e.until)]);
  if (lastTerm) {
    const byExtension = extensions.length > 0 && lastDay(extensions[extensions.length - 1]!.until) === lastDay(lastTerm);
    const undecided = byExtension && !extensions[extensions.length - 1]!.decided;
    return result(
      date,
      "ENDED",
      undecided ? "INFERRED" : "STATED",
      day(addDays(lastDay(lastTerm), 1)),
      null,
      undecided
        ? `Den sista förlängning som finns i källorna gällde till och med ${dateWords(lastTerm)} (tillstyrkt, beslut framgår inte); inget senare är känt, så ${quoted(f.name)} gäller inte längre.`
        : `${f.name} gällde till och med ${dateWords(lastTerm)}.`,
      facts,
    );
  }
  return unknownAfter(date, end, f.name, facts);
}

/** The term of a document it follows (TERM_FOLLOWS), when the document's own facts do not cover the date. */
function followedTerm(f: DocumentFacts, date: string, depth: number, facts: StateFact[], ownEnd: PartialDate | null): DocumentStateOn | null {
  if (depth >= 2) return null;
  for (const t of f.termFollows) {
    const st = documentStateOn(t.facts, date, depth + 1);
    if (st.state === "UNKNOWN" && !ownEnd) continue;
    const certainty: Certainty = st.certainty === "UNKNOWN" ? "UNKNOWN" : "INFERRED";
    const fact: StateFact = { kind: "TERM_FOLLOWS", date: null, endDate: null, text: `Avtalstiden följer ${t.name}${t.inferred ? " (en slutsats)" : ""}`, entityId: t.id, inferred: t.inferred, sources: [] };
    return result(date, st.state, certainty, st.since, st.until, `Avtalstiden följer ${t.name}${t.inferred ? " (en slutsats)" : ""}, som ${stateWords(st.state)} per ${date}.`, [fact, ...facts, ...st.facts]);
  }
  return null;
}

function pendingState(f: DocumentFacts, date: string, facts: StateFact[]): DocumentStateOn {
  const state = PENDING_STATE[f.status!]!;
  const first = f.statusFirstStated;
  const last = f.statusLastStated ?? first;
  const p = f.parties;
  if (p.requiresAll && p.statedOn && date >= firstDay(p.statedOn) && ((p.returned ?? 0) > 0 || (p.approved !== null && p.total !== null && p.approved < p.total))) {
    const laterVersion = f.otherVersions.find((v) => v.firstFact && firstDay(v.firstFact) > lastDay(p.statedOn!));
    const lastFact = lastFactDate(f);
    if (laterVersion || (lastFact && date <= lastDay(lastFact))) {
      return result(date, "NOT_ADOPTED", "INFERRED", p.statedOn, null, `${partiesText(f)}; därför antogs ${quoted(f.name)} inte${laterVersion ? `, och ${laterVersion.name} togs fram senare` : ""}.`, facts);
    }
    return unknownAfter(date, lastFact, f.name, facts);
  }
  if (!first || date < firstDay(first)) {
    const earlier = milestonesOf(f, PREPARATION_STEPS).filter((m) => firstDay(m.date) <= date);
    if (!earlier.length) return unknownBefore(f, date, first ?? firstFactDate(f), facts);
    // Between an earlier step (a referral window, a planned decision) and the first statement: still in preparation.
    return result(date, "PROPOSED", "INFERRED", latest(earlier.map((m) => m.date)), first ? day(addDays(firstDay(first), -1)) : null, `Under beredning: ${earlier.map((m) => m.name).join("; ")}.`, facts);
  }
  const statedOn = [first, last].find((s) => s && covers(s, date));
  if (statedOn) return result(date, state, "STATED", first, last, `${f.name} ${stateWords(state)} (angivet ${dateWords(statedOn)}).`, facts);
  if (last && date <= lastDay(last)) return result(date, state, "INFERRED", first, last, `${f.name} ${stateWords(state)} (angivet ${dateWords(first)} och ${dateWords(last)}).`, facts);
  // After the last statement: known only while planned steps lie ahead; a planned decision that passes unrecorded ends what is known.
  const planned = milestonesOf(f, ["PLANNED_DECISION", "IN_FORCE_FROM"]).filter((m) => lastDay(m.date) > lastDay(last!));
  const firstPlanned = planned.sort((a, b) => (lastDay(a.date) < lastDay(b.date) ? -1 : 1))[0];
  const horizon = firstPlanned ? firstPlanned.date : latest(f.milestones.map((m) => (m.endDate ? day(m.endDate) : m.date)).filter((d) => lastDay(d) > lastDay(last!)));
  if (horizon && date <= lastDay(horizon)) {
    const ahead = f.milestones.filter((m) => milestoneEnd(m) >= date).map((m) => `${m.name} (${dateWords(m.date)})`);
    const waiting: DocumentStateCode = state === "ON_REFERRAL" ? "PROPOSED" : state;
    return result(date, waiting, "INFERRED", last, horizon, `${f.name} ${stateWords(state)} angavs ${dateWords(last)}${ahead.length ? `; planerat: ${ahead.join(", ")}` : ""}; inget beslut finns i källorna.`, facts);
  }
  return unknownAfter(date, horizon ?? last, f.name, facts, firstPlanned ? `: ${firstPlanned.name} skulle ske ${dateWords(firstPlanned.date)}, men vad som hände framgår inte` : "");
}
