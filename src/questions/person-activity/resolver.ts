/**
 * A person's roles, presentations, invitations and assignments over time, each dated (from the
 * role's own dates, the meeting, or the earliest source document) and ordered.
 */
import { z } from "zod";
import { byDate, inWindow, parsePartialDate, type Precision } from "../shared/dates.js";
import { requireEntity } from "../shared/errors.js";
import { defineQuestion } from "../shared/define.js";
import { asOfArg, idArg, intArg, isoDateArg, periodArgs } from "../shared/input.js";
import { statedBy } from "../shared/as-of.js";
import { partial } from "../../time/calendar.js";
import { roleOn } from "../../time/roles.js";
import { QUESTION_LIMITS } from "../../config/limits.js";
import { RefIndex, ref, stepBetween, type EntityRef, type RawStep, type Source } from "../shared/refs.js";
import type { MembershipRole, PersonActivity, PersonActivityEntry } from "../../generated/graphql.js";

const byName = (a: EntityRef, b: EntityRef) => a.name.localeCompare(b.name, "sv") || a.id.localeCompare(b.id);

export const personActivityArgs = z.object({
  id: idArg,
  from: isoDateArg.nullish().transform((v) => v ?? null),
  to: isoDateArg.nullish().transform((v) => v ?? null),
  asOf: asOfArg,
  limit: intArg(1, QUESTION_LIMITS.personActivity.limit.max, QUESTION_LIMITS.personActivity.limit.default),
});
export type PersonActivityArgs = z.infer<typeof personActivityArgs>;

export type PersonActivityKind = "ROLE" | "PRESENTED" | "INVITED" | "ABSENT" | "ASSIGNMENT";
const KIND_ORDER: PersonActivityKind[] = ["ROLE", "ASSIGNMENT", "INVITED", "ABSENT", "PRESENTED"];

interface PersonRow {
  person: EntityRef | null;
  party: string | null;
  aliases: string[];
  affiliations: { node: EntityRef; step: RawStep }[];
  roles: { entity: EntityRef; role: MembershipRole; title: string | null; validFrom: string | null; validFromPrecision: Precision | null; validTo: string | null; asOf: string | null; asOfPrecision: Precision | null; sourceDates: string[]; bodies: EntityRef[]; represents: EntityRef[]; sources: Source[]; link: RawStep }[];
  presentations: { entity: EntityRef; meetingDate: string | null; meetingMonth: string | null; meeting: EntityRef | null; forums: EntityRef[]; positions: EntityRef[]; sources: Source[]; link: RawStep }[];
  meetings: { entity: EntityRef; meetingDate: string | null; meetingMonth: string | null; forums: EntityRef[]; sources: Source[]; link: RawStep }[];
  assignments: { entity: EntityRef; start: string | null; end: string | null; sourceDates: string[]; sources: Source[]; link: RawStep }[];
}

/** The earliest of the dates of a fact's source documents (a full date, or a year). */
function earliestSource(dates: string[]): { date: string; precision: Precision } | null {
  const parsed = dates.map(parsePartialDate).filter((d): d is { date: string; precision: Precision } => d !== null);
  parsed.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return parsed[0] ?? null;
}

/**
 * The entries dated on or before `asOf` (undated ones too): a role stated in 2025 is no role in
 * 2021. A role carries how sure it is that it holds on `asOf` (src/time/roles.ts).
 */
export function activityEntries(person: EntityRef, row: PersonRow, asOf: string): PersonActivityEntry[] {
  const entries: PersonActivityEntry[] = [];
  const none = { role: null, title: null, bodies: [], represents: [], meeting: null, positions: [], certainty: null, explanation: null };
  for (const r of row.roles) {
    const dated = r.validFrom
      ? { date: r.validFrom, precision: r.validFromPrecision ?? ("DAY" as const), dateBasis: "validFrom" }
      : r.asOf
        ? { date: r.asOf, precision: r.asOfPrecision ?? ("DAY" as const), dateBasis: "asOf" }
        : { ...(earliestSource(r.sourceDates) ?? { date: null, precision: null }), dateBasis: r.sourceDates.length ? "sourceDocument" : null };
    const stated = partial(dated.date, dated.precision);
    const on = roleOn({ validFrom: partial(r.validFrom, r.validFromPrecision), validTo: partial(r.validTo, null), asOf: r.validFrom ? partial(r.asOf, r.asOfPrecision) : stated, inferred: false }, asOf);
    entries.push({
      ...none,
      kind: "ROLE",
      ...dated,
      certainty: on?.certainty ?? null,
      explanation: on?.explanation ?? (r.validTo && r.validTo < asOf ? `Rollen gällde till och med ${r.validTo}.` : null),
      label: r.entity.name,
      entity: ref(r.entity),
      role: r.role,
      title: r.title,
      bodies: r.bodies.map(ref).sort(byName),
      represents: r.represents.map(ref).sort(byName),
      link: stepBetween(r.link, person, r.entity),
      sources: r.sources,
    });
  }
  for (const p of row.presentations) {
    entries.push({
      ...none,
      kind: "PRESENTED",
      ...(parsePartialDate(p.meetingDate ?? p.meetingMonth) ?? { date: null, precision: null }),
      dateBasis: p.meeting ? "meeting" : null,
      label: p.entity.name,
      entity: ref(p.entity),
      bodies: p.forums.map(ref).sort(byName),
      meeting: p.meeting ? ref(p.meeting) : null,
      positions: p.positions.map(ref).sort((a, b) => a.id.localeCompare(b.id)),
      link: stepBetween(p.link, p.entity, person),
      sources: p.sources,
    });
  }
  for (const m of row.meetings) {
    entries.push({
      ...none,
      kind: m.link.relation === "ABSENT_FROM" ? "ABSENT" : "INVITED",
      ...(parsePartialDate(m.meetingDate ?? m.meetingMonth) ?? { date: null, precision: null }),
      dateBasis: "meeting",
      label: m.entity.name,
      entity: ref(m.entity),
      bodies: m.forums.map(ref).sort(byName),
      meeting: ref(m.entity),
      link: stepBetween(m.link, person, m.entity),
      sources: m.sources,
    });
  }
  for (const a of row.assignments) {
    const dated = a.start ? { date: a.start, precision: "DAY" as const, dateBasis: "project" } : { ...(earliestSource(a.sourceDates) ?? { date: null, precision: null }), dateBasis: a.sourceDates.length ? "sourceDocument" : null };
    entries.push({ ...none, kind: "ASSIGNMENT", ...dated, label: a.entity.name, entity: ref(a.entity), link: stepBetween(a.link, a.entity, person), sources: a.sources });
  }
  return entries.filter((e) => statedBy(e.date, asOf)).sort((a, b) => byDate(a, b) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.label.localeCompare(b.label, "sv"));
}

const FIELD = "personActivity";

export const question = defineQuestion("person-activity", FIELD, {
  args: personActivityArgs,
  check: (args) => periodArgs(FIELD, args),
  params: (args) => ({ id: args.id }),
  answer(row: PersonRow, args, entry): PersonActivity {
    const person = requireEntity(FIELD, args.id, row.person, entry.subject.types);
    const entries = activityEntries(person, row, args.asOf).filter((e) => inWindow(e, args.from, args.to));
    const affiliations = new RefIndex([person, ...row.affiliations.map((a) => a.node)]);
    return {
      person,
      asOf: args.asOf,
      party: row.party,
      aliases: row.aliases,
      affiliations: row.affiliations.map((a) => affiliations.step(a.step)).sort((a, b) => byName(a.to, b.to)),
      entries: entries.slice(0, args.limit),
      truncated: entries.length > args.limit,
    };
  },
});
