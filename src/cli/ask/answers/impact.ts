/** What is affected if an agreement is terminated or not renewed (konsekvenser), hardest hit first. */
import type { ImpactQuery } from "../../../generated/graphql.js";
import { enumSv, statusSv } from "../../../labels/sv.js";
import { byHowHardHit } from "../../../questions/impact/severity.js";
import { nameOf, oneLine, type Report } from "../text.js";

type Item = ImpactQuery["impact"]["documents"][number];

/** Each kind of item, hardest hit first ("avtalstiden följer avtalet" before "nämns i"). */
function items(title: string, list: readonly Item[], out: Report): void {
  out.say();
  out.say(`${title} (${list.length}):`);
  for (const i of [...list].sort(byHowHardHit)) {
    out.say(`  ${nameOf(i.entity)} — ${enumSv("ImpactEffect", i.effect)}, ${i.depth} steg`);
    if (!out.brief) for (const s of i.path) out.step(s, "      ");
  }
}

export function formatImpact({ impact: x }: ImpactQuery, out: Report): void {
  out.say(`Om ${nameOf(x.agreement)} sägs upp eller inte förlängs`);
  const t = x.terms;
  const renewal = t.renewalTerms ? `; förlängning: ${t.renewalTerms}` : "";
  const notice = t.noticeTerms ? `; uppsägning: ${t.noticeTerms}` : "";
  out.say(`status: ${statusSv("GoverningDocument", t.status) || "okänd"}${renewal}${notice}`);
  if (t.validityText) out.say(`giltighet: ${oneLine(t.validityText, Infinity)}`);
  out.say(`per ${x.asOf}: ${enumSv("DocumentState", x.state.state)} — ${x.state.explanation}`);
  out.say(`vid uppsägning: ${x.ending.explanation}`);
  items("Dokument", x.documents, out);
  items("Projekt", x.projects, out);
  items("Forum", x.forums, out);
  items("Fonder och medel", x.funds, out);
  out.truncated(x.truncated);
}
