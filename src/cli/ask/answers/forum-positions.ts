/** What a forum took positions on in a period, by type of position (stallningstaganden). */
import type { ForumPositionsQuery } from "../../../generated/graphql.js";
import { dateSv, enumSv } from "../../../labels/sv.js";
import { nameOf, namesOf, type Report } from "../text.js";

const TEXT_COLUMN = " ".repeat(13);

export function formatForumPositions({ forumPositions: f }: ForumPositionsQuery, out: Report): void {
  out.say(`Ställningstaganden av ${nameOf(f.forum)}${f.from || f.to ? ` ${f.from ?? ""}–${f.to ?? ""}` : ""}, kända per ${f.asOf}: ${f.total}`);
  for (const g of f.groups) {
    out.say();
    out.say(`${enumSv("PositionType", g.positionType)} (${g.count})`);
    for (const p of g.positions) {
      out.say(`  ${dateSv(p.date, p.precision).padEnd(10)} ${p.position.name}`);
      if (!out.brief) out.say(`${TEXT_COLUMN}"${p.wording}"`);
      if (p.concerns.length && !out.brief) out.say(`${TEXT_COLUMN}gäller: ${namesOf(p.concerns, "; ")}`);
      out.sources(p.sources.slice(0, 1), TEXT_COLUMN);
    }
  }
}
