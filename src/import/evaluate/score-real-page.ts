/**
 * A proposal scored against a page's expected facts (gold.ts), kind by kind: each expected fact
 * is matched to at most one proposed fact that agrees with it in every field the expectation
 * gives; precision is matched / proposed, recall matched / expected. A proposed fact is counted
 * right only when the page's expectation has it: what the expectations leave out counts against
 * precision.
 */
import type { Proposal, ProposedEntity } from "../propose/proposal-schema.js";
import { nameKey } from "../resolve/graph-index.js";
import type { GoldPage } from "./gold.js";
import type { Score } from "./compare-with-graph.js";

export const REAL_KINDS = ["title", "meetings", "items", "presenters", "positions", "position types", "people", "affiliations", "roles", "organisations", "agreements", "validity", "funds", "amounts", "dates"] as const;
export type RealKind = (typeof REAL_KINDS)[number];

const k = (s: string | undefined) => nameKey(s ?? "");
const contains = (hay: string | undefined, needle: string) => k(hay).includes(k(needle));

/** Greedy one-to-one matching of expected to proposed facts. */
function match<G, P>(gold: G[], proposed: P[], same: (g: G, p: P) => boolean): Score {
  const used = new Set<number>();
  let matched = 0;
  for (const g of gold) {
    const i = proposed.findIndex((p, j) => !used.has(j) && same(g, p));
    if (i >= 0) {
      used.add(i);
      matched++;
    }
  }
  return { proposed: proposed.length, curated: gold.length, matched };
}

interface View {
  p: Proposal;
  byId: Map<string, ProposedEntity>;
  to(type: string, from: string): string[];
  from(type: string, to: string): string[];
}

function viewOf(p: Proposal): View {
  const byId = new Map(p.entities.map((e) => [e.id, e]));
  return {
    p,
    byId,
    to: (type, from) => p.relations.filter((r) => r.type === type && r.from === from).map((r) => r.to),
    from: (type, to) => p.relations.filter((r) => r.type === type && r.to === to).map((r) => r.from),
  };
}

/** A reference as the proposal makes it: the id of a known entity, else the name of a new one. */
function refOf(v: View, id: string | undefined): string {
  const e = id ? v.byId.get(id) : undefined;
  if (!e) return id ?? "";
  return e.status === "new" || e.status === "ambiguous" ? String(e.fields.name) : e.id;
}
/** A graph id must be the same id; a new body's name may carry a qualifier the expectation leaves out ("Styrgrupp (Göteborgsområdet)"). */
const sameRef = (gold: string, proposed: string) => (gold.includes(":") ? gold === proposed : !proposed.includes(":") && k(proposed).startsWith(k(gold)));

function rolesOf(e: ProposedEntity): string[] {
  return (e.notes ?? []).filter((n) => /^(roll|titel\/roll): /.test(n)).map((n) => n.replace(/^(roll|titel\/roll): /, ""));
}

function agreementMatches(g: GoldPage["agreements"][number], e: ProposedEntity): boolean {
  if (g.ref) return e.id === g.ref && (g.status === "refines" || g.status === "conflicting" ? e.status === g.status : e.status === "known" || e.status === "refines");
  if (e.status !== g.status) return false;
  if (g.candidates && !g.candidates.every((c) => e.candidates?.some((x) => x.id === c))) return false;
  return contains(String(e.fields.name), g.name ?? "") || contains(g.name, String(e.fields.name));
}

const VALIDITY = ["validFrom", "validTo", "extendedUntil"] as const;

export function scoreRealPage(p: Proposal | undefined, gold: GoldPage): Record<RealKind, Score> {
  const empty = { entities: [], relations: [], amounts: [], dates: [], document: { title: "" } } as unknown as Proposal;
  const v = viewOf(p ?? empty);
  const ents = (type: string) => v.p.entities.filter((e) => e.type === type);
  const meetingKey = (id: string) => {
    const m = v.byId.get(id);
    return { forum: refOf(v, v.to("OF_FORUM", id)[0]), date: String(m?.fields.date ?? m?.fields.month ?? "") };
  };
  const meetingRefMatches = (gold: string, id: string | undefined) => {
    if (!id) return false;
    const [forum, date] = [gold.slice(0, gold.lastIndexOf(" ")), gold.slice(gold.lastIndexOf(" ") + 1)];
    const m = meetingKey(id);
    return sameRef(forum, m.forum) && m.date === date;
  };
  const positions = ents("Position").map((e) => ({ e, by: refOf(v, v.to("TAKEN_BY", e.id)[0]), item: v.from("RESULTED_IN", e.id)[0] }));
  const positionMatches = (g: GoldPage["positions"][number], x: (typeof positions)[number]) =>
    sameRef(g.by, x.by) && (!g.date || x.e.fields.decidedOn === g.date) && (!g.month || x.e.fields.decidedInMonth === g.month) && (!g.item || k(String(v.byId.get(x.item ?? "")?.fields.name)) === k(g.item)) && contains(`${x.e.fields.wording ?? ""} ${x.e.fields.name ?? ""}`, g.says);
  const people = ents("Person").map((e) => ({ e, orgs: v.to("AFFILIATED_WITH", e.id), roles: rolesOf(e) }));
  const docs = ents("GoverningDocument");
  const validity = docs.flatMap((e) => VALIDITY.filter((f) => typeof e.fields[f] === "string").map((f) => ({ e, field: f, value: String(e.fields[f]) })));
  const dateValues = new Set<string>();
  for (const d of v.p.dates) {
    if (!d.value || !["DAY", "MONTH"].includes(d.precision)) continue;
    dateValues.add(d.value);
    if (d.endValue) dateValues.add(d.endValue);
  }
  for (const e of v.p.entities) {
    for (const f of ["date", "decidedOn", "decidedInMonth", ...VALIDITY]) {
      const value = e.fields[f];
      const precision = e.fields[`${f}Precision`];
      if (typeof value !== "string" || precision === "YEAR") continue;
      dateValues.add(precision === "MONTH" ? value.slice(0, 7) : value);
    }
  }

  return {
    title: match(gold.refused ? [] : [gold.title], p ? [p.document.title] : [], (g, x) => k(g) === k(x)),
    meetings: match(gold.meetings, ents("Meeting"), (g, e) => {
      const m = meetingKey(e.id);
      return sameRef(g.forum, m.forum) && (!g.date || e.fields.date === g.date) && (!g.month || e.fields.month === g.month) && (g.date !== undefined || !e.fields.date) && (!g.status || e.status === g.status) && (!g.startTime || e.fields.startTime === g.startTime) && (!g.endTime || e.fields.endTime === g.endTime) && (!g.location || e.fields.location === g.location);
    }),
    items: match(gold.items, ents("AgendaItem"), (g, e) => k(String(e.fields.name)) === k(g.name) && meetingRefMatches(g.meeting, v.from("HAS_ITEM", e.id)[0])),
    presenters: match(
      gold.presenters,
      v.p.relations.filter((r) => r.type === "PRESENTED_BY"),
      (g, r) => k(String(v.byId.get(r.from)?.fields.name)) === k(g.item) && k(String(v.byId.get(r.to)?.fields.name)) === k(g.person),
    ),
    positions: match(gold.positions, positions, positionMatches),
    "position types": match(gold.positions, positions, (g, x) => positionMatches(g, x) && x.e.fields.positionType === g.type),
    people: match(gold.people, people, (g, x) => k(String(x.e.fields.name)) === k(g.name)),
    affiliations: match(
      gold.people.filter((g) => g.organisation),
      people.flatMap((x) => x.orgs.map((org) => ({ x, org }))),
      (g, y) => k(String(y.x.e.fields.name)) === k(g.name) && y.org === g.organisation,
    ),
    roles: match(
      gold.people.filter((g) => g.role),
      people.filter((x) => x.roles.length),
      (g, x) => k(String(x.e.fields.name)) === k(g.name) && x.roles.some((r) => contains(r, g.role!)),
    ),
    organisations: match(gold.organisations, [...ents("Organisation"), ...ents("Forum")].filter((e) => e.status !== "new" && e.status !== "ambiguous"), (g, e) => e.id === g),
    agreements: match(gold.agreements, docs, agreementMatches),
    validity: match(
      gold.agreements.flatMap((g) => VALIDITY.filter((f) => g[f]).map((f) => ({ g, field: f, value: g[f]! }))),
      validity,
      (g, x) => g.field === x.field && g.value === x.value && agreementMatches(g.g, x.e),
    ),
    funds: match(gold.funds, ents("Fund"), (g, e) => contains(String(e.fields.name), g.name) && (g.amount === undefined || e.fields.amountSek === g.amount) && (g.since === undefined || String(e.fields.periodStart ?? "").startsWith(String(g.since)))),
    amounts: match(gold.amounts, [...new Set(v.p.amounts.filter((a) => a.unit === "SEK").map((a) => a.value))], (g, x) => g === x),
    dates: match([...new Set(gold.dates)], [...dateValues], (g, x) => g === x),
  };
}
