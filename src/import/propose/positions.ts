/** Decisions in running text: a Position taken by its forum, dated by its own sentence, about the agreements named in it. */
import type { AgreementMention } from "../parse/agreement-mentions.js";
import type { ParsedDocument } from "../parse/parsed-document.js";
import { slugOf } from "../resolve/graph-index.js";
import { namedDocumentsIn } from "../resolve/resolve-names.js";
import { forumId } from "./meetings.js";
import type { ProposalBuilder } from "./proposal-builder.js";

export function proposeDecisions(b: ProposalBuilder, parsed: ParsedDocument, mentions: AgreementMention[], agreementIds: Map<number, string>) {
  for (const d of parsed.decisions) {
    const forum = forumId(b, d.by, [d.passage.quote]);
    if (!forum) continue;
    const when = d.date ?? d.month ?? parsed.date ?? "odaterad";
    // The wording is part of the id: a position in running text must not take the id of one the graph has for that meeting.
    const slug = `${forum.replace(/^forum:/, "")}-${when}-${slugOf(d.wording.replace(/^.*?(ställ|godkän|beslut|rekommend|noterar|förläng|ger|gav)/i, "$1")).slice(0, 40).replace(/-+$/, "")}`;
    const id = `position:${slug}`;
    const fields: Record<string, unknown> = { name: d.wording.slice(0, 160), positionType: d.positionType, wording: d.wording };
    if (d.date) fields.decidedOn = d.date;
    if (d.month) fields.decidedInMonth = d.month;
    const e = b.entity({ id, type: "Position", fields, quotes: [d.passage.quote], ...(d.because ? { inferred: true, because: d.because } : {}) });
    if (!e) continue;
    b.relation("TAKEN_BY", id, forum, [d.passage.quote]);
    // About the agreements its sentence names (as resolved for the page: the version, not just the name).
    mentions.forEach((m, k) => {
      const doc = agreementIds.get(k);
      if (doc && m.passage.line === d.passage.line && (d.wording.includes(m.text) || (!!m.graphId && namedDocumentsIn(b.index, d.wording).some((n) => n.id === m.graphId)))) b.relation("CONCERNS", id, doc, [d.passage.quote]);
    });
  }
}
