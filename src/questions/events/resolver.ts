/**
 * Events: what happened between two dates, as the documents date it: decisions, endorsements,
 * referrals and commissions (positions), referral windows, deadlines and planned decisions
 * (milestones), validity starting, ending or extended (governing documents), roles as stated,
 * and meetings; each with its date and precision, its kind in Swedish, the entities it involves
 * and its sources. Not the API's change feed: these are the domain's own dates.
 */
import { z } from "zod";
import { defineQuestion } from "../shared/define.js";
import { badInput, requireEntity } from "../shared/errors.js";
import { idArg, intArg, isoDateArg } from "../shared/input.js";
import { ENTITY_TYPES, ref, type EntityRef, type Source } from "../shared/refs.js";
import { DECISION_TYPES } from "../governance-chain/resolver.js";
import { QUESTION_LIMITS } from "../../config/limits.js";
import { ENUM_SV } from "../../labels/sv.js";
import { parsePartial } from "../../time/calendar.js";
import { today } from "../../time/clock.js";
import { meetingStateOn } from "../../time/meeting-state.js";
import type { DomainEvent, EventKind, EventsInPeriod, MilestoneKind, PositionType } from "../../generated/graphql.js";

const FIELD = "events";
const { limit, maxSpanYears } = QUESTION_LIMITS.events;

/** Positions that record something happening; noting information, agenda approvals, "no position" and a medskick do not. */
const EVENT_POSITION_TYPES = DECISION_TYPES;

const args = z.object({
  from: isoDateArg,
  to: isoDateArg,
  id: idArg.nullish().transform((v) => v ?? null),
  limit: intArg(1, limit.max, limit.default),
});
type Args = z.infer<typeof args>;

function checkPeriod(a: Args): void {
  if (a.from > a.to) throw badInput(FIELD, [{ argument: "from", message: `must not be after to (${a.to})` }]);
  const lastAllowed = `${Number(a.from.slice(0, 4)) + maxSpanYears}${a.from.slice(4)}`;
  if (a.to > lastAllowed) throw badInput(FIELD, [{ argument: "to", message: `a period of at most ${maxSpanYears} years: to must not be after ${lastAllowed}` }]);
}

const POSITION_KIND: Partial<Record<PositionType, EventKind>> = {
  ENDORSED: "ENDORSEMENT",
  RECOMMENDED_HUVUDMAN_DECISION: "RECOMMENDATION",
  REFERRED_TO_HUVUDMAN: "RECOMMENDATION",
  SENT_ON_REFERRAL: "REFERRAL",
  ASSIGNED_TASK: "COMMISSION",
  EXTENDED: "EXTENSION",
};

const MILESTONE_KIND: Partial<Record<MilestoneKind, EventKind>> = {
  REFERRAL_WINDOW: "REFERRAL_WINDOW",
  DEADLINE: "DEADLINE",
  PLANNED_DECISION: "PLANNED_DECISION",
  IN_FORCE_FROM: "VALIDITY_START",
};

interface RawEvent {
  part: "POSITION" | "MILESTONE" | "VALIDITY" | "ROLE" | "MEETING";
  detail: string | null;
  date: string;
  endDate: string | null;
  entity: EntityRef;
  wording: string | null;
  meetingDate: string | null;
  meetingMonth: string | null;
  involved: EntityRef[];
  inferred: boolean;
  sources: Source[];
}

function kindOf(e: RawEvent): EventKind {
  switch (e.part) {
    case "POSITION":
      return POSITION_KIND[e.detail as PositionType] ?? "DECISION";
    case "MILESTONE":
      return MILESTONE_KIND[e.detail as MilestoneKind] ?? "MILESTONE";
    case "VALIDITY":
      return e.detail as "VALIDITY_START" | "VALIDITY_END" | "EXTENDED_UNTIL";
    case "ROLE":
      return "ROLE_STATED";
    case "MEETING":
      return "MEETING";
  }
}

/** A position's wording; a meeting's state today ("genomfört? okänt" for a planned one whose day passed unrecorded). */
function detailOf(e: RawEvent, day: string): string | null {
  if (e.part === "POSITION") return e.wording;
  if (e.part === "MEETING") return meetingStateOn({ status: e.detail ?? "", date: e.meetingDate, month: e.meetingMonth }, day).explanation;
  return null;
}

export function eventOf(e: RawEvent, day: string): DomainEvent {
  const when = parsePartial(e.date)!;
  const kind = kindOf(e);
  return {
    key: `${e.date} ${kind} ${e.entity.id}`,
    date: when.date,
    endDate: e.endDate,
    precision: when.precision,
    kind,
    kindSv: ENUM_SV.EventKind[kind],
    label: e.entity.name,
    detail: detailOf(e, day),
    entity: ref(e.entity),
    involved: e.involved.map(ref),
    positionType: e.part === "POSITION" ? (e.detail as PositionType) : null,
    milestoneKind: e.part === "MILESTONE" ? (e.detail as MilestoneKind) : null,
    inferred: e.inferred,
    sources: e.sources,
  };
}

export const question = defineQuestion("events", FIELD, {
  args,
  check: checkPeriod,
  params: (a) => ({ from: a.from, to: a.to, id: a.id, positionTypes: EVENT_POSITION_TYPES, limit: a.limit }),
  answer(row: { subject: EntityRef | null; events: RawEvent[] }, a): EventsInPeriod {
    // Any entity may be asked about: the question's subject in the registry is the period, not an entity.
    const subject = a.id ? requireEntity(FIELD, a.id, row.subject, ENTITY_TYPES) : null;
    const day = today();
    const events = row.events.slice(0, a.limit).map((e) => eventOf(e, day));
    return { from: a.from, to: a.to, subject, events, truncated: row.events.length > a.limit };
  },
});
