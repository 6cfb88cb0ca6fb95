/**
 * The honesty audit of a seed graph: fails when an alias, a name or a free-text field carries a
 * claim that no cited quote supports, when one statement about "the municipalities" is made into
 * an edge per municipality without the standard flag, and when a date is stored as an exact day
 * that the quotes give only as a month or a year.
 */
import { entityTypeSchemas } from "../model/entities.js";
import type { SeedProblem } from "../seed/problems.js";
import type { EntityNode, RelationEdge, SeedGraph } from "../seed/seed-graph.js";
import { HEDGE, Support, claimsOf, type Claim } from "./claims.js";
import type { SourceTexts } from "../seed/source-texts.js";
import { compact, occursIn, words } from "./normalise.js";

/** Fields that hold the date a fact is stated on: a cited document's own date supports them. */
const STATED_ON_FIELDS = new Set(["asOf", "statusFirstStated", "statusLastStated", "partiesStatedOn"]);

/** Every relation expanded from a group starts its `because` with this, so all are flagged alike. */
export const EXPANSION_BECAUSE = "Ett samlat uttalande om kommunerna, utvidgat till en relation per kommun";

/** Fields whose text is the curators' own words and must not claim more than the quotes. */
const FREE_TEXT_FIELDS = ["description", "validityText", "renewalTerms", "noticeTerms", "partiesNote", "mandate", "purpose", "distributionKey", "durationText", "title", "location", "version"];
/** Other names: each must be one a cited quote uses. */
const NAME_LIST_FIELDS = ["shortName", "formerNames"];

function where(definedAt: string): { file: string; line: number } {
  const i = definedAt.lastIndexOf(":");
  return { file: definedAt.slice(0, i), line: Number(definedAt.slice(i + 1)) };
}

function describe(claim: Claim): string {
  return claim.kind === "name" ? `the name '${claim.text}'` : claim.kind === "role" ? `the role '${claim.text}'` : `'${claim.text}'`;
}

/**
 * Claims of a text that no quote supports, leaving out sentences that call themselves a
 * conclusion. A name is also supported by another stated name of the same entity ("VGR" by
 * "Västra Götalandsregionen"): `otherNames` gives them.
 */
function unsupportedClaims(text: string, support: Support, otherNames: (name: string) => string[] = () => []): Claim[] {
  return text
    .split(/(?<=[.;!?])\s+|\n+/)
    .filter((sentence) => !HEDGE.test(sentence))
    .flatMap((sentence) => claimsOf(sentence))
    .filter((claim) => !support.supports(claim) && !(claim.kind === "name" && otherNames(claim.value).some((n) => support.hasName(n))));
}

/**
 * `texts` (the source documents) enables the identity rule: a plain alias must be used in a
 * document that also uses another name of the entity, or the identity is only inferred.
 */
export function auditSeedGraph(graph: SeedGraph, texts?: SourceTexts): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const yearOf = new Map(graph.documents.map((d) => [d.id, d.date ? Number(d.date.slice(0, 4)) : d.year]));
  const dateOf = new Map(graph.documents.map((d) => [d.id, d.date]));
  const incident = new Map<string, RelationEdge[]>();
  for (const r of graph.relations) {
    for (const id of [r.from, r.to]) {
      if (!incident.has(id)) incident.set(id, []);
      incident.get(id)!.push(r);
    }
  }
  // When a neighbour happened: a description may date what it is about by the meeting it came up at.
  const meetingOf = new Map<string, EntityNode>();
  for (const r of graph.relations) if (r.type === "HAS_ITEM") meetingOf.set(r.to, byId.get(r.from)!);
  const itemOf = new Map<string, EntityNode>();
  for (const r of graph.relations) {
    if (r.type !== "RESULTED_IN") continue;
    itemOf.set(r.to, byId.get(r.from)!);
    if (meetingOf.has(r.from)) meetingOf.set(r.to, meetingOf.get(r.from)!);
  }
  const whenOf = (e: EntityNode | undefined): string[] => {
    if (!e) return [];
    const meeting = e.type === "Meeting" ? e : meetingOf.get(e.id);
    const item = e.type === "Position" ? itemOf.get(e.id) : e;
    // Dates, and the numbering of agenda items and positions ("punkt 4, ställningstagande 2").
    return [meeting?.properties.month, meeting?.properties.date, e.properties.decidedOn, e.properties.decidedInMonth, e.properties.date, e.properties.asOf, item?.properties.label, item?.properties.order, e.properties.order]
      .filter((d): d is string | number => typeof d === "string" || typeof d === "number")
      .map(String);
  };
  const namesOf = (e: EntityNode | undefined): string[] => {
    if (!e) return [];
    const p = e.properties;
    return [p.name, p.shortName, ...((p.aliases as string[] | undefined) ?? []), ...((p.formerNames as string[] | undefined) ?? [])].filter((n): n is string => typeof n === "string");
  };

  // Stated names only (name, short name, plain aliases): an inferred alias is no synonym.
  const entitiesNamed = new Map<string, EntityNode[]>();
  const statedNames = (e: EntityNode): string[] =>
    [e.properties.name, e.properties.shortName, ...(e.aliasFacts ?? []).filter((a) => !a.inferred).map((a) => a.name)].filter((n): n is string => typeof n === "string");
  for (const e of graph.entities) {
    for (const n of statedNames(e)) {
      const key = words(n);
      entitiesNamed.set(key, [...(entitiesNamed.get(key) ?? []), e]);
    }
  }
  const otherNames = (name: string): string[] => {
    const base = name.replace(/:\p{L}+$/u, "");
    return (entitiesNamed.get(words(base)) ?? entitiesNamed.get(words(base.replace(/s$/, ""))) ?? []).flatMap(statedNames);
  };

  for (const e of graph.entities) {
    const at = where(e.definedAt);
    const problem = (field: string, message: string) => problems.push({ ...at, entry: e.id, field, message });
    const quotes = e.citations.map((c) => c.quote);
    const years = e.citations.map((c) => yearOf.get(c.document)).filter((y): y is number => y !== undefined);
    const ownSupport = new Support(quotes, years);
    // The date a fact is stated on may be the date of a document that states it.
    const statedOnSupport = new Support([...quotes, ...e.citations.map((c) => dateOf.get(c.document)).filter((d): d is string => d !== undefined)], years);

    // Aliases: a plain alias is a name a cited quote uses; any other identity is inferred.
    for (const alias of e.aliasFacts ?? []) {
      // An inferred alias may be a name no document writes (an expansion of SKR); its because says why.
      if (alias.inferred) continue;
      if (!quotes.some((q) => occursIn(alias.name, q))) {
        problem("aliases", `alias '${alias.name}' occurs in no quote that ${e.id} cites: cite one, or give it as { name, inferred: true, because, cite }`);
      } else if (texts) {
        // Two names only mean one thing if some document uses both (as "Göteborgsregionen (GR)" does).
        // A short form inside another name ("Härryda" in "Härryda kommun") or a spelling of it
        // ("Västkom", "Läke-medelsverket") claims no identity of its own.
        const others = statedNames(e).filter((n) => n !== alias.name);
        // Compared with the name and other aliases only: a curator's short name ("Fyrbodal") would
        // make "Fyrbodalsregionen" look like a spelling of "Fyrbodals kommunalförbund".
        const spelling = others
          .filter((n) => n !== e.properties.shortName)
          .some((n) => compact(n).includes(compact(alias.name)) || compact(alias.name).includes(compact(n)));
        const documents = new Set(e.citations.filter((c) => occursIn(alias.name, c.quote)).map((c) => c.document));
        const together = [...documents].some((d) => {
          const text = texts.raw(d);
          return text !== undefined && others.some((n) => occursIn(n, text));
        });
        if (!together && !spelling) problem("aliases", `alias '${alias.name}' and ${e.id}'s other names never occur in one document: the identity is inferred; give it as { name, inferred: true, because, cite }`);
      }
    }
    for (const field of NAME_LIST_FIELDS) {
      const value = e.properties[field];
      for (const name of (Array.isArray(value) ? value : value === undefined ? [] : [value]) as string[]) {
        if (!quotes.some((q) => occursIn(name, q))) problem(field, `'${name}' occurs in no quote that ${e.id} cites`);
      }
    }

    // What else may support free text: the quotes of the entity's stated relations and the names
    // of what they connect it to. An inferred relation supports only an inferred entity.
    const related = (incident.get(e.id) ?? []).filter((r) => !r.inferred || e.inferred);
    const neighbours = related.map((r) => byId.get(r.from === e.id ? r.to : r.from));
    const support = new Support([...quotes, ...related.flatMap((r) => r.citations.map((c) => c.quote)), ...neighbours.flatMap(namesOf), ...neighbours.flatMap(whenOf), ...whenOf(e)], years);

    // An inferred entity says why in `because`: what that states is marked, not claimed.
    if (e.inferred && e.because) support.add(e.because);
    // The name is either written in a quote or built only of what the quotes state.
    const name = e.properties.name as string;
    if (!quotes.some((q) => occursIn(name, q))) {
      for (const claim of unsupportedClaims(name, support, otherNames)) problem("name", `name '${name}': ${describe(claim)} is in no quote that ${e.id} or its relations cite`);
    }
    support.add(name);
    for (const n of namesOf(e)) support.add(n);
    for (const field of FREE_TEXT_FIELDS) {
      const text = e.properties[field];
      if (typeof text !== "string") continue;
      for (const claim of unsupportedClaims(text, support, otherNames)) {
        problem(field, `${describe(claim)} is in no quote that ${e.id} or its stated relations cite; cite it, or say in the text that it is a conclusion`);
      }
    }

    // A date stored as a day must be a day the quotes give; otherwise say how precise it is.
    const shape = entityTypeSchemas[e.type].shape as Record<string, unknown>;
    for (const [field, value] of Object.entries(e.properties)) {
      if (!(`${field}Precision` in shape) || typeof value !== "string") continue;
      const precision = (e.properties[`${field}Precision`] as string | undefined) ?? "DAY";
      const claim: Claim =
        precision === "DAY" ? { kind: "date", text: value, value } : precision === "MONTH" ? { kind: "month", text: value.slice(0, 7), value: value.slice(0, 7) } : { kind: "year", text: value.slice(0, 4), value: value.slice(0, 4) };
      if (!(STATED_ON_FIELDS.has(field) ? statedOnSupport : ownSupport).supports(claim)) {
        problem(field, `${field}=${value} is stored as ${precision === "DAY" ? "an exact day" : `a ${precision.toLowerCase()}`}, but no quote of ${e.id} gives ${claim.value}: set ${field}Precision to what the quotes give`);
      }
    }
  }

  for (const r of graph.relations) {
    const at = where(r.definedAt);
    if (r.expandedFrom && !(r.inferred && r.because?.startsWith(EXPANSION_BECAUSE))) {
      problems.push({ ...at, entry: `${r.type} ${r.from} -> ${r.to}`, field: "because", message: `an edge per member of ${r.expandedFrom} is one statement made into many: set inferred: true and start 'because' with "${EXPANSION_BECAUSE}"` });
    }
    const note = r.properties.note;
    if (typeof note === "string") {
      const support = new Support([...r.citations.map((c) => c.quote), ...namesOf(byId.get(r.from)), ...namesOf(byId.get(r.to))]);
      for (const claim of unsupportedClaims(note, support, otherNames)) {
        problems.push({ ...at, entry: `${r.type} ${r.from} -> ${r.to}`, field: "note", message: `${describe(claim)} is in no quote this relation cites` });
      }
    }
  }
  // One message per relation entry, not one per expanded edge.
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.field}:${p.entry?.startsWith(p.entry.split(" ")[0]!) && p.field === "because" ? "" : p.entry}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
