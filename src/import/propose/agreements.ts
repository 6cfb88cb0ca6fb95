/**
 * Agreements: each mention is resolved to a version (resolve/agreement-versions.ts) or, outside
 * a known family, by name (exact = known, close = ambiguous, else new). A mention the page says
 * something about (a version word, a period, validity, parts, parties, its place in the lineage,
 * or a heading of its own) becomes an entity; a bare name that cannot be settled is asked, not
 * linked. Validity the graph lacks refines a known agreement. Documents the graph knows, named
 * anywhere as whole words, are mentions; a name found only inside a longer word is asked.
 */
import { attachStatements, type AgreementMention, type DatePart } from "../parse/agreement-mentions.js";
import { passageOf, toLines } from "../parse/lines.js";
import type { ParsedDocument } from "../parse/parsed-document.js";
import { familyKey, resolveAgreementVersion, versionYears, type VersionResolution } from "../resolve/agreement-versions.js";
import { documentsNamedIn, namedBodiesIn, resolveAgreement } from "../resolve/resolve-names.js";
import type { ProposalBuilder } from "./proposal-builder.js";

const KIND_WORD: Record<string, string> = { OVERENSKOMMELSE: "Överenskommelse", RIKTLINJE: "Riktlinje", RAMAVTAL: "Ramavtal", SAMVERKANSAVTAL: "Samverkansavtal", HEALTHCARE_AGREEMENT: "Hälso- och sjukvårdsavtal", HANDLINGSPLAN: "Handlingsplan", INRIKTNINGSDOKUMENT: "Inriktningsdokument" };

function validityFields(m: AgreementMention): Record<string, unknown> {
  const f: Record<string, unknown> = {};
  const put = (key: string, d: DatePart | undefined) => {
    if (!d) return;
    f[key] = d.value;
    if (d.precision !== "DAY") f[`${key}Precision`] = d.precision;
  };
  put("validFrom", m.validFrom ?? (m.period ? { value: `${m.period.from}-01-01`, precision: "YEAR" } : undefined));
  put("validTo", m.validTo ?? (m.period ? { value: `${m.period.to}-12-31`, precision: "YEAR" } : undefined));
  put("extendedUntil", m.extendedUntil);
  if (m.lineage) f.version = m.lineage.text;
  return f;
}

const yearOfMention = (m: AgreementMention, pageYear: number | undefined) =>
  m.period?.from ?? m.year ?? (m.validFrom ? Number(m.validFrom.value.slice(0, 4)) : undefined) ?? (m.when ? Number(m.when.value.slice(0, 4)) : pageYear);

const substantive = (m: AgreementMention) => m.version !== "plain" || !!(m.period || m.year || m.validFrom || m.validTo || m.extendedUntil || m.partOf || m.parties || m.lineage || m.ownLine || m.decided);

/** Words before a name that make it the agreement in force, whatever the page says of a new one. */
const IN_FORCE_BEFORE = /(nuvarande|gällande|dagens|befintliga|tidigare|översyn av|uppföljning av)\s+(det\s+)?$/i;

/**
 * The page's mentions in line order: those the parser found, and documents the graph knows named
 * by a whole name on a line where no mention of their family stands. Then what the page states
 * about them (validity, parts, parties, lineage), and one version per family on a page: a plain
 * name takes the version and time of the page's "förslag"/"nytt"/"revidering" mention of the same
 * family, unless it says "nuvarande", "gällande" or "översyn av".
 */
export function pageMentions(b: ProposalBuilder, parsed: ParsedDocument): AgreementMention[] {
  const lines = toLines(b.text);
  const all = [...parsed.agreementMentions];
  for (const l of lines) {
    if (l.clean.length < 8) continue;
    const here = all.filter((m) => m.passage.line === l.n).map((m) => familyKey(m.name, m.kind));
    for (const d of documentsNamedIn(b.index, l.raw).whole) {
      if (d.type !== "GoverningDocument") continue;
      const names = [String(d.properties.name), ...((d.properties.aliases as string[] | undefined) ?? [])];
      if (names.some((n) => here.includes(familyKey(n, String(d.properties.kind))))) continue;
      all.push({ name: String(d.properties.name), text: String(d.properties.name), kind: d.properties.kind as AgreementMention["kind"], version: "plain", passage: passageOf(l), ownLine: false, graphId: d.id, ...periodAfter(l.clean, names) });
    }
  }
  all.sort((x, y) => x.passage.line - y.passage.line);
  attachStatements(lines, all, parsed.years);
  return all;
}

/**
 * One version per family on a page: the mentions of a family (a document the graph knows by a
 * whole name joins the family of the page's own mention of it) are one group, resolved once from
 * what all of them say (the "förslag"/"nytt"/"revidering" mention and its time lead; validity and
 * parts stated of any member count). A mention after "nuvarande", "gällande" or "översyn av", or
 * one with another period of its own ("2012-2016"), is resolved on its own.
 */
function groups(b: ProposalBuilder, mentions: AgreementMention[]): number[][] {
  const byKey = new Map<string, number[]>();
  // A shorter mention whose words all stand in a fuller one of the same kind on the page is that one
  // ("förslag till ny överenskommelse kring personer med ..." and "Överenskommelse om samverkan kring personer med ...").
  const wordSet = (m: AgreementMention) => new Set(m.name.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length > 2 && !/^(överenskommelse\w*|riktlinje\w*|ramavtal\w*|samverkansavtal\w*|och|för|kring|med|vid|från)$/.test(w)));
  const fuller = (m: AgreementMention) => {
    const mine = wordSet(m);
    if (mine.size < 3 || m.kind === "HEALTHCARE_AGREEMENT") return m;
    return mentions.filter((o) => !o.graphId && o.kind === m.kind && [...mine].every((w) => wordSet(o).has(w))).sort((x, y) => wordSet(y).size - wordSet(x).size)[0] ?? m;
  };
  const keyOf = (m: AgreementMention): string => {
    const period = m.period ? `${m.period.from}-${m.period.to}` : m.year ? String(m.year) : "";
    if (!m.graphId) return `${familyKey(fuller(m).name, m.kind)}|${period}`;
    const node = b.index.byId.get(m.graphId)!;
    const names = [String(node.properties.name), ...((node.properties.aliases as string[] | undefined) ?? [])];
    const textual = names.map((n) => `${familyKey(n, String(node.properties.kind))}|`).find((k) => byKey.has(k));
    return textual ?? `graph:${m.graphId}`;
  };
  const alone: number[][] = [];
  mentions.forEach((m, k) => {
    if (!m.graphId && IN_FORCE_BEFORE.test(m.before ?? "")) return void alone.push([k]);
    const key = keyOf(m);
    byKey.set(key, [...(byKey.get(key) ?? []), k]);
  });
  // Graph mentions seen before the textual mention of their family: place them again now that all keys exist.
  for (const [key, ks] of [...byKey]) {
    if (!key.startsWith("graph:")) continue;
    const joined = keyOf(mentions[ks[0]!]!);
    if (joined !== key) {
      byKey.delete(key);
      byKey.set(joined, [...(byKey.get(joined) ?? []), ...ks].sort((x, y) => x - y));
    }
  }
  // A family with one period of its own on the page ("Nytt hälso- och sjukvårdsavtal, Västra Götaland 2017-2020"): its
  // mentions without a period ("Det nya ... träder i kraft den 1 april 2017") are that version.
  const families = new Map<string, string[]>();
  for (const key of byKey.keys()) if (!key.startsWith("graph:")) families.set(key.split("|")[0]!, [...(families.get(key.split("|")[0]!) ?? []), key]);
  for (const [family, keys] of families) {
    const periods = keys.filter((k) => !k.endsWith("|"));
    const plain = `${family}|`;
    if (periods.length === 1 && byKey.has(plain)) {
      byKey.set(periods[0]!, [...byKey.get(periods[0]!)!, ...byKey.get(plain)!].sort((x, y) => x - y));
      byKey.delete(plain);
    }
  }
  return [...byKey.values(), ...alone];
}

/** The group's mention to resolve: its leading version word and time, with what any member states. */
function merged(mentions: AgreementMention[], group: number[]): AgreementMention {
  const ms = group.map((k) => mentions[k]!);
  const textual = ms.filter((m) => !m.graphId);
  const lead = textual.find((m) => m.version !== "plain" && (m.when || m.period || m.year)) ?? textual.find((m) => m.version !== "plain") ?? textual[0] ?? ms[0]!;
  const pick = <K extends keyof AgreementMention>(key: K) => lead[key] ?? ms.find((m) => m[key] !== undefined)?.[key];
  return {
    ...lead,
    when: lead.when ?? textual.find((m) => m.version !== "plain" && m.when)?.when ?? textual.find((m) => m.when)?.when,
    validFrom: pick("validFrom"),
    validTo: pick("validTo"),
    extendedUntil: pick("extendedUntil"),
    validityPassage: pick("validityPassage"),
    lineage: pick("lineage"),
    parties: pick("parties"),
    ownLine: ms.some((m) => m.ownLine),
    decided: ms.some((m) => m.decided),
    partOf: pick("partOf"),
  };
}

/** "handlingsplan psykisk hälsa 2018–2020": a period written right after a document's name. */
function periodAfter(line: string, names: string[]): { period?: { from: number; to: number } } {
  for (const n of names) {
    const words = n.split(/[^\p{L}\d]+/u).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    if (!words.length) continue;
    const m = new RegExp(`${words.join("[^\\p{L}\\d]+")}\\p{L}{0,3}\\s+((?:19|20)\\d{2})\\s?[-–]\\s?((?:19|20)\\d{2})(?!\\d)`, "iu").exec(line);
    if (m) return { period: { from: Number(m[1]), to: Number(m[2]) } };
  }
  return {};
}

/** The page's agreements as entities; returns the entity id of each mention (by its index in `mentions`), where there is one. */
export function proposeAgreements(b: ProposalBuilder, parsed: ParsedDocument, mentions: AgreementMention[]): Map<number, string> {
  const ids = new Map<number, string>();
  // A year from "Senast uppdaterad" only bounds the page's time; it is not the time of a version.
  const bounded = !!parsed.years?.latest;
  const pageYear = bounded ? undefined : parsed.years?.year;
  const latestYear = bounded ? parsed.years?.year : undefined;
  const resolved = new Map<number, VersionResolution>();
  const all = groups(b, mentions);
  // Parents first: a part of a new version of an agreement is of that version's time ("Till avtalet hör fyra överenskommelser").
  const isPart = (g: number[]) => g.some((k) => mentions[k]!.partOf && !mentions[k]!.partOf!.annex);
  for (const group of [...all.filter((g) => !isPart(g)), ...all.filter(isPart)]) {
    let m = merged(mentions, group);
    const parent = m.partOf && !m.partOf.annex ? resolved.get(m.partOf.of) : undefined;
    const parentYear = parent?.status === "known" ? versionYears(parent.node!)[0] : parent ? yearOfMention(mentions[m.partOf!.of]!, pageYear) : undefined;
    if (parentYear && m.version === "plain" && !m.period && !m.year) m = { ...m, version: "proposal", when: { value: String(parentYear) } };
    const graphNode = m.graphId ? b.index.byId.get(m.graphId) : undefined;
    // A document the graph knows by name is that document, unless it is a part of a version of another time (then its version is asked).
    const r = graphNode && !parentYear ? { status: "known" as const, id: graphNode.id, node: graphNode } : resolveAgreementVersion(b.index, { ...m, graphId: undefined }, pageYear, latestYear) ?? (graphNode ? { status: "known" as const, id: graphNode.id, node: graphNode } : byName(b, m));
    if (!r) continue;
    for (const k of group) resolved.set(k, r);
    const quotes: (string | undefined)[] = [...group.map((k) => mentions[k]!.passage.quote), m.validityPassage?.quote, m.lineage?.passage.quote];
    const id = agreementEntity(b, m, r, quotes);
    if (id) for (const k of group) ids.set(k, id);
  }
  // Parts, annexes and parties, between the entities made above.
  mentions.forEach((m, k) => {
    const id = ids.get(k);
    if (!id) return;
    if (m.partOf) {
      const of = ids.get(m.partOf.of);
      if (of) b.relation(m.partOf.annex ? "ANNEXED_TO" : "PART_OF", id, of, [m.partOf.passage.quote]);
    }
    if (m.parties?.region) {
      const vgr = b.known("org:vgr", [m.parties.passage.quote]);
      if (vgr) b.relation("PARTY_TO", vgr.id, id, [m.parties.passage.quote]);
    }
    if (m.parties?.municipalities) {
      const e = b.entities.get(id)!;
      e.notes = [...new Set([...(e.notes ?? []), "avtalsparter enligt sidan: var och en av kommunerna (en relation per kommun läggs inte till automatiskt)"])];
    }
  });
  return ids;
}

/** The entity for one resolved group: known (with validity that refines it), asked (a bare name), or an ambiguous or new version. */
function agreementEntity(b: ProposalBuilder, m: AgreementMention, r: VersionResolution, quotes: (string | undefined)[]): string | undefined {
  if (r.status === "known") {
    return b.entity({ id: r.id, type: "GoverningDocument", fields: { name: r.node!.properties.name, ...validityFields(m) }, quotes })?.id;
  }
  if (!substantive(m)) {
    b.ask(m.passage.line, m.text, r.candidates ?? [], r.because ?? "versionen framgår inte");
    return undefined;
  }
  const e = b.entity({
    id: r.id,
    type: "GoverningDocument",
    status: r.status === "ambiguous" ? "ambiguous" : undefined,
    // The name as the page writes it: the whole mention of the agreement (with its version words), else the title after "Överenskommelse - ".
    fields: { name: (m.kind === "HEALTHCARE_AGREEMENT" ? m.text : m.name).replace(/\.pdf$/i, "").replace(/,\s*(PDF|PPT|PowerPoint)$/i, ""), kind: m.kind, ...validityFields(m) },
    quotes,
    ...(r.candidates ? { candidates: r.candidates.map((c) => ({ id: c.id, name: String(c.properties.name) })) } : {}),
  });
  if (!e) return undefined;
  if (r.because) e.notes = [...new Set([...(e.notes ?? []), r.status === "ambiguous" ? `möjligen samma som ${r.candidates!.map((c) => c.id).join(", ")}: ${r.because}` : r.because])];
  if (r.lineage) {
    b.known(r.lineage.from === e.id ? r.lineage.to : r.lineage.from, [m.passage.quote]);
    b.relation("REPLACES", r.lineage.from, r.lineage.to, [m.passage.quote], { because: r.lineage.because });
  }
  return e.id;
}

function byName(b: ProposalBuilder, m: AgreementMention): VersionResolution | undefined {
  const r = resolveAgreement(b.index, m.name, KIND_WORD[m.kind] ?? "");
  return { status: r.status, id: r.id, node: r.node, candidates: r.candidates, because: r.because };
}

/** Names found only inside a longer word (asked), and organisations and forums named anywhere. */
export function proposeNamedAnywhere(b: ProposalBuilder) {
  b.text.split("\n").forEach((line, i) => {
    if (line.trim().length < 8) return;
    const quote = line.trim().replace(/^[-•·➤#*\s]+/, "");
    const named = documentsNamedIn(b.index, line);
    // Funds the graph knows, named by a whole name: a mention (agreements are handled above).
    for (const d of named.whole) if (d.type === "Fund") b.known(d.id, [quote]);
    for (const d of named.partial) b.ask(i + 1, quote.slice(0, 120), [d], `namnet "${d.properties.name}" (eller ett alias) står bara som del av ett längre ord; det länkas inte`);
    for (const body of namedBodiesIn(b.index, line)) if (!b.entities.has(body.id)) b.known(body.id, [quote]);
  });
}
