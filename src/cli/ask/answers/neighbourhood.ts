/** An entity's own facts and sources and every relationship to or from it (visa). */
import type { NeighbourhoodQuery } from "../../../generated/graphql.js";
import { stateLine } from "./state.js";
import { enumSv, PROPERTY_SV, propertyValueSv, relationSv, typeSv } from "../../../labels/sv.js";
import { nameOf, type Report } from "../text.js";

type Relation = NeighbourhoodQuery["neighbourhood"]["relations"][number];

/** How many of a group a brief answer lists. */
const BRIEF_GROUP = 8;

interface Group {
  heading: string;
  relations: Relation[];
}

/** The relations by type and direction, in the API's order: "SRO rekommenderar beslut hos …", "… togs av SRO". */
function groups(subject: { id: string; name: string }, relations: readonly Relation[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const r of relations) {
    const outgoing = r.from.id === subject.id;
    const key = `${outgoing ? "out" : "in"} ${r.relation}`;
    const heading = outgoing ? `${subject.name} ${relationSv(r.relation)} …` : `… ${relationSv(r.relation)} ${subject.name}`;
    const group = byKey.get(key) ?? { heading, relations: [] };
    group.relations.push(r);
    byKey.set(key, group);
  }
  return [...byKey.values()];
}

export function formatNeighbourhood({ neighbourhood: n }: NeighbourhoodQuery, out: Report): void {
  const e = n.entity;
  out.say(`${nameOf(e)} — ${typeSv(e.type)}${n.inferred ? "  [slutsats]" : ""}`);
  if (n.description) out.say(n.description);
  if (n.inferred && n.because && !out.brief) out.say(`varför: ${n.because}`);
  if (n.documentState) out.say(`per ${n.asOf}: ${stateLine(n.documentState)} — ${n.documentState.explanation}`);
  if (n.meetingState) out.say(`per ${n.asOf}: ${enumSv("MeetingState", n.meetingState.state)} — ${n.meetingState.explanation}`);
  if (n.fundState) out.say(`per ${n.asOf}: ${enumSv("FundState", n.fundState.state)} — ${n.fundState.explanation}`);
  out.say();
  out.say("Fakta:");
  for (const f of n.facts) out.say(`  ${PROPERTY_SV[f.key] ?? f.key}: ${propertyValueSv(e.type, f.key, f.value)}`);
  if (!out.brief && n.sources.length) {
    out.say();
    out.say(`Källor (${n.sources.length}):`);
    out.sources(n.sources, "  ");
  }
  out.say();
  out.say(`Relationer (${n.relations.length}):`);
  for (const g of groups(e, n.relations)) {
    out.say(`  ${g.heading} (${g.relations.length}):`);
    const shown = out.brief ? g.relations.slice(0, BRIEF_GROUP) : g.relations;
    for (const r of shown) out.say(`    ${nameOf(r.from.id === e.id ? r.to : r.from)}${r.inferred ? "  [slutsats]" : ""}`);
    if (shown.length < g.relations.length) out.say(`    … och ${g.relations.length - shown.length} till`);
    // One reason per group: an inferred relation to each of 49 municipalities gives the same one.
    const reasons = new Set(g.relations.flatMap((r) => (r.inferred && r.because ? [r.because] : [])));
    if (!out.brief) for (const because of reasons) out.say(`      varför: ${because}`);
  }
  out.truncated(n.truncated, "fler relationer");
}
