/** Two versions of an agreement side by side (skillnad). */
import type { AgreementDiffQuery } from "../../../generated/graphql.js";
import { dateSv, relationSv, signingTermSv } from "../../../labels/sv.js";
import type { Report } from "../text.js";

type Side = AgreementDiffQuery["agreementDiff"]["from"];
type Day = { date: string; precision: string } | null | undefined;
const when = (d: Day) => (d ? dateSv(d.date, d.precision) : "?");

function formatSide(label: string, s: Side, out: Report): void {
  out.say();
  out.say(`${label}: ${s.document.name} (${s.document.id})${s.version ? ` — ${s.version}` : ""}`);
  const p = s.parties;
  const stated = [p.total !== null && p.total !== undefined ? `${p.total} parter` : "", p.approved !== null && p.approved !== undefined ? `${p.approved} godkände` : "", p.returned ? `${p.returned} återremitterade` : ""].filter(Boolean).join(", ");
  out.say(`  parter i grafen: ${p.related}${p.relatedInferred ? ` (varav ${p.relatedInferred} slutsatser)` : ""}${stated ? `; enligt källorna ${stated}${p.statedOn ? ` (${when(p.statedOn)})` : ""}` : ""}${p.requiresAll ? "; kräver alla parter" : ""}`);
  for (const t of s.signing) {
    out.say(`  ${signingTermSv(t)}: "${t.wording}"`);
    out.sources(t.sources, "    ");
  }
  const t = s.terms;
  out.say(`  giltig: ${t.validFrom || t.validTo ? `${when(t.validFrom)}–${when(t.validTo)}` : "anges inte"}`);
  if (t.renewalTerms || t.noticeTerms) out.say(`  villkor: ${[t.renewalTerms, t.noticeTerms].filter(Boolean).join(" ")}`);
  for (const [title, parts] of [["delar", s.parts], ["bilagor", s.annexes], ["avtalstiden följer det", s.termFollowers]] as const) {
    if (!parts.length) continue;
    out.say(`  ${title}:`);
    for (const part of parts) {
      const counterpart = part.counterpart ? ` — ${part.counterpart.from.id} ${relationSv(part.counterpart.relation)} ${part.counterpart.to.id}${part.counterpart.inferred ? " [slutsats]" : ""}` : "";
      out.say(`    ${part.document.name} (${part.document.id})${part.inferred ? "  [slutsats]" : ""}${counterpart}`);
      out.sources(part.sources, "      ");
    }
  }
  out.sources(s.sources, "  ");
}

export function formatAgreementDiff({ agreementDiff: a }: AgreementDiffQuery, out: Report): void {
  out.say(`Skillnad: ${a.from.document.name} (${a.from.document.id}) → ${a.to.document.name} (${a.to.document.id})`);
  out.say(a.sameLineage ? "Vad källorna säger ändrades:" : "Ingen kedja av ersätter, reviderar eller avtalstid följer förbinder de två i källorna.");
  for (const c of a.changes) out.step(c, "  ");
  out.say();
  out.say(`Skillnader i det som lagrats: ${a.differences.length}`);
  for (const d of a.differences) out.say(`  ${d.label}: ${d.from ?? "—"} → ${d.to ?? "—"}`);
  formatSide("Från", a.from, out);
  formatSide("Till", a.to, out);
}
