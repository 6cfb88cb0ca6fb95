/**
 * Precision and recall of a proposal against the curated seed graph, per kind of fact. The
 * curated side is every entity and relationship that cites the document; facts are compared
 * by id (the importer uses the same id scheme as the curated files), funds and new agreements by name,
 * relationships by their ends, amounts and dates by value.
 */
import { dateFields } from "../../model/entities.js";
import type { SeedGraph } from "../../seed/seed-graph.js";
import type { Proposal } from "../propose/proposal-schema.js";
import { familyKey, versionYears } from "../resolve/agreement-versions.js";
import { nameKey, namesOf } from "../resolve/graph-index.js";

export const KINDS = ["meetings", "agenda items", "presenters", "positions", "position types", "people", "organisations", "agreements", "funds", "amounts", "dates"] as const;
export type Kind = (typeof KINDS)[number];

export interface Score {
  proposed: number;
  curated: number;
  matched: number;
}

function factsOfGraph(graph: SeedGraph, file: string): Record<Kind, Set<string>> {
  const cites = (c: { citations: { document: string }[] }) => c.citations.some((x) => x.document === file);
  const ents = graph.entities.filter(cites);
  const ids = (...types: string[]) => new Set(ents.filter((e) => types.includes(e.type)).map((e) => e.id));
  return {
    meetings: ids("Meeting"),
    "agenda items": ids("AgendaItem"),
    presenters: new Set(graph.relations.filter((r) => r.type === "PRESENTED_BY" && cites(r)).map((r) => `${r.from}|${r.to}`)),
    positions: ids("Position"),
    "position types": new Set(ents.filter((e) => e.type === "Position").map((e) => `${e.id}|${e.properties.positionType}`)),
    people: ids("Person"),
    organisations: ids("Organisation", "Forum"),
    agreements: ids("GoverningDocument"),
    // New funds get a slug of their name, curated ones a hand-chosen id: compared by name.
    funds: new Set(ents.filter((e) => e.type === "Fund").map((e) => nameKey(String(e.properties.name)))),
    amounts: new Set(ents.map((e) => e.properties.amountSek).filter((v) => typeof v === "number").map(String)),
    dates: new Set(ents.flatMap((e) => Object.entries(e.properties).filter(([k, v]) => dateFields.has(k) && typeof v === "string").map(([, v]) => v as string))),
  };
}

function factsOfProposal(p: Proposal): Record<Kind, Set<string>> {
  const ids = (...types: string[]) => new Set(p.entities.filter((e) => types.includes(e.type)).map((e) => e.id));
  return {
    meetings: ids("Meeting"),
    "agenda items": ids("AgendaItem"),
    presenters: new Set(p.relations.filter((r) => r.type === "PRESENTED_BY").map((r) => `${r.from}|${r.to}`)),
    positions: ids("Position"),
    "position types": new Set(p.entities.filter((e) => e.type === "Position").map((e) => `${e.id}|${e.fields.positionType}`)),
    people: ids("Person"),
    organisations: ids("Organisation", "Forum"),
    agreements: ids("GoverningDocument"),
    funds: new Set(p.entities.filter((e) => e.type === "Fund").map((e) => nameKey(String(e.fields.name)))),
    amounts: new Set([...p.amounts.filter((a) => a.unit === "SEK").map((a) => String(a.value)), ...p.entities.map((e) => e.fields.amountSek).filter((v) => typeof v === "number").map(String)]),
    dates: new Set([...p.dates.filter((d) => d.precision === "DAY").map((d) => d.value), ...p.entities.flatMap((e) => Object.entries(e.fields).filter(([k, v]) => dateFields.has(k) && typeof v === "string").map(([, v]) => v as string))]),
  };
}

export function compareWithGraph(p: Proposal, graph: SeedGraph, curatedFile: string): Record<Kind, Score> {
  const curated = factsOfGraph(graph, curatedFile);
  const proposed = factsOfProposal(p);
  // A new agreement has a slug of its name as id: it matches a curated one with that name or alias,
  // or, for a new version of an agreement, the curated version of the same family and year.
  const byName = new Map<string, string>();
  const byVersion = new Map<string, string>();
  for (const e of graph.entities) {
    if (e.type !== "GoverningDocument" || !curated.agreements.has(e.id)) continue;
    for (const n of namesOf(e)) byName.set(nameKey(n), e.id);
    for (const y of versionYears(e)) for (const n of namesOf(e)) byVersion.set(`${familyKey(n, String(e.properties.kind))}|${y}`, e.id);
  }
  const versionOf = (e: Proposal["entities"][number]) => {
    const year = /(?:19|20)\d{2}/.exec(e.id.replace(/^doc:/, ""))?.[0];
    return year ? byVersion.get(`${familyKey(String(e.fields.name), String(e.fields.kind))}|${year}`) : undefined;
  };
  proposed.agreements = new Set(p.entities.filter((e) => e.type === "GoverningDocument").map((e) => (curated.agreements.has(e.id) ? e.id : byName.get(nameKey(String(e.fields.name))) ?? versionOf(e) ?? e.id)));
  return Object.fromEntries(
    KINDS.map((k) => [k, { proposed: proposed[k].size, curated: curated[k].size, matched: [...proposed[k]].filter((x) => curated[k].has(x)).length }]),
  ) as Record<Kind, Score>;
}

export const precision = (s: Score) => (s.proposed ? s.matched / s.proposed : undefined);
export const recall = (s: Score) => (s.curated ? s.matched / s.curated : undefined);

export function addScores(a: Score, b: Score): Score {
  return { proposed: a.proposed + b.proposed, curated: a.curated + b.curated, matched: a.matched + b.matched };
}
