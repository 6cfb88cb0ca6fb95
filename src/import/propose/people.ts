/** People: resolved against the graph (ambiguous matches stay separate entities with candidates), with the organisation and role the page gives. */
import type { ListedPerson, PersonMention } from "../parse/parsed-document.js";
import { resolveOrganisation, resolvePerson } from "../resolve/resolve-names.js";
import type { ProposedEntity } from "./proposal-schema.js";
import type { ProposalBuilder } from "./proposal-builder.js";

export function proposePerson(b: ProposalBuilder, p: PersonMention | ListedPerson): ProposedEntity | undefined {
  const r = resolvePerson(b.index, p.name);
  const listed = p as ListedPerson;
  const notes = [p.title && `titel/roll: ${p.title}`, listed.role && listed.role !== p.title && `roll: ${listed.role}`].filter((n): n is string => !!n);
  const e = b.entity({
    id: r.id,
    type: "Person",
    status: r.status === "ambiguous" ? "ambiguous" : undefined,
    fields: r.status === "known" ? { name: r.node!.properties.name, ...(p.party ? { party: p.party } : {}) } : { name: p.name, ...(p.party ? { party: p.party } : {}) },
    quotes: [p.passage.quote, listed.rolePassage?.quote, listed.repPassage?.quote],
    ...(r.candidates ? { candidates: r.candidates.map((c) => ({ id: c.id, name: String(c.properties.name) })) } : {}),
  });
  if (!e) return undefined;
  if (notes.length) e.notes = [...new Set([...(e.notes ?? []), ...notes])];
  if (r.status === "ambiguous") e.notes = [...new Set([...(e.notes ?? []), `möjligen samma som ${r.candidates!.map((c) => c.id).join(", ")}: ${r.because}`])];
  if (p.organisation) {
    const org = resolveOrganisation(b.index, p.organisation);
    const quotes = [listed.repPassage?.quote ?? listed.rolePassage?.quote ?? p.passage.quote];
    if (org && org.type === "Organisation") {
      b.known(org.id, quotes);
      b.relation("AFFILIATED_WITH", e.id, org.id, quotes);
    } else if (!org) b.unresolved.push({ line: p.passage.line, text: p.organisation, reason: `organisationen för ${p.name} finns inte i grafen` });
  }
  return e;
}

export function proposeListedPeople(b: ProposalBuilder, people: ListedPerson[]) {
  for (const p of people) proposePerson(b, p);
}
