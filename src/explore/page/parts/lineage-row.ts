/**
 * An agreement's versions drawn in one row of a time line: each version a thin lane of the row,
 * each stretch of its time line a bar styled by how it rests on the documents (stated, a
 * conclusion, an extension endorsed without a decision, pending, unknown), with year marks, the
 * asked date marked, and a legend. Each bar carries its text equivalent (version, period, state,
 * certainty) for screen readers; a version without a dated stretch says "giltighet okänd" rather
 * than getting a bar. Plain positioned elements: the row is a few bars, not a chart library's job.
 */
import { ENUM_SV } from "../../../labels/sv.js";
import { h } from "../dom.js";

type SpanKind = keyof (typeof ENUM_SV)["SpanKind"];
type DocumentState = keyof (typeof ENUM_SV)["DocumentState"];

export interface RowSpan {
  from: string;
  to: string;
  kind: SpanKind;
  /** The derived state at the start of the stretch. */
  state: DocumentState;
}

export interface RowVersion {
  id: string;
  name: string;
  spans: readonly RowSpan[];
}

/** Sets the position through the CSSOM (no inline style attribute). */
function placed<E extends HTMLElement>(el: E, box: Partial<Record<"left" | "width" | "top" | "height", string>>): E {
  Object.assign(el.style, box);
  return el;
}

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/** Kinds whose stretch has no stated end: reaching the row's end, it goes on as far as the answer knows. */
const OPEN_KINDS: readonly SpanKind[] = ["INFERRED", "PENDING", "UNKNOWN"];

/** A bar's text equivalent: "<version> <from>–<to>: <state> (<certainty>)[, öppet slut]". */
function spanText(version: string, s: RowSpan, open: boolean): string {
  const state = ENUM_SV.DocumentState[s.state];
  const kind = ENUM_SV.SpanKind[s.kind];
  return `${version} ${s.from}–${s.to}: ${state}${kind === state ? "" : ` (${kind})`}${open ? ", öppet slut" : ""}`;
}

export function lineageRow(versions: readonly RowVersion[], asOf: string): HTMLElement {
  const days = versions.flatMap((v) => v.spans.flatMap((s) => [s.from, s.to]));
  if (days.length === 0) {
    const names = versions.map((v) => v.name).join(", ");
    return h("p", { class: "validity-unknown" }, `Giltighet okänd: källorna ger inga daterade fakta om när ${names || "dokumentet"} gäller, så ingen period ritas.`);
  }
  const lastDay = days.reduce((a, b) => (a > b ? a : b));
  const firstYear = Number(days.reduce((a, b) => (a < b ? a : b)).slice(0, 4));
  const lastYear = Number(lastDay.slice(0, 4));
  const start = dayNumber(`${firstYear}-01-01`);
  const width = dayNumber(`${lastYear + 1}-01-01`) - start;
  const at = (day: string) => `${(((dayNumber(day) - start) / width) * 100).toFixed(3)}%`;
  const span = (from: string, to: string) => `${(((dayNumber(to) + 1 - dayNumber(from)) / width) * 100).toFixed(3)}%`;
  const lane = 100 / versions.length;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const row = h(
    "div",
    { class: "lineage-row", role: "group", "aria-label": `Versionerna ${versions.map((v) => v.name).join(", ")} på en tidslinje` },
    years.map((y) => placed(h("span", { class: "year-mark", "aria-hidden": "true" }, String(y)), { left: at(`${y}-01-01`) })),
    asOf >= `${firstYear}-01-01` && asOf < `${lastYear + 1}-01-01` ? placed(h("span", { class: "as-of-mark", "data-date": asOf, role: "img", "aria-label": `Per ${asOf}`, title: `per ${asOf}` }), { left: at(asOf) }) : "",
    versions.flatMap((v, i) =>
      v.spans.map((s) => {
        // A conclusion, a pending state or an unknown that reaches the row's end is drawn open, not as ending there.
        const open = s.to === lastDay && OPEN_KINDS.includes(s.kind);
        const label = spanText(v.name, s, open);
        return placed(h("span", { class: `bar span-${s.kind.toLowerCase()}${open ? " open-end" : ""}`, role: "img", "aria-label": label, title: label, "data-id": v.id, "data-kind": s.kind, "data-state": s.state, "data-from": s.from, "data-to": s.to }), {
          left: at(s.from),
          width: span(s.from, s.to),
          top: `${(i * lane).toFixed(3)}%`,
          height: `${lane.toFixed(3)}%`,
        });
      }),
    ),
  );
  const names = h(
    "ol",
    { class: "lineage-lanes" },
    versions.map((v) => h("li", { "data-id": v.id }, v.name, v.spans.length ? "" : h("span", { class: "validity-unknown" }, " — giltighet okänd"))),
  );
  const legend = h("ul", { class: "legend" }, (Object.keys(ENUM_SV.SpanKind) as SpanKind[]).map((kind) => h("li", {}, h("span", { class: `swatch span-${kind.toLowerCase()}` }), ` ${ENUM_SV.SpanKind[kind]}`)));
  return h("figure", { class: "lineage" }, names, row, h("figcaption", {}, legend, "Varje version är ett band i raden, uppifrån i listans ordning. Den lodräta linjen är datumet som frågan gäller. En sträcka ritas som angiven bara så långt källorna anger den; där de tystnar är den en slutsats eller okänd. En tonad högerkant är ett öppet slut: inget daterat faktum säger när sträckan slutar."));
}
