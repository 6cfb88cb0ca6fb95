/** The life of an agreement, project or fund in date order (tidslinje). */
import type { TimelineQuery } from "../../../generated/graphql.js";
import { dateSv, enumSv } from "../../../labels/sv.js";
import { nameOf, type Report } from "../text.js";

const TEXT_COLUMN = " ".repeat(41);

export function formatTimeline({ timeline: t }: TimelineQuery, out: Report): void {
  out.say(`Tidslinje för ${nameOf(t.subject)}${t.from || t.to ? ` (${t.from ?? ""}–${t.to ?? ""})` : ""}`);
  out.say();
  for (const e of t.events) {
    const when = `${dateSv(e.date, e.precision)}${e.endDate ? `–${e.endDate}` : ""}`;
    const about = e.about.id === t.subject.id ? "" : `  [${e.about.name}]`;
    out.say(`${when.padEnd(22)} ${enumSv("TimelineCategory", e.category).padEnd(17)} ${e.label}${e.forum ? ` — ${e.forum.name}` : ""}${about}`);
    if (e.wording && !out.brief) out.say(`${TEXT_COLUMN}"${e.wording}"`);
    out.sources(e.sources.slice(0, 1), TEXT_COLUMN);
  }
  out.truncated(t.truncated, "fler händelser");
}
