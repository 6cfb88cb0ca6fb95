/**
 * An agreement's lineage from the versions and links the statement reads: the versions in order,
 * each one's relations to earlier versions, and the version in force on a date. Pure functions
 * over the derived states (src/time/document-state.ts), so the rules are tested without a database.
 * - Order: by the first dated fact (unknown last); a version comes after every version it
 *   replaces, revises or whose term it follows, whatever its dates say.
 * - A revision whose own state on the date is NOT_ADOPTED is a FAILED_REVISION.
 * - In force: exactly one version whose derived state is in force; none, or more than one, gives
 *   no version and says why (never a guess).
 */
import { addDays, addMonths, firstDay, type PartialDate } from "../../time/calendar.js";
import type { DocumentFacts } from "../../time/document-facts.js";
import { documentStateOn, IN_FORCE_STATES, stateWords, type DocumentStateCode, type DocumentStateOn } from "../../time/document-state.js";
import { firstFactDate } from "../../time/state-facts.js";

export interface LinkFacts {
  relation: string;
  from: string;
  to: string;
}

export interface OrderedVersion {
  id: string;
  name: string;
  firstFact: PartialDate | null;
}

/** The versions oldest first: a topological order of "earlier → later" links, ties by first fact, then id. */
export function orderVersions<V extends OrderedVersion>(versions: readonly V[], links: readonly LinkFacts[]): V[] {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const earlierOf = new Map<string, Set<string>>(versions.map((v) => [v.id, new Set()]));
  for (const l of links) if (byId.has(l.from) && byId.has(l.to) && l.from !== l.to) earlierOf.get(l.from)!.add(l.to);
  const key = (v: V) => `${v.firstFact ? firstDay(v.firstFact) : "9999-99-99"} ${v.id}`;
  const ordered: V[] = [];
  const placed = new Set<string>();
  const rest = [...versions].sort((a, b) => key(a).localeCompare(key(b)));
  while (rest.length) {
    // The earliest version whose earlier versions are all placed; a cycle falls back to the earliest one left.
    const i = Math.max(0, rest.findIndex((v) => [...earlierOf.get(v.id)!].every((e) => placed.has(e))));
    const [next] = rest.splice(i, 1);
    ordered.push(next!);
    placed.add(next!.id);
  }
  return ordered;
}

export type VersionRelationCode = "REPLACES" | "REVISES" | "FAILED_REVISION" | "TERM_FOLLOWS";

/** The relation a stored link names, read with the later version's state on the date. */
export function versionRelation(storedAs: string, later: Pick<DocumentStateOn, "state">): VersionRelationCode {
  if (storedAs === "REVISES") return later.state === "NOT_ADOPTED" ? "FAILED_REVISION" : "REVISES";
  if (storedAs === "TERM_FOLLOWS") return "TERM_FOLLOWS";
  return "REPLACES";
}

export interface VersionState {
  id: string;
  name: string;
  state: DocumentStateOn;
}

export interface InForceChoice {
  version: VersionState | null;
  reason: string;
}

/** The version in force on the date, or none with the reason. */
export function versionInForce(states: readonly VersionState[], date: string): InForceChoice {
  const inForce = states.filter((s) => IN_FORCE_STATES.includes(s.state.state));
  if (inForce.length === 1) {
    const v = inForce[0]!;
    return { version: v, reason: `${v.name} ${stateWords(v.state.state)} per ${date}: ${v.state.explanation}` };
  }
  if (inForce.length > 1) {
    return { version: null, reason: `Flera versioner gäller enligt sina framräknade tillstånd per ${date} (${inForce.map((s) => s.name).join("; ")}); svaret väljer inte mellan dem.` };
  }
  const each = states.map((s) => `${s.name} ${stateWords(s.state.state)} (${s.state.explanation.replace(/\.$/, "")})`).join("; ");
  return { version: null, reason: `Ingen version gäller enligt källorna per ${date}: ${each}.` };
}

export type SpanKindCode = "STATED" | "INFERRED" | "ENDORSED" | "PENDING" | "UNKNOWN";

export interface Span {
  from: string;
  to: string;
  kind: SpanKindCode;
  state: DocumentStateCode;
}

function spanKind(s: DocumentStateOn): SpanKindCode | null {
  if (IN_FORCE_STATES.includes(s.state)) return s.certainty === "STATED" ? "STATED" : "INFERRED";
  if (s.state === "EXTENSION_ENDORSED") return "ENDORSED";
  if (s.state === "PROPOSED" || s.state === "ON_REFERRAL" || s.state === "ENDORSED" || s.state === "NOT_YET_IN_FORCE") return "PENDING";
  if (s.state === "UNKNOWN") return "UNKNOWN";
  return null;
}

const nextMonthStart = (day: string) => addMonths(`${day.slice(0, 7)}-01`, 1);

/**
 * A version's time line from its first fact to the end of the month of `until`: its state derived
 * on the day of its first fact and on the first day of each month after it, runs of the same kind
 * merged. The stretches it is ended, replaced or not adopted are left out, and so is the time before
 * its first fact (nothing is carried backward).
 */
export function versionSpans(facts: DocumentFacts, until: string): Span[] {
  const first = firstFactDate(facts);
  if (!first) return [];
  const end = addDays(nextMonthStart(until), -1);
  const spans: Span[] = [];
  for (let day = firstDay(first); day <= end; day = nextMonthStart(day)) {
    const s = documentStateOn(facts, day);
    const kind = spanKind(s);
    const to = addDays(nextMonthStart(day), -1);
    const last = spans[spans.length - 1];
    if (kind && last && last.kind === kind && last.to === addDays(day, -1)) last.to = to;
    else if (kind) spans.push({ from: day, to, kind, state: s.state });
  }
  return spans;
}
