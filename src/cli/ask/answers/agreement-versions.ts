/** An agreement's versions and the one in force on a date (versioner). */
import type { AgreementVersionsQuery } from "../../../generated/graphql.js";
import { dateSv, enumSv } from "../../../labels/sv.js";
import type { Report } from "../text.js";
import { stateLine } from "./state.js";

type Day = { date: string; precision: string } | null | undefined;
const when = (d: Day) => (d ? dateSv(d.date, d.precision) : "?");

export function formatAgreementVersions({ agreementLineage: a }: AgreementVersionsQuery, out: Report): void {
  out.say(`Versioner av ${a.subject.name} (${a.subject.id}), läget per ${a.asOf}: ${a.versions.length}`);
  out.say(`Gäller per ${a.inForce.asOf}: ${a.inForce.version ? `${a.inForce.version.name} (${a.inForce.version.id})` : "ingen version"}`);
  if (!out.brief) out.say(`  ${a.inForce.reason}`);
  a.versions.forEach((v, i) => {
    out.say();
    out.say(`${i + 1}. ${v.document.name} (${v.document.id})${v.version ? ` — ${v.version}` : ""}`);
    const p = v.period;
    if (p.validFrom || p.validTo) out.say(`   giltig ${when(p.validFrom)}–${when(p.validTo)}`);
    if (p.statusFirstStated) out.say(`   status angiven ${when(p.statusFirstStated)}${p.statusLastStated && p.statusLastStated.date !== p.statusFirstStated.date ? ` till ${when(p.statusLastStated)}` : ""}`);
    out.say(`   daterade fakta ${p.firstFact ? `${when(p.firstFact)}–${when(p.lastFact)}` : "inga"}`);
    if (p.renewalTerms || p.noticeTerms) out.say(`   villkor: ${[p.renewalTerms, p.noticeTerms].filter(Boolean).join(" ")}`);
    for (const r of v.relations) {
      out.say(`   ${enumSv("VersionRelation", r.relation)} ${r.earlier.name}${r.inferred ? "  [slutsats]" : ""}`);
      if (r.inferred && r.because && !out.brief) out.say(`     varför: ${r.because}`);
      out.sources(r.sources, "     ");
    }
    out.say(`   per ${a.asOf}: ${stateLine(v.state)}`);
    if (!out.brief) out.say(`   ${v.state.explanation}`);
    out.sources(v.sources, "   ");
  });
  out.truncated(a.truncated, "fler versioner");
}
