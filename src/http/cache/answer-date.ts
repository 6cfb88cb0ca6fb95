/**
 * The one input by which an answer says it depends on today's date (an `asOf` that defaulted to
 * today): the answer cache then keeps it only for that calendar day and caps its max-age at the
 * next midnight, and a conditional GET on another day runs the query again.
 *
 * Contract: whatever computes such an answer (a resolver, a plugin, a route) calls
 * `answerDependsOnDate(context, date)` with the request's GraphQL context (server.ts puts the
 * request's scope in it as `answerScope`) or with the Express response, and `date` the calendar
 * date (YYYY-MM-DD, Europe/Stockholm) the answer was computed for. Nothing else is needed.
 */
import type { Response } from "express";

export interface AnswerScope {
  /** The calendar date the answer holds for, when it depends on today. */
  date?: string;
}

const SCOPE_KEY = "answerScope";

/** The request's scope, kept on the Express response (res.locals), created on first use. */
export function answerScopeOf(res: Response): AnswerScope {
  const locals = res.locals as Record<string, unknown>;
  return ((locals[SCOPE_KEY] as AnswerScope | undefined) ??= {});
}

/** Marks the answer being computed as one that holds only for `date`. */
export function answerDependsOnDate(holder: Response | { answerScope?: AnswerScope } | unknown, date: string): void {
  const h = holder as { locals?: unknown; answerScope?: AnswerScope };
  if (h && typeof h === "object" && "locals" in h && h.locals) answerScopeOf(h as Response).date = date;
  else if (h?.answerScope) h.answerScope.date = date;
}

/** Today's calendar date in Sweden (YYYY-MM-DD). */
export function todayInSweden(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Whole seconds from `now` to the next midnight in Sweden (at least 1). */
export function secondsToNextMidnightInSweden(now = new Date()): number {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Stockholm", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  // A day with a daylight-saving change is an hour longer or shorter: the cap errs by that hour at most.
  return Math.max(1, 86_400 - (part("hour") * 3600 + part("minute") * 60 + part("second")));
}

/** A Cache-Control with its max-age and s-maxage lowered to `cap` seconds when larger. */
export function capMaxAge(cacheControl: string, cap: number): string {
  return cacheControl.replace(/\b(max-age|s-maxage)=(\d+)/g, (whole, name: string, seconds: string) => (Number(seconds) > cap ? `${name}=${cap}` : whole));
}
