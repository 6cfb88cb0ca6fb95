/**
 * Timeline: the life of an agreement, project or fund in date order: commissions, referrals,
 * positions taken, extensions, deadlines, planned decisions, and the entity's own dates.
 * The statement returns raw events; dating, categories, order and the window
 * are applied here.
 */
import { z } from "zod";
import { requireEntity } from "../shared/errors.js";
import { byDate, inWindow, parsePartialDate, type Precision } from "../shared/dates.js";
import { defineQuestion } from "../shared/define.js";
import { idArg, intArg, isoDateArg, periodArgs } from "../shared/input.js";
import { QUESTION_LIMITS } from "../../config/limits.js";
import { RefIndex, ref, stepBetween, type EntityRef, type RawStep, type Source } from "../shared/refs.js";
import type { MilestoneKind, PositionType, Timeline, TimelineEvent } from "../../generated/graphql.js";

const FIELD = "timeline";

const TIMELINE_CATEGORIES = [
  "COMMISSION",
  "REFERRAL",
  "POSITION",
  "EXTENSION",
  "DEADLINE",
  "PLANNED_DECISION",
  "PLANNED_ITEM",
  "REPORT_DUE",
  "PHASE",
  "CONFERENCE",
  "IN_FORCE",
  "EVENT",
  "DISCUSSED",
  "START",
  "END",
] as const;
export type TimelineCategory = (typeof TIMELINE_CATEGORIES)[number];

const MILESTONE_CATEGORY: Record<string, TimelineCategory> = {
  REFERRAL_WINDOW: "REFERRAL",
  DEADLINE: "DEADLINE",
  PLANNED_DECISION: "PLANNED_DECISION",
  PLANNED_MEETING_ITEM: "PLANNED_ITEM",
  REPORT_DUE: "REPORT_DUE",
  PHASE: "PHASE",
  CONFERENCE: "CONFERENCE",
  IN_FORCE_FROM: "IN_FORCE",
  EVENT: "EVENT",
};

export function positionCategory(positionType: string): TimelineCategory {
  if (positionType === "ASSIGNED_TASK") return "COMMISSION";
  if (positionType === "SENT_ON_REFERRAL") return "REFERRAL";
  if (positionType === "EXTENDED") return "EXTENSION";
  return "POSITION";
}

const timelineArgs = z.object({
  id: idArg,
  includeRelated: z.boolean().nullish().transform((v) => v ?? true),
  from: isoDateArg.nullish().transform((v) => v ?? null),
  to: isoDateArg.nullish().transform((v) => v ?? null),
  asOf: isoDateArg.nullish().transform((v) => v ?? null),
  limit: intArg(1, QUESTION_LIMITS.timeline.limit.max, QUESTION_LIMITS.timeline.limit.default),
});
export type TimelineArgs = z.infer<typeof timelineArgs>;

interface RawPosition {
  entity: EntityRef;
  positionType: PositionType;
  wording: string;
  inferred: boolean;
  decidedOn: string | null;
  decidedInMonth: string | null;
  meetingDate: string | null;
  meetingMonth: string | null;
  meeting: EntityRef | null;
  forum: EntityRef | null;
  sources: Source[];
  link: RawStep;
}

interface RawLife {
  about: EntityRef;
  relatedVia: RawStep | null;
  dates: {
    start: string | null;
    end: string | null;
    validFrom: string | null;
    validTo: string | null;
    extendedUntil: string | null;
    periodStart: string | null;
    periodEnd: string | null;
    inferred: boolean;
    sources: Source[];
  };
  milestones: { entity: EntityRef; kind: MilestoneKind; date: string; endDate: string | null; precision: Precision; inferred: boolean; sources: Source[]; link: RawStep }[];
  positions: RawPosition[];
  commissions: { commissioner: EntityRef; sourceDates: string[]; link: RawStep }[];
  items: { entity: EntityRef; meetingDate: string | null; meetingMonth: string | null; meeting: EntityRef; forum: EntityRef | null; inferred: boolean; sources: Source[]; link: RawStep }[];
}

/** decidedOn, else the meeting's date, else the month (decidedInMonth or the meeting's month). */
function positionDate(p: Pick<RawPosition, "decidedOn" | "decidedInMonth" | "meetingDate" | "meetingMonth">): { date: string | null; precision: Precision | null } {
  return parsePartialDate(p.decidedOn ?? p.meetingDate ?? p.decidedInMonth ?? p.meetingMonth) ?? { date: null, precision: null };
}

function eventsOf(subject: EntityRef, lives: RawLife[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const seen = new Set<string>();
  const add = (key: string, e: TimelineEvent) => {
    if (seen.has(key)) return;
    seen.add(key);
    events.push(e);
  };
  for (const life of lives) {
    const about = ref(life.about);
    const relatedVia = life.relatedVia ? stepBetween(life.relatedVia, subject, about) : null;
    const base = { about, relatedVia, forum: null, meeting: null, positionType: null, milestoneKind: null, wording: null };
    const own: [string | null, TimelineCategory, string][] = [
      [life.dates.start, "START", "startar"],
      [life.dates.end, "END", "slutar"],
      [life.dates.validFrom, "IN_FORCE", "gäller från"],
      [life.dates.validTo, "END", "giltighetstiden slutar"],
      [life.dates.extendedUntil, "EXTENSION", "förlängd till och med"],
      [life.dates.periodStart, "START", "perioden börjar"],
      [life.dates.periodEnd, "END", "perioden slutar"],
    ];
    for (const [date, category, words] of own) {
      if (!date) continue;
      add(`${about.id} ${category} ${date}`, {
        ...base,
        date,
        endDate: null,
        precision: "DAY",
        category,
        label: `${about.name}: ${words}`,
        entity: null,
        link: null,
        inferred: life.dates.inferred,
        sources: life.dates.sources,
      });
    }
    for (const m of life.milestones) {
      add(m.entity.id, {
        ...base,
        date: m.date,
        endDate: m.endDate,
        precision: m.precision,
        category: MILESTONE_CATEGORY[m.kind] ?? "EVENT",
        label: m.entity.name,
        entity: ref(m.entity),
        link: stepBetween(m.link, m.entity, about),
        milestoneKind: m.kind,
        inferred: m.inferred,
        sources: m.sources,
      });
    }
    for (const p of life.positions) {
      add(p.entity.id, {
        ...base,
        ...positionDate(p),
        endDate: null,
        category: positionCategory(p.positionType),
        label: p.entity.name,
        entity: ref(p.entity),
        link: new RefIndex([p.entity, about]).step(p.link),
        forum: p.forum ? ref(p.forum) : null,
        meeting: p.meeting ? ref(p.meeting) : null,
        positionType: p.positionType,
        wording: p.wording,
        inferred: p.inferred,
        sources: p.sources,
      });
    }
    for (const c of life.commissions) {
      const dated = life.dates.start
        ? { date: life.dates.start, precision: "DAY" as Precision }
        : (c.sourceDates
            .map(parsePartialDate)
            .filter((d): d is { date: string; precision: Precision } => d !== null)
            .sort((a, b) => (a.date < b.date ? -1 : 1))[0] ?? { date: null, precision: null });
      add(`${about.id} COMMISSIONED_BY ${c.commissioner.id}`, {
        ...base,
        ...dated,
        endDate: null,
        category: "COMMISSION",
        label: `${about.name}: uppdrag från ${c.commissioner.name}`,
        entity: ref(c.commissioner),
        link: stepBetween(c.link, about, c.commissioner),
        forum: c.commissioner.type === "Forum" ? ref(c.commissioner) : null,
        inferred: c.link.inferred,
        sources: c.link.sources,
      });
    }
    for (const i of life.items) {
      add(i.entity.id, {
        ...base,
        ...(parsePartialDate(i.meetingDate ?? i.meetingMonth) ?? { date: null, precision: null }),
        endDate: null,
        // An item of a meeting still to come is planned, not discussed (planned meetings are Meetings).
        category: i.meeting.status === "PLANNED" ? "PLANNED_ITEM" : "DISCUSSED",
        label: i.entity.name,
        entity: ref(i.entity),
        link: stepBetween(i.link, i.entity, about),
        forum: i.forum ? ref(i.forum) : null,
        meeting: ref(i.meeting),
        inferred: i.inferred,
        sources: i.sources,
      });
    }
  }
  const rank = (c: TimelineCategory) => TIMELINE_CATEGORIES.indexOf(c);
  return events.sort((a, b) => byDate(a, b) || rank(a.category) - rank(b.category) || a.label.localeCompare(b.label, "sv"));
}

export const question = defineQuestion("timeline", FIELD, {
  args: timelineArgs,
  check: (args) => periodArgs(FIELD, args),
  params: (args) => ({ id: args.id, includeRelated: args.includeRelated }),
  answer(row: { subject: EntityRef | null; lives: RawLife[] }, args, entry): Timeline {
    const subject = requireEntity(FIELD, args.id, row.subject, entry.subject.types);
    // As of a date, the timeline holds what had happened (or was dated) up to it: an upper bound like `to`.
    const until = args.asOf && (!args.to || args.asOf < args.to) ? args.asOf : args.to;
    const events = eventsOf(subject, row.lives).filter((e) => inWindow(e, args.from, until));
    return {
      subject,
      includeRelated: args.includeRelated,
      from: args.from,
      to: args.to,
      asOf: args.asOf,
      events: events.slice(0, args.limit),
      truncated: events.length > args.limit,
    };
  },
});
