/**
 * 5. People and positions: a person's roles and presentations over time (personActivity), a
 * meeting's attendance (meetingAttendance) and what a forum took positions on in a period, grouped
 * by decision type (forumPositions). Cypher: cypher/queries/person-activity.cypher,
 * meeting-attendance.cypher and forum-positions.cypher.
 */
import { z } from "zod";
import { PositionType } from "../model/vocabulary.js";
import { byDate, inWindow, parsePartialDate, type Precision } from "./dates.js";
import { requireEntity } from "./errors.js";
import { idArg, intArg, isoDateArg, parseArgs, periodArgs } from "./input.js";
import { LIMITS } from "./limits.js";
import { databaseOf, runAnalysis, type AnalysisDatabase } from "./run.js";
import { RefIndex, ref, stepBetween, type EntityRef, type PathStep, type RawStep, type Source } from "./types.js";

const byName = (a: EntityRef, b: EntityRef) => a.name.localeCompare(b.name, "sv") || a.id.localeCompare(b.id);

// ------------------------------------------------------------------ person activity

export const personActivityArgs = z.object({
  id: idArg,
  from: isoDateArg.nullish().transform((v) => v ?? null),
  to: isoDateArg.nullish().transform((v) => v ?? null),
  limit: intArg(1, LIMITS.person.limit.max, LIMITS.person.limit.default),
});
export type PersonActivityArgs = z.infer<typeof personActivityArgs>;

export type PersonActivityKind = "ROLE" | "PRESENTED" | "INVITED" | "ABSENT" | "ASSIGNMENT";
const KIND_ORDER: PersonActivityKind[] = ["ROLE", "ASSIGNMENT", "INVITED", "ABSENT", "PRESENTED"];

export interface PersonActivityEntry {
  kind: PersonActivityKind;
  date: string | null;
  precision: Precision | null;
  dateBasis: string | null;
  label: string;
  entity: EntityRef;
  role: string | null;
  title: string | null;
  bodies: EntityRef[];
  represents: EntityRef[];
  meeting: EntityRef | null;
  positions: EntityRef[];
  link: PathStep;
  sources: Source[];
}

export interface PersonActivity {
  person: EntityRef;
  party: string | null;
  aliases: string[];
  affiliations: PathStep[];
  entries: PersonActivityEntry[];
  truncated: boolean;
}

interface PersonRow {
  person: EntityRef | null;
  party: string | null;
  aliases: string[];
  affiliations: { node: EntityRef; step: RawStep }[];
  roles: { entity: EntityRef; role: string; title: string | null; validFrom: string | null; validTo: string | null; asOf: string | null; sourceDates: string[]; bodies: EntityRef[]; represents: EntityRef[]; sources: Source[]; link: RawStep }[];
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

export function activityEntries(person: EntityRef, row: PersonRow): PersonActivityEntry[] {
  const entries: PersonActivityEntry[] = [];
  const none = { role: null, title: null, bodies: [], represents: [], meeting: null, positions: [] };
  for (const r of row.roles) {
    const dated = r.validFrom
      ? { date: r.validFrom, precision: "DAY" as const, dateBasis: "validFrom" }
      : r.asOf
        ? { date: r.asOf, precision: "DAY" as const, dateBasis: "asOf" }
        : { ...(earliestSource(r.sourceDates) ?? { date: null, precision: null }), dateBasis: r.sourceDates.length ? "sourceDocument" : null };
    entries.push({
      ...none,
      kind: "ROLE",
      ...dated,
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
  return entries.sort((a, b) => byDate(a, b) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.label.localeCompare(b.label, "sv"));
}

export async function findPersonActivity(db: AnalysisDatabase, args: PersonActivityArgs): Promise<PersonActivity> {
  periodArgs("personActivity", args);
  const row = await runAnalysis<PersonRow>(db, "person-activity", { id: args.id });
  const person = requireEntity("personActivity", args.id, row.person, ["Person"]);
  const entries = activityEntries(person, row).filter((e) => inWindow(e, args.from, args.to));
  const affiliations = new RefIndex([person, ...row.affiliations.map((a) => a.node)]);
  return {
    person,
    party: row.party,
    aliases: row.aliases,
    affiliations: row.affiliations.map((a) => affiliations.step(a.step)).sort((a, b) => byName(a.to, b.to)),
    entries: entries.slice(0, args.limit),
    truncated: entries.length > args.limit,
  };
}

export async function personActivity(_root: unknown, args: unknown, context: unknown): Promise<PersonActivity> {
  return findPersonActivity(databaseOf(context), parseArgs("personActivity", personActivityArgs, args));
}

// ------------------------------------------------------------------ meeting attendance

export const meetingAttendanceArgs = z.object({ id: idArg });

interface RawAttendee {
  list: "INVITED_TO" | "ABSENT_FROM" | "PRESENTED_BY";
  person: EntityRef;
  affiliations: EntityRef[];
  roles: EntityRef[];
  presented: EntityRef[];
  step: RawStep;
  itemNode?: EntityRef;
}

export interface Attendee {
  person: EntityRef;
  affiliations: EntityRef[];
  roles: EntityRef[];
  presented: EntityRef[];
  link: PathStep;
}

export interface MeetingAttendance {
  meeting: EntityRef;
  date: string | null;
  month: string;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  format: string | null;
  forums: PathStep[];
  invited: Attendee[];
  absent: Attendee[];
  presenters: Attendee[];
  presumedPresent: EntityRef[];
  sources: Source[];
}

/** The Cypher row: the meeting's own fields as answered, its links still raw. */
interface MeetingRow extends Pick<MeetingAttendance, "date" | "month" | "startTime" | "endTime" | "location" | "format" | "sources"> {
  meeting: EntityRef | null;
  forums: { node: EntityRef; step: RawStep }[];
  listed: RawAttendee[];
  presenters: RawAttendee[];
}

function attendee(meeting: EntityRef, a: RawAttendee): Attendee {
  const link = a.list === "PRESENTED_BY" ? stepBetween(a.step, a.itemNode!, a.person) : stepBetween(a.step, a.person, meeting);
  return {
    person: ref(a.person),
    affiliations: a.affiliations.map(ref).sort(byName),
    roles: a.roles.map(ref).sort(byName),
    presented: a.presented.map(ref).sort((x, y) => x.id.localeCompare(y.id)),
    link,
  };
}

/** Invited or presenting and not recorded as absent; who attended is not in the notes. */
export function presumedPresent(invited: Attendee[], presenters: Attendee[], absent: Attendee[]): EntityRef[] {
  const away = new Set(absent.map((a) => a.person.id));
  const present = new Map<string, EntityRef>();
  for (const a of [...invited, ...presenters]) if (!away.has(a.person.id)) present.set(a.person.id, a.person);
  return [...present.values()].sort(byName);
}

export async function findMeetingAttendance(db: AnalysisDatabase, args: z.infer<typeof meetingAttendanceArgs>): Promise<MeetingAttendance> {
  const row = await runAnalysis<MeetingRow>(db, "meeting-attendance", { id: args.id });
  const meeting = requireEntity("meetingAttendance", args.id, row.meeting, ["Meeting"]);
  const sortBy = (list: Attendee[]) => list.sort((x, y) => byName(x.person, y.person));
  const invited = sortBy(row.listed.filter((a) => a.list === "INVITED_TO").map((a) => attendee(meeting, a)));
  const absent = sortBy(row.listed.filter((a) => a.list === "ABSENT_FROM").map((a) => attendee(meeting, a)));
  const firstPresentation = new Map<string, RawAttendee>();
  for (const a of row.presenters) if (!firstPresentation.has(a.person.id)) firstPresentation.set(a.person.id, a);
  const presenters = sortBy([...firstPresentation.values()].map((a) => attendee(meeting, a)));
  const forums = new RefIndex([meeting, ...row.forums.map((f) => f.node)]);
  return {
    meeting,
    date: row.date,
    month: row.month,
    startTime: row.startTime,
    endTime: row.endTime,
    location: row.location,
    format: row.format,
    forums: row.forums.map((f) => forums.step(f.step)),
    invited,
    absent,
    presenters,
    presumedPresent: presumedPresent(invited, presenters, absent),
    sources: row.sources,
  };
}

export async function meetingAttendance(_root: unknown, args: unknown, context: unknown): Promise<MeetingAttendance> {
  return findMeetingAttendance(databaseOf(context), parseArgs("meetingAttendance", meetingAttendanceArgs, args));
}

// ------------------------------------------------------------------ forum positions

export const forumPositionsArgs = z.object({
  id: idArg,
  from: isoDateArg.nullish().transform((v) => v ?? null),
  to: isoDateArg.nullish().transform((v) => v ?? null),
});
export type ForumPositionsArgs = z.infer<typeof forumPositionsArgs>;

interface RawForumPosition {
  position: EntityRef;
  positionType: string;
  wording: string;
  date: string | null;
  precision: Precision | null;
  meeting: EntityRef | null;
  agendaItem: EntityRef | null;
  concerns: EntityRef[];
  inferred: boolean;
  sources: Source[];
  link: RawStep;
}

export interface ForumPosition {
  position: EntityRef;
  wording: string;
  date: string | null;
  precision: Precision | null;
  meeting: EntityRef | null;
  agendaItem: EntityRef | null;
  concerns: EntityRef[];
  link: PathStep;
  inferred: boolean;
  sources: Source[];
}

export interface ForumPositions {
  forum: EntityRef;
  from: string | null;
  to: string | null;
  total: number;
  groups: { positionType: string; count: number; positions: ForumPosition[] }[];
}

export function groupPositions(forum: EntityRef, raw: RawForumPosition[]): ForumPositions["groups"] {
  const seen = new Set<string>();
  const groups = new Map<string, ForumPosition[]>();
  for (const p of raw) {
    if (seen.has(p.position.id)) continue;
    seen.add(p.position.id);
    const list = groups.get(p.positionType) ?? [];
    list.push({
      position: ref(p.position),
      wording: p.wording,
      date: p.date,
      precision: p.precision,
      meeting: p.meeting ? ref(p.meeting) : null,
      agendaItem: p.agendaItem ? ref(p.agendaItem) : null,
      concerns: p.concerns.map(ref).sort((a, b) => a.id.localeCompare(b.id)),
      link: stepBetween(p.link, p.position, forum),
      inferred: p.inferred,
      sources: p.sources,
    });
    groups.set(p.positionType, list);
  }
  return PositionType.options.filter((t) => groups.has(t)).map((t) => ({ positionType: t, count: groups.get(t)!.length, positions: groups.get(t)! }));
}

export async function findForumPositions(db: AnalysisDatabase, args: ForumPositionsArgs): Promise<ForumPositions> {
  periodArgs("forumPositions", args);
  const row = await runAnalysis<{ forum: EntityRef | null; positions: RawForumPosition[] }>(db, "forum-positions", { id: args.id, from: args.from, to: args.to });
  const forum = requireEntity("forumPositions", args.id, row.forum, ["Forum"]);
  const groups = groupPositions(forum, row.positions);
  return { forum, from: args.from, to: args.to, total: groups.reduce((n, g) => n + g.count, 0), groups };
}

export async function forumPositions(_root: unknown, args: unknown, context: unknown): Promise<ForumPositions> {
  return findForumPositions(databaseOf(context), parseArgs("forumPositions", forumPositionsArgs, args));
}
