/** Validation of the analyst queries' arguments at the boundary (zod), with typed errors. */
import { z } from "zod";
import { entityId } from "../../model/entities.js";
import { today } from "../../time/clock.js";
import { badInput } from "./errors.js";

/** A calendar date as YYYY-MM-DD that actually exists (2022-02-30 does not). */
export const isoDateArg = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "not a calendar date");

/** A date an answer holds for (YYYY-MM-DD, a real calendar day); left out, it is null and the caller uses today. */
export const dateArg = isoDateArg.nullish().transform((v) => v ?? null);

/** The date an answer holds for: YYYY-MM-DD, or today (Europe/Stockholm, src/time/clock.ts) when left out. */
export const asOfArg = isoDateArg.nullish().transform((v) => v ?? today());

export const idArg = entityId;

export function intArg(min: number, max: number, fallback: number) {
  return z
    .number()
    .int("expected a whole number")
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .nullish()
    .transform((v) => v ?? fallback);
}

/** Parses the arguments; any problem becomes one BAD_USER_INPUT error naming every argument. */
export function parseArgs<S extends z.ZodType>(field: string, schema: S, args: unknown): z.infer<S> {
  const result = schema.safeParse(args);
  if (result.success) return result.data;
  throw badInput(
    field,
    result.error.issues.map((i) => ({ argument: i.path.map(String).join(".") || "arguments", message: i.message })),
  );
}

/** Checks a from/to window: both optional, from not after to. */
export function periodArgs<T extends { from?: string | null; to?: string | null }>(field: string, args: T): T {
  if (args.from && args.to && args.from > args.to) throw badInput(field, [{ argument: "from", message: `must not be after to (${args.to})` }]);
  return args;
}
