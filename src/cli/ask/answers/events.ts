/** What happened between two dates (handelser): one line per event, in date order, with its source. */
import type { EventsQuery } from "../../../generated/graphql.js";
import { dateSv } from "../../../labels/sv.js";
import { namesOf, oneLine, type Report } from "../text.js";

const TEXT_COLUMN = " ".repeat(13);

export function formatEvents({ events: a }: EventsQuery, out: Report): void {
  out.say(`Händelser ${a.from}–${a.to}${a.subject ? ` som rör ${a.subject.name} (${a.subject.id})` : ""}: ${a.events.length}`);
  for (const e of a.events) {
    const span = e.endDate ? `–${e.endDate}` : "";
    out.say(`  ${`${dateSv(e.date, e.precision)}${span}`.padEnd(11)} ${e.kindSv}: ${e.label}${e.inferred ? "  [slutsats]" : ""}`);
    if (out.brief) continue;
    if (e.detail) out.say(`${TEXT_COLUMN}${oneLine(e.detail, 150)}`);
    if (e.involved.length) out.say(`${TEXT_COLUMN}berör: ${namesOf(e.involved, "; ")}`);
    out.sources(e.sources.slice(0, 1), TEXT_COLUMN);
  }
  if (a.events.length === 0) out.say("  (källorna daterar inget till perioden)");
  out.truncated(a.truncated, "fler händelser");
}
