/** A person's roles, presentations, invitations and assignments over time (person). */
import type { PersonActivityQuery } from "../../../generated/graphql.js";
import { dateSv, enumSv } from "../../../labels/sv.js";
import { nameOf, namesOf, type Report } from "../text.js";

export function formatPersonActivity({ personActivity: p }: PersonActivityQuery, out: Report): void {
  out.say(`${nameOf(p.person)}${p.party ? ` (${p.party})` : ""}${p.aliases.length ? `, även ${p.aliases.join(", ")}` : ""}`);
  if (p.affiliations.length) out.say(`företräder/arbetar för: ${p.affiliations.map((a) => a.to.name).join(", ")}`);
  out.say(`till och med ${p.asOf}:`);
  out.say();
  for (const e of p.entries) {
    const bodies = e.bodies.length ? ` — ${namesOf(e.bodies)}` : "";
    const basis = e.dateBasis === "sourceDocument" ? " (datum från källdokumentet)" : "";
    out.say(`${dateSv(e.date, e.precision).padEnd(11)} ${enumSv("PersonActivityKind", e.kind).padEnd(12)} ${e.label}${bodies}${basis}`);
    if (e.kind === "ROLE" && e.explanation && !out.brief) out.say(`${" ".repeat(25)}${e.explanation}`);
    out.sources(e.link.sources.slice(0, 1), " ".repeat(25));
  }
  out.truncated(p.truncated, "fler poster");
}
