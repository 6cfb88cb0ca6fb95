/** Funds: the fund with its amount or start year, its pots (FundFlow ALLOCATION each), who decides (a note) and an amount to distribute (a FundFlow). */
import type { ParsedDocument } from "../parse/parsed-document.js";
import { slugOf } from "../resolve/graph-index.js";
import { resolveOrganisation } from "../resolve/resolve-names.js";
import type { ProposalBuilder } from "./proposal-builder.js";

export function proposeFunds(b: ProposalBuilder, parsed: ParsedDocument) {
  for (const f of parsed.funds) {
    const id = b.index.find(f.name, ["Fund"])[0]?.id ?? `fund:${slugOf(f.name)}`;
    const fields: Record<string, unknown> = { name: f.name, kind: f.kind };
    if (f.amountSek !== undefined) fields.amountSek = f.amountSek;
    if (f.since) Object.assign(fields, { periodStart: `${f.since}-01-01`, periodStartPrecision: "YEAR" });
    const fund = b.entity({ id, type: "Fund", fields, quotes: [f.passage.quote, f.pots?.passage.quote, f.deciders?.passage.quote] });
    if (!fund) continue;
    const notes = [f.recipient && `mottagare enligt sidan: ${f.recipient}`, f.deciders && `beslut om inriktning och fördelning: ${f.deciders.names.join(", ")}`].filter((n): n is string => !!n);
    if (notes.length) fund.notes = [...new Set([...(fund.notes ?? []), ...notes])];
    const recipient = f.recipient ? resolveOrganisation(b.index, f.recipient) : undefined;
    if (recipient?.type === "Organisation" && b.known(recipient.id, [f.passage.quote])) b.relation("DIRECTED_TO", fund.id, recipient.id, [f.passage.quote]);
    f.pots?.names.forEach((pot, k) => {
      const flowId = `flow:${id.replace(/^fund:/, "")}-pott-${slugOf(pot)}`;
      const flow = b.entity({
        id: flowId,
        type: "FundFlow",
        fields: { name: `${f.name}: pott ${pot}`, kind: "ALLOCATION", status: "DECIDED", order: k + 1 },
        quotes: [f.pots!.passage.quote],
        inferred: true,
        because: "Sidan beskriver fördelningen i potter som den som gäller; vem som beslutat den och när sägs inte.",
      });
      if (!flow) return;
      b.relation("OF_FUND", flowId, fund.id, [f.pots!.passage.quote]);
      const to = resolveOrganisation(b.index, pot);
      if (to?.type === "Organisation" && b.known(to.id, [f.pots!.passage.quote])) b.relation("FLOWS_TO", flowId, to.id, [f.pots!.passage.quote], { because: "Potten bär mottagarens namn; att medlen går till just den organisationen sägs inte uttryckligen." });
    });
    if (f.distribution) {
      const flowId = `flow:${id.replace(/^fund:/, "")}-fordelning-${f.distribution.amountSek}`;
      const flow = b.entity({ id: flowId, type: "FundFlow", fields: { name: f.distribution.text, kind: "ALLOCATION", status: f.distribution.proposed ? "PROPOSED" : "DECIDED", order: 1, amountSek: f.distribution.amountSek }, quotes: [f.distribution.passage.quote] });
      if (flow) b.relation("OF_FUND", flowId, fund.id, [f.distribution.passage.quote]);
    }
  }
}
