/**
 * Dates known only to the month or year: each dated entity gets its precision and a sort key
 * that sorts by what is known (`2022-06` after `2022-05-31` and before `2022-06-08`), so a
 * month-only meeting no longer sorts first (a null `date` does). Derived from the seed fields
 * when written; not part of the seed format.
 */
import type { EntityType } from "./entities.js";

export interface DerivedDateFields {
  datePrecision?: "DAY" | "MONTH" | "YEAR";
  sortKey?: string;
}

/** Key by precision: YYYY-MM-DD, YYYY-MM or YYYY (ISO text sorts in time order). */
function sortKeyOf(date: string, precision: "DAY" | "MONTH" | "YEAR"): string {
  return precision === "DAY" ? date.slice(0, 10) : precision === "MONTH" ? date.slice(0, 7) : date.slice(0, 4);
}

export function derivedDateFields(type: EntityType, props: Record<string, unknown>): DerivedDateFields {
  const str = (k: string) => (typeof props[k] === "string" ? (props[k] as string) : undefined);
  if (type === "Meeting") {
    const date = str("date");
    const month = str("month");
    if (date) return { datePrecision: "DAY", sortKey: date };
    if (month) return { datePrecision: "MONTH", sortKey: month };
  }
  if (type === "Position") {
    const day = str("decidedOn");
    const month = str("decidedInMonth");
    if (day) return { datePrecision: "DAY", sortKey: day };
    if (month) return { datePrecision: "MONTH", sortKey: month };
  }
  if (type === "Milestone") {
    const date = str("date");
    const precision = str("precision") as "DAY" | "MONTH" | "YEAR" | undefined;
    if (date && precision) return { sortKey: sortKeyOf(date, precision) };
  }
  return {};
}
