/** Who commissions, steers, prepares, recommends and finally decides (styrning). */
import type { GovernanceChainQuery } from "../../../generated/graphql.js";
import { enumSv, signingTermSv } from "../../../labels/sv.js";
import { nameOf, namesOf, quote, type Report } from "../text.js";
import { stateLine } from "./state.js";

const isMunicipality = (e: { id: string }): boolean => e.id.startsWith("org:kommun-");

/** The huvudmän in short: the region by name and the municipalities as a count. */
function huvudmanSummary(list: readonly { id: string; name: string }[]): string {
  const municipalities = list.filter(isMunicipality).length;
  const others = list.filter((e) => !isMunicipality(e)).map((e) => e.name);
  return [...others, ...(municipalities ? [`${municipalities} kommuner`] : [])].join(" och ");
}

export function formatGovernanceChain({ governanceChain: g }: GovernanceChainQuery, out: Report): void {
  out.say(`Styrkedja för ${nameOf(g.subject)}, som källorna anger den per ${g.asOf}`);
  for (const d of g.documents) {
    out.say(`  ${d.document.name}: ${stateLine(d.state)}`);
    if (!out.brief) out.say(`    ${d.state.explanation}`);
  }
  out.say();
  for (const s of g.steps) {
    // The huvudmän are 50 parties with the same kind of source: named in short, one source shown.
    const huvudman = s.role === "PARTY" || (s.role === "RECOMMENDS_TO" && s.actors.length > 5);
    const actors = huvudman ? huvudmanSummary(s.actors) : namesOf(s.actors);
    const where = s.meeting ? ` (${s.meeting.name}${s.date ? `, ${s.date}` : ""})` : s.date ? ` (${s.date})` : "";
    out.say(`${String(s.order).padStart(2)}. ${enumSv("GovernanceRole", s.role)}: ${actors}${where}   — för ${s.subject.name}`);
    if (out.brief) continue;
    for (const r of huvudman ? s.relations.slice(0, 1) : s.relations) out.step(r, "      ");
    if (huvudman && s.relations.length > 1) out.say(`      (samma slag av källa för alla ${s.relations.length})`);
  }
  out.say();
  out.say(`Beslutar (huvudmän): ${g.decidedBy.length ? huvudmanSummary(g.decidedBy) : "framgår inte"}`);
  if (g.recommendedBy.length) out.say(`Rekommenderar utan eget mandat: ${namesOf(g.recommendedBy)}`);
  // What decides whether it comes into force: the signing rule in the document's own words.
  for (const d of g.signing) {
    out.say();
    out.say(`Undertecknande av ${d.document.name}:`);
    for (const t of d.terms) {
      out.say(`  – ${signingTermSv(t)}: ${quote(t.wording)}${t.inferred ? "  [slutsats]" : ""}`);
      if (t.inferred && t.because && !out.brief) out.say(`      varför: ${t.because}`);
      out.sources(t.sources, "      ");
    }
  }
  out.truncated(g.truncated, "fler relationer");
}
