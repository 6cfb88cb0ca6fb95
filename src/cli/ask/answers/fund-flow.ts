/** Where a grant's money went, from the grantor to its final use (pengar). */
import type { FundFlowQuery } from "../../../generated/graphql.js";
import { enumSv, relationSv, sek } from "../../../labels/sv.js";
import { nameOf, type Report } from "../text.js";

type Trace = FundFlowQuery["fundFlow"];
type Authorisation = Trace["funds"][number]["decisions"][number];
type Total = Trace["totalsByRecipient"][number];

/** The deciding position, its forum and its meeting (or date). */
const decision = (a: Authorisation): string => `${a.position.name} — ${a.forum?.name ?? "forum okänt"}, ${a.meeting?.name ?? a.date ?? "möte okänt"}`;

const total = (t: Total): string => `  ${t.party.name}: ${sek(t.amountSek)} (${t.movements} rörelser, ${t.movementsWithoutAmount} utan känt belopp)`;

function formatSteps(steps: Trace["funds"][number]["steps"], out: Report): void {
  for (const s of steps) {
    const from = s.from.map((x) => x.to.name).join(", ") || "(avsändare anges inte)";
    const to = s.to.map((x) => x.to.name).join(", ") || "(mottagare anges inte)";
    const status = s.status ? ` [${enumSv("FundFlowStatus", s.status)}]` : "";
    out.say(`  ${s.order}. ${enumSv("FundFlowKind", s.kind)}${status}: ${from} → ${to}; ${sek(s.amountSek)}${s.distributionKey ? `; fördelning ${s.distributionKey}` : ""}`);
    if (s.name && s.order > 0) out.say(`     ${s.name}`);
    if (s.authorisedBy.length === 0) out.say("     godkänt: inget beslut anges för steget");
    for (const a of s.authorisedBy) {
      const type = a.positionType ? ` (${enumSv("PositionType", a.positionType)})` : "";
      out.say(`     godkänt: ${decision(a)}${type}${a.link.inferred ? " [slutsats]" : ""}`);
      if (a.wording && !out.brief) out.say(`       "${a.wording}"`);
      out.sources(a.link.sources, "       ");
    }
    // The grant itself (step 0) has no sources of its own: those of its grantor and recipients stand for it.
    out.sources(s.order > 0 ? s.sources : [...s.from, ...s.to].flatMap((x) => x.sources), "     ");
  }
}

export function formatFundFlow({ fundFlow: m }: FundFlowQuery, out: Report): void {
  out.say(`Pengaflöde för ${nameOf(m.subject)}, känt per ${m.asOf}`);
  for (const f of m.funds) {
    out.say();
    out.say(`${nameOf(f.fund)} — ${sek(f.amountSek)}${f.periodStart ? `, ${f.periodStart}–${f.periodEnd ?? ""}` : ""}`);
    out.say(`  per ${m.asOf}: ${enumSv("FundState", f.state.state)} — ${f.state.explanation}`);
    if (f.purpose) out.say(`  syfte: ${f.purpose}`);
    for (const d of f.decisions) {
      out.say(`  beslut: ${decision(d)}`);
      if (d.wording && !out.brief) out.say(`    "${d.wording}"`);
    }
    for (const c of f.continuity) out.say(`  ${c.from.name} ${relationSv(c.relation)} ${c.to.name}`);
    formatSteps(f.steps, out);
  }
  out.say();
  out.say("Summor per mottagare:");
  for (const t of m.totalsByRecipient) out.say(total(t));
  out.say("Summor per källa:");
  for (const t of m.totalsBySource) out.say(total(t));
}
