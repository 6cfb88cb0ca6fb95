/** Full-text search over names, titles and decision texts (sok). */
import type { SearchQuery } from "../../../generated/graphql.js";
import { enumSv, statusSv, typeSv } from "../../../labels/sv.js";
import { oneLine, type Report } from "../text.js";

export function formatSearch({ search: s }: SearchQuery, out: Report): void {
  out.say(`Sökning: "${s.text}"${s.types.length ? ` bland ${s.types.map(typeSv).join(", ")}` : ""}, dokumentens tillstånd per ${s.asOf}`);
  out.say();
  s.hits.forEach((h, i) => {
    const e = h.entity;
    const status = h.state ? enumSv("DocumentState", h.state.state) : statusSv(e.type, e.status);
    const extra = [status, h.date, h.forum?.name].filter(Boolean).join(", ");
    const via = h.matchedName && h.matchedName !== e.name ? `: ${h.matchedName}` : "";
    out.say(`${String(i + 1).padStart(2)}. ${typeSv(e.type).padEnd(17)} ${e.name} (${e.id})${extra ? ` — ${extra}` : ""}  [${enumSv("SearchMatch", h.match)}${via}] ${h.score.toFixed(2)}`);
    if (!out.brief) out.say(`     träff: ${h.why}`);
    if (h.text && !out.brief) out.say(`     ${oneLine(h.text, 150)}`);
  });
  if (s.hits.length === 0) out.say("Inga träffar (inget namn och ingen text möter minst hälften av orden).");
  out.truncated(s.truncated, "fler träffar");
}
