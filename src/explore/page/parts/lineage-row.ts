/**
 * An agreement's versions drawn in one row of a time line: each version a thin lane of the row,
 * each stretch of its time line a bar styled by how it rests on the documents (stated, a
 * conclusion, an extension endorsed without a decision, pending, unknown), with year marks and a
 * legend. Plain positioned elements: the row is a few bars, not a chart library's job.
 */
import { ENUM_SV } from "../../../labels/sv.js";
import { h } from "../dom.js";

export interface RowVersion {
  id: string;
  name: string;
  spans: readonly { from: string; to: string; kind: keyof (typeof ENUM_SV)["SpanKind"] }[];
}

/** Sets the position through the CSSOM (no inline style attribute). */
function placed<E extends HTMLElement>(el: E, box: Partial<Record<"left" | "width" | "top" | "height", string>>): E {
  Object.assign(el.style, box);
  return el;
}

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

export function lineageRow(versions: readonly RowVersion[], asOf: string): HTMLElement {
  const days = versions.flatMap((v) => v.spans.flatMap((s) => [s.from, s.to]));
  if (days.length === 0) return h("p", { class: "muted" }, "Inga daterade fakta att rita.");
  const firstYear = Number(days.reduce((a, b) => (a < b ? a : b)).slice(0, 4));
  const lastYear = Number(days.reduce((a, b) => (a > b ? a : b)).slice(0, 4));
  const start = dayNumber(`${firstYear}-01-01`);
  const width = dayNumber(`${lastYear + 1}-01-01`) - start;
  const at = (day: string) => `${(((dayNumber(day) - start) / width) * 100).toFixed(3)}%`;
  const span = (from: string, to: string) => `${(((dayNumber(to) + 1 - dayNumber(from)) / width) * 100).toFixed(3)}%`;
  const lane = 100 / versions.length;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const row = h(
    "div",
    { class: "lineage-row", role: "img", "aria-label": `Versionerna ${versions.map((v) => v.name).join(", ")} på en tidslinje` },
    years.map((y) => placed(h("span", { class: "year-mark" }, String(y)), { left: at(`${y}-01-01`) })),
    asOf >= `${firstYear}-01-01` && asOf < `${lastYear + 1}-01-01` ? placed(h("span", { class: "as-of-mark", title: `per ${asOf}` }), { left: at(asOf) }) : "",
    versions.flatMap((v, i) =>
      v.spans.map((s) =>
        placed(h("span", { class: `bar span-${s.kind.toLowerCase()}`, "data-id": v.id, "data-kind": s.kind, "data-from": s.from, "data-to": s.to, title: `${v.name}: ${ENUM_SV.SpanKind[s.kind]} ${s.from}–${s.to}` }), {
          left: at(s.from),
          width: span(s.from, s.to),
          top: `${(i * lane).toFixed(3)}%`,
          height: `${lane.toFixed(3)}%`,
        }),
      ),
    ),
  );
  const names = h("ol", { class: "lineage-lanes" }, versions.map((v) => h("li", { "data-id": v.id }, v.name)));
  const legend = h("ul", { class: "legend" }, (Object.keys(ENUM_SV.SpanKind) as (keyof (typeof ENUM_SV)["SpanKind"])[]).map((kind) => h("li", {}, h("span", { class: `swatch span-${kind.toLowerCase()}` }), ` ${ENUM_SV.SpanKind[kind]}`)));
  return h("figure", { class: "lineage" }, names, row, h("figcaption", {}, legend, "Varje version är ett band i raden, uppifrån i listans ordning. Den lodräta linjen är datumet som frågan gäller."));
}
