/**
 * An entity's own properties as a person reads them: Swedish names, codes in Swedish, and a date
 * cut to what is known of it (a date whose precision is a year shows the year; the precision is
 * not a fact of its own).
 */
import { dateSv, PROPERTY_SV, propertyValueSv } from "../../../labels/sv.js";
import { h } from "../dom.js";

export interface Fact {
  key: string;
  value: string;
}

/** Derived when the graph is written: the precision that the date and month properties already show by their form. */
const RESTATED = new Set(["datePrecision"]);

/** The property that holds a date's precision: `validFromPrecision` for `validFrom`, a milestone's `precision` for its `date`. */
function precisionKeyOf(key: string, keys: ReadonlySet<string>): string | undefined {
  if (keys.has(`${key}Precision`)) return `${key}Precision`;
  return key === "date" && keys.has("precision") ? "precision" : undefined;
}

/** The facts to show, in the API's order, with Swedish names and values. */
export function factRows(type: string, facts: readonly Fact[]): { key: string; name: string; value: string }[] {
  const keys = new Set(facts.map((f) => f.key));
  const byKey = new Map(facts.map((f) => [f.key, f.value]));
  const precisionKeys = new Set([...keys].map((k) => precisionKeyOf(k, keys)).filter((k): k is string => k !== undefined));
  return facts
    .filter((f) => !precisionKeys.has(f.key) && !RESTATED.has(f.key))
    .map((f) => {
      const precisionKey = precisionKeyOf(f.key, keys);
      const value = precisionKey ? dateSv(f.value, byKey.get(precisionKey)) : propertyValueSv(type, f.key, f.value);
      return { key: f.key, name: PROPERTY_SV[f.key] ?? f.key, value };
    });
}

export function factList(type: string, facts: readonly Fact[]): HTMLElement {
  return h(
    "dl",
    { class: "facts" },
    factRows(type, facts).flatMap((f) => [h("dt", { "data-key": f.key }, f.name), h("dd", {}, f.value)]),
  );
}
