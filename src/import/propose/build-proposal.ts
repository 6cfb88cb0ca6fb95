/**
 * Parsed document + graph index → the proposal: entities and relations in the seed format,
 * each with its quotes and a status (new, known, ambiguous, conflicting, refines), the
 * questions the importer asks instead of guessing, and what it could not read.
 */
import type { ParsedDocument } from "../parse/parsed-document.js";
import type { GraphIndex } from "../resolve/graph-index.js";
import { namedDocumentsIn } from "../resolve/resolve-names.js";
import { pageMentions, proposeAgreements, proposeNamedAnywhere } from "./agreements.js";
import { proposeFunds } from "./funds.js";
import { proposeMentionedMeetings, proposeOwnMeeting, proposeSchedules } from "./meetings.js";
import { proposeListedPeople } from "./people.js";
import { proposeDecisions } from "./positions.js";
import { ProposalBuilder } from "./proposal-builder.js";
import type { Proposal } from "./proposal-schema.js";

export interface DocumentMeta {
  file: string;
  seedFile: string;
  input: string;
  format: "txt" | "html" | "pdf";
  encoding: string;
  sha256: string;
  title: string;
  url?: string;
  publisher?: string;
  publishedOn?: string;
}

const KIND_OF_SHAPE = { "meeting-notes": "MEETING_NOTES", "meeting-summary": "MEETING_SUMMARY", decision: "PUBLISHED_PAGE", organisation: "PUBLISHED_PAGE", schedule: "PUBLISHED_PAGE", page: "PUBLISHED_PAGE" } as const;

export function buildProposal(parsed: ParsedDocument, text: string, index: GraphIndex, meta: DocumentMeta): Proposal {
  const b = new ProposalBuilder(index, text, [...parsed.unread]);
  const own = proposeOwnMeeting(b, parsed);
  proposeMentionedMeetings(b, parsed, own.forumId, own.meetingSlug);
  proposeSchedules(b, parsed);
  proposeListedPeople(b, parsed.people);
  const mentions = pageMentions(b, parsed);
  const agreementIds = proposeAgreements(b, parsed, mentions);
  proposeDecisions(b, parsed, mentions, agreementIds);
  proposeFunds(b, parsed);
  proposeNamedAnywhere(b);
  // Items about an agreement: the agreement its title names (as resolved for the page).
  for (const e of [...b.entities.values()].filter((x) => x.type === "AgendaItem")) {
    mentions.forEach((m, k) => {
      const doc = agreementIds.get(k);
      const quote = e.quotes.find((q) => q.includes(m.text) || (!!m.graphId && namedDocumentsIn(index, q).some((n) => n.id === m.graphId)));
      if (doc && quote) b.relation("CONCERNS", e.id, doc, [quote]);
    });
  }

  const date = parsed.meeting?.date ?? parsed.date;
  return {
    document: {
      file: meta.file,
      seedFile: meta.seedFile,
      input: meta.input,
      format: meta.format,
      encoding: meta.encoding,
      sha256: meta.sha256,
      shape: parsed.shape,
      title: meta.title,
      kind: KIND_OF_SHAPE[parsed.shape],
      ...(date ? { date } : {}),
      ...(!date && parsed.year ? { year: parsed.year } : {}),
      ...(meta.url ? { url: meta.url } : {}),
      ...(meta.publisher ? { publisher: meta.publisher } : {}),
      ...(meta.publishedOn ? { publishedOn: meta.publishedOn } : {}),
      description: describe(parsed, meta),
    },
    entities: [...b.entities.values()],
    relations: [...b.relations.values()],
    amounts: parsed.amounts.map((a) => ({ text: a.text, value: a.value, unit: a.unit, quote: a.passage.quote })),
    dates: parsed.dates.map((d) => ({ text: d.text, value: d.value, precision: d.precision, ...(d.endValue ? { endValue: d.endValue } : {}), ...(d.yearFromContext ? { yearFromContext: true } : {}), ...(d.because ? { because: d.because } : {}), quote: d.passage.quote })),
    medskick: parsed.medskick.map((p) => p.quote),
    questions: b.questions,
    unresolved: b.unresolved,
    warnings: [...new Set(b.warnings)],
  };
}

function describe(parsed: ParsedDocument, meta: DocumentMeta): string {
  const what = { "meeting-notes": "Mötesanteckning", "meeting-summary": "Sammanställning från möte", decision: "Beslutssida", organisation: "Organisationssida", schedule: "Sida med mötestider", page: "Webbsida" }[parsed.shape];
  const parts = [`${what}, importerad som utkast från ${meta.input.split("/").at(-1)}`];
  if (parsed.items.length) parts.push(`${parsed.items.length} punkter på dagordningen`);
  return `${parts.join("; ")}. Granskas innan den används.`;
}
