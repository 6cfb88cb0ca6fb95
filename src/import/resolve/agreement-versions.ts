/**
 * Which version of an agreement a mention is. Agreements come in lineages (the
 * Hälso- och sjukvårdsavtal of 2012–2016, of 2017–2020, its revision of 2022, the proposal of
 * 2025): the same name, different versions. A mention is compared with the members of its
 * family in the graph (same name once version words, years and definite endings are set
 * aside) by the time the page gives it: a period or year in the name itself, else the date of
 * its sentence, else the page's own date. A member is *versioned* when the graph gives it a year
 * (in its name, version or validity); the one without is the agreement in force, whose start
 * the graph does not give but whose sources show it in force from a year on.
 * - "Revidering av ..." is a revision, "Förslag till nytt ..." a proposal: the versioned member of
 *   that kind whose year lies within a year of the mention's is known; several are ambiguous.
 * - A plain name is the agreement in force, known when the page's time is not before the graph
 *   shows it in force; earlier, it is ambiguous (the graph does not say when it started).
 * - No candidate: a new version, linked to its lineage by an inferred REPLACES.
 * Never merged on a guess: ambiguous mentions keep their own id and list the candidates.
 */
import type { EntityNode } from "../../seed/seed-graph.js";
import type { AgreementMention } from "../parse/agreement-mentions.js";
import { nameKey, namesOf, slugOf, type GraphIndex } from "./graph-index.js";

export interface VersionResolution {
  status: "known" | "ambiguous" | "new";
  id: string;
  node?: EntityNode;
  candidates?: EntityNode[];
  because?: string;
  /** For a new version: its place in the lineage (inferred). */
  lineage?: { from: string; to: string; because: string };
}

interface Member {
  node: EntityNode;
  /** Years the graph gives this version (name, version, validity). */
  years: number[];
  role: "revision" | "proposal" | "inForce";
  /** Years of the documents that cite it. */
  attested: number[];
}

const KIND_WORDS = /^(?:överenskommelse(?:n|r)?|ramavtal(?:et)?|riktlinje(?:n|r)?|samverkansavtal(?:et)?|samarbetsavtal(?:et)?|handlingsplan(?:en)?|inriktningsdokument(?:et)?)\s+/;

/** A crude Swedish stem for comparing names: "slutna" = "sluten", "avtalet" = "avtal". */
function stem(word: string): string {
  return word.length < 5 ? word : word.replace(/(arna|erna|orna|ande|ende|ets|et|en|na|ar|er|or|a|e)$/, "");
}

const KIND_OF_WORD: [RegExp, string][] = [
  [/^hälso-\s?och sjukvårdsavtal|^hos[- ]avtal/, "HEALTHCARE_AGREEMENT"],
  [/^överenskommelse|^ök\b/, "OVERENSKOMMELSE"],
  [/^ramavtal/, "RAMAVTAL"],
  [/^riktlinje/, "RIKTLINJE"],
  [/^samverkansavtal|^samarbetsavtal/, "SAMVERKANSAVTAL"],
  [/^handlingsplan/, "HANDLINGSPLAN"],
  [/^inriktningsdokument/, "INRIKTNINGSDOKUMENT"],
];

/**
 * A name without version words, years, parties, file suffixes and the kind word, after its kind:
 * the family of versions ("Överenskommelse psykisk hälsa" is not "handlingsplan psykisk hälsa").
 * `kind` is used when the name does not begin with a kind word.
 */
export function familyKey(name: string, kind?: string): string {
  const words = familyWords(name);
  const k = KIND_OF_WORD.find(([re]) => re.test(words.lead))?.[1] ?? kind ?? "";
  return words.key ? `${k}:${words.key}` : "";
}

function familyWords(name: string): { lead: string; key: string } {
  let t = name.toLowerCase().replace(/\.pdf$/, "").replace(/_/g, " ");
  t = t.replace(/\((?:förslag\s*)?(?:19|20)\d{2}\)/g, " ").replace(/\b(?:19|20)\d{2}\s?[-–]\s?(?:19|20)\d{2}\b/g, " ").replace(/\b(?:19|20)\d{2}\b/g, " ").replace(/\bbeslut\b/g, " ");
  for (let i = 0; i < 3; i++) t = t.trim().replace(/^(?:förslag(?:et)?(?: till| på)?|revidering av|reviderat|reviderade|reviderad|nytt|nya|ny|det|den)\s+/, "");
  t = t.replace(/\s+(?:med tillhörande (?:överenskommelser|ök)|med underavtal\S*|samt underavtal)\b.*$/, "");
  t = t.replace(/\bhos[- ]avtal\w*/, "hälso- och sjukvårdsavtal").replace(/,?\s+(?:i\s+)?västra götaland(?:s län)?\s*$/, "");
  t = t.replace(/\bmellan\s+.+?\s+(?=om\b|kring\b|för\b)/, "");
  const lead = t.trim();
  t = lead.replace(KIND_WORDS, "");
  const words = t.split(/[\s/,–-]+/).map((w) => stem(nameKey(w))).filter((w) => w.length > 0 && !["om", "och", "for", "kring", "i", "vid", "med", "av"].includes(w));
  return { lead, key: words.sort().join(" ") };
}

/** The years the graph gives a version (name, short name, version, validity); none for the one in force. */
export function versionYears(node: EntityNode): number[] {
  const p = node.properties;
  return [...new Set([...yearsIn(p.name), ...yearsIn(p.shortName), ...yearsIn(p.version), ...yearsIn(p.validFrom), ...yearsIn(p.validTo)])].sort();
}

const yearsIn = (text: unknown) => (typeof text === "string" ? [...text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1])) : []);

function memberOf(index: GraphIndex, node: EntityNode): Member {
  const p = node.properties;
  const years = versionYears(node);
  const revises = index.graph.relations.some((r) => r.type === "REVISES" && r.from === node.id);
  const role = /revider/i.test(String(p.name)) || revises ? "revision" : ["ON_REFERRAL", "PROPOSED", "DRAFT", "IN_PREPARATION"].includes(String(p.status)) || /förslag|remiss/i.test(`${p.name} ${p.version ?? ""}`) ? "proposal" : "inForce";
  const dates = new Map(index.graph.documents.map((d) => [d.id, d.date ? Number(d.date.slice(0, 4)) : d.year]));
  const attested = [...new Set(node.citations.map((c) => dates.get(c.document)).filter((y): y is number => typeof y === "number"))].sort();
  return { node, years: [...new Set(years)].sort(), role, attested };
}

const families = new WeakMap<GraphIndex, Map<string, EntityNode[]>>();

export function familyOf(index: GraphIndex, name: string, kind?: string): EntityNode[] {
  let map = families.get(index);
  if (!map) {
    map = new Map();
    for (const d of index.ofType("GoverningDocument")) {
      for (const n of namesOf(d)) {
        const k = familyKey(n, String(d.properties.kind));
        if (!k) continue;
        const list = map.get(k) ?? [];
        if (!list.includes(d)) list.push(d);
        map.set(k, list);
      }
    }
    families.set(index, map);
  }
  return map.get(familyKey(name, kind)) ?? [];
}

const near = (m: Member, from: number, to: number) => m.years.some((y) => y >= from - 1 && y <= to + 1);
const list = (ms: Member[]) => ms.map((m) => `${m.node.properties.name} (${m.node.id})`).join(", ");

/** The id of a version the graph does not know: the family's shortest id and the mention's time. */
function versionId(index: GraphIndex, members: Member[], mention: AgreementMention, when: number | undefined): string {
  const base = members.map((m) => m.node.id).sort((a, b) => a.length - b.length)[0] ?? `doc:${slugOf(mention.name)}`;
  const time = mention.period ? `${mention.period.from}-${mention.period.to}` : mention.validFrom && mention.validTo ? `${mention.validFrom.value.slice(0, 4)}-${mention.validTo.value.slice(0, 4)}` : mention.year ?? (mention.validFrom ? mention.validFrom.value.slice(0, 4) : when);
  let id = time ? `${base}-${time}` : `${base}-ny`;
  while (index.byId.has(id)) id = `${id}-2`;
  return id;
}

export function resolveAgreementVersion(index: GraphIndex, mention: AgreementMention, pageYear?: number, latestYear?: number): VersionResolution | undefined {
  const family = familyOf(index, mention.name, mention.kind).map((n) => memberOf(index, n));
  if (!family.length) return undefined;
  const versioned = family.filter((m) => m.years.length);
  const inForce = family.filter((m) => !m.years.length);
  const explicit = mention.period ?? (mention.year ? { from: mention.year, to: mention.year } : mention.validFrom ? { from: Number(mention.validFrom.value.slice(0, 4)), to: Number((mention.validTo ?? mention.validFrom).value.slice(0, 4)) } : undefined);
  const when = mention.when ? Number(mention.when.value.slice(0, 4)) : pageYear;
  const known = (m: Member): VersionResolution => ({ status: "known", id: m.node.id, node: m.node });
  const ask = (ms: Member[], because: string): VersionResolution => ({ status: "ambiguous", id: versionId(index, family, mention, when), candidates: ms.map((m) => m.node), because });
  const firstInForce = (m: Member) => m.attested[0] ?? Infinity;

  if (explicit) {
    const exact = versioned.filter((m) => m.years.includes(explicit.from) && m.years.includes(explicit.to));
    if (exact.length === 1 && explicit.from !== explicit.to) return known(exact[0]!);
    const close = versioned.filter((m) => near(m, explicit.from, explicit.to) && (mention.version === "plain" || m.role !== "inForce"));
    const possible = inForce.filter((m) => explicit.from <= (m.attested.at(-1) ?? Infinity));
    if (close.length) return ask([...close, ...possible], `sidans avtal gäller ${explicit.from === explicit.to ? `från ${explicit.from}` : `${explicit.from}–${explicit.to}`}; ${list(close)} har år i närheten${possible.length ? ` och ${list(possible)} saknar giltighetstid` : ""}; samma version sägs inte`);
    if (possible.length) return ask(possible, `grafen anger ingen giltighetstid för ${list(possible)} (i kraft enligt källor från ${possible.map(firstInForce).join(", ")}); sidans version avser ${explicit.from === explicit.to ? explicit.from : `${explicit.from}–${explicit.to}`}; att det är samma version sägs inte`);
    return newVersion(index, family, mention, when, explicit.from);
  }
  if (mention.version === "plain") {
    if (inForce.length === 1) {
      const m = inForce[0]!;
      if (when === undefined || when >= firstInForce(m)) return known(m);
      return ask([m], `sidans tid (${when}) ligger före ${when === undefined ? "" : firstInForce(m)}, då grafen först visar ${m.node.id} i kraft; grafen anger inte när det började gälla`);
    }
    const timed = when === undefined ? [] : versioned.filter((m) => near(m, when, when));
    if (timed.length === 1 && inForce.length === 0) return known(timed[0]!);
    const all = inForce.length ? inForce : versioned;
    return ask(all, `grafen har ${list(all)}; sidan anger inte vilken version${when === undefined ? " (inget datum)" : ` (${when})`}`);
  }
  const byRole = versioned.filter((m) => (mention.version === "revision" ? m.role === "revision" : m.role !== "inForce"));
  if (when !== undefined) {
    const timed = byRole.filter((m) => near(m, when, when));
    if (timed.length === 1) return known(timed[0]!);
    if (timed.length > 1) return ask(timed, `flera versioner från tiden kring ${when}: ${list(timed)}`);
    const possible = inForce.filter((m) => when < firstInForce(m));
    if (possible.length) return ask(possible, `grafen har ingen ${mention.version === "revision" ? "revidering" : "föreslagen version"} från ${when}; ${list(possible)} är i kraft enligt källor från ${possible.map(firstInForce).join(", ")} men när det började gälla anges inte`);
    return newVersion(index, family, mention, when, when);
  }
  // The page is at the latest from `latestYear` (its last update): versions from later cannot be the one it proposes.
  const early = latestYear === undefined ? byRole : byRole.filter((m) => m.years.some((y) => y <= latestYear + 1));
  if (latestYear !== undefined && !early.length && inForce.length) return ask(inForce, `sidan uppdaterades senast ${latestYear}; grafens ${mention.version === "revision" ? "revideringar" : "föreslagna versioner"} (${list(byRole)}) är senare, och när ${list(inForce)} började gälla anges inte`);
  // No time at all: every version of the family is a candidate.
  if (latestYear === undefined) return ask(family, `sidan anger ingen tid; grafen har ${list(family)}`);
  return ask(early.length ? [...early, ...inForce] : family, `sidan anger ingen tid; grafen har ${list(early.length ? [...early, ...inForce] : family)}`);
}

/**
 * A version the graph does not know, placed in its lineage (inferred: no page says which version
 * it replaced): against the agreement in force when the graph has one (a later version replaces
 * it, an earlier one was replaced by it), else against the nearest version in time.
 */
function newVersion(index: GraphIndex, family: Member[], mention: AgreementMention, when: number | undefined, at: number): VersionResolution {
  const id = versionId(index, family, mention, when);
  const time = (m: Member) => m.years[0] ?? m.attested[0] ?? Infinity;
  const inForce = family.find((m) => m.role === "inForce");
  const later = inForce && time(inForce) > at ? inForce : !inForce ? family.filter((m) => time(m) > at).sort((a, b) => time(a) - time(b))[0] : undefined;
  const earlier = inForce && time(inForce) <= at ? inForce : !inForce ? family.filter((m) => time(m) < at).sort((a, b) => time(b) - time(a))[0] : undefined;
  const lineage = later
    ? { from: later.node.id, to: id, because: `Samma avtal till namnet; ${later.node.id} hör till en senare tid (${time(later)}) än sidans version (${at}). Att det ersatte just denna version sägs inte.` }
    : earlier
      ? { from: id, to: earlier.node.id, because: `Samma avtal till namnet; sidans version (${at}) är senare än ${earlier.node.id} (${time(earlier) === Infinity ? "i kraft, utan år" : time(earlier)}). Att den ersätter just den versionen sägs inte.` }
      : undefined;
  return { status: "new", id, ...(lineage ? { lineage } : {}) };
}
