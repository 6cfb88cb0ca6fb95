/**
 * Fields of the node types that answer for a date (schema/35-time.graphql): a document's state
 * on a date, a meeting's, a fund's, a forum's officers. The date defaults to today (src/time/clock.ts); the documents' states of one request
 * and date are read in one statement, however many documents the request lists.
 */
import { z } from "zod";
import { documentStates, stateAnswer } from "../questions/shared/document-states.js";
import { dateArg, parseArgs } from "../questions/shared/input.js";
import { databaseOf, type AnalysisDatabase } from "../questions/shared/run.js";
import { today } from "../time/clock.js";
import type { DocumentStateOn as DerivedState } from "../time/document-state.js";
import { meetingDateTime, meetingStateOn, MEETING_TIME_ZONE } from "../time/meeting-state.js";
import { fundStateOn } from "../time/fund-state.js";
import { forumOfficers } from "../questions/shared/forum-officers.js";
import { requestLoader } from "./request-loader.js";

/** Per request and date: the documents asked for in the same turn, read together. */
async function stateOf(context: object, db: AnalysisDatabase, id: string, date: string): Promise<DerivedState | undefined> {
  return requestLoader(context, `document-states ${date}`, (ids) => documentStates(db, ids, date, true)).load(id);
}

const stateOnArgs = z.object({ date: dateArg });
const officersArgs = z.object({ asOf: dateArg });

/** A stored date as @neo4j/graphql hands it to a custom resolver (a driver Date or text), as YYYY-MM-DD. */
const dayOf = (value: unknown): string | null => (value === null || value === undefined ? null : String(value).slice(0, 10));
const timeOf = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

export const timeResolvers = {
  GoverningDocument: {
    async stateOn(parent: { id: string }, args: unknown, context: object) {
      const { date } = parseArgs("GoverningDocument.stateOn", stateOnArgs, args);
      const state = await stateOf(context, databaseOf(context), parent.id, date ?? today());
      if (!state) throw new Error(`GoverningDocument.stateOn: no facts read for ${parent.id}`);
      return stateAnswer(state);
    },
  },
  Meeting: {
    stateOn(parent: { status: string; date?: unknown; month?: string | null }, args: unknown) {
      const { date } = parseArgs("Meeting.stateOn", stateOnArgs, args);
      return meetingStateOn({ status: parent.status, date: dayOf(parent.date), month: parent.month ?? null }, date ?? today());
    },
    startsAt: (parent: { date?: unknown; startTime?: unknown }) => meetingDateTime(dayOf(parent.date), timeOf(parent.startTime)),
    endsAt: (parent: { date?: unknown; endTime?: unknown }) => meetingDateTime(dayOf(parent.date), timeOf(parent.endTime)),
    timeZone: (parent: { date?: unknown; startTime?: unknown }) => (dayOf(parent.date) && timeOf(parent.startTime) ? MEETING_TIME_ZONE : null),
  },
  Fund: {
    stateOn(parent: { periodStart?: unknown; periodStartPrecision?: string | null; periodEnd?: unknown; periodEndPrecision?: string | null }, args: unknown) {
      const { date } = parseArgs("Fund.stateOn", stateOnArgs, args);
      const facts = { periodStart: dayOf(parent.periodStart), periodStartPrecision: parent.periodStartPrecision ?? null, periodEnd: dayOf(parent.periodEnd), periodEndPrecision: parent.periodEndPrecision ?? null };
      return fundStateOn(facts, date ?? today());
    },
  },
  Forum: {
    async officers(parent: { id: string }, args: unknown, context: object) {
      const { asOf } = parseArgs("Forum.officers", officersArgs, args);
      return forumOfficers(databaseOf(context), parent.id, asOf ?? today());
    },
  },
};
