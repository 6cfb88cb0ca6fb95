/**
 * Expected facts of a real page, written by hand after reading it (test/fixtures/real-pages/):
 * the structured facts only, never the page's text. References are graph ids ("forum:sro") or,
 * for what the graph does not have, names. What each list holds is in docs/importer.md.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { PositionType } from "../../model/vocabulary.js";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const month = z.string().regex(/^\d{4}-\d{2}$/);
const time = z.string().regex(/^\d{2}:\d{2}$/);

export const goldPage = z.strictObject({
  /** File name in the shared development set (../shared/real-pages). */
  page: z.string(),
  /** The page's kind as collected (sro-summary, organisation, news, decision, agreement, schedule, meeting-note, other). */
  kind: z.string(),
  title: z.string(),
  /** The page should be refused: the reason's English words in parentheses ("no new facts"). */
  refused: z.string().optional(),
  meetings: z.array(z.strictObject({ forum: z.string(), date: day.optional(), month: month.optional(), status: z.enum(["new", "known", "refines"]).optional(), startTime: time.optional(), endTime: time.optional(), location: z.string().optional() })).default([]),
  /** `meeting` is "<forum> <date>" as in `meetings`. */
  items: z.array(z.strictObject({ meeting: z.string(), name: z.string() })).default([]),
  presenters: z.array(z.strictObject({ item: z.string(), person: z.string() })).default([]),
  /** `says` is a short part of the wording that identifies the position. */
  positions: z.array(z.strictObject({ by: z.string(), date: day.optional(), month: month.optional(), item: z.string().optional(), type: PositionType, says: z.string() })).default([]),
  people: z.array(z.strictObject({ name: z.string(), organisation: z.string().optional(), role: z.string().optional() })).default([]),
  /** Organisations and forums of the graph that the page names. */
  organisations: z.array(z.string()).default([]),
  /** A known document by `ref`; an ambiguous or new one by a part of its `name` (and its `candidates`). */
  agreements: z
    .array(
      z.strictObject({
        ref: z.string().optional(),
        name: z.string().optional(),
        status: z.enum(["known", "refines", "conflicting", "ambiguous", "new"]),
        candidates: z.array(z.string()).optional(),
        validFrom: day.optional(),
        validTo: day.optional(),
        extendedUntil: day.optional(),
      }),
    )
    .default([]),
  funds: z.array(z.strictObject({ name: z.string(), amount: z.number().optional(), since: z.number().int().optional() })).default([]),
  /** Amounts of money (kronor) the page states. */
  amounts: z.array(z.number()).default([]),
  /** Day and month dates the page states, as values (YYYY-MM-DD, YYYY-MM); a year the page gives only through its own date line counts. */
  dates: z.array(z.union([day, month])).default([]),
});
export type GoldPage = z.infer<typeof goldPage>;

export function loadGold(dir: string): GoldPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => {
      const parsed = goldPage.safeParse(parse(readFileSync(join(dir, f), "utf8")));
      if (!parsed.success) throw new Error(`${join(dir, f)}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      return parsed.data;
    });
}
