/**
 * Fund flow: for a fund, or an organisation, the money from source to final use and back:
 * each step with amount (SEK), period, kind, the decision and meeting that authorised it and its
 * sources, plus totals per recipient and per source.
 */
import { z } from "zod";
import { requireEntity } from "../shared/errors.js";
import { defineQuestion } from "../shared/define.js";
import { asOfArg, idArg } from "../shared/input.js";
import { statedBy } from "../shared/as-of.js";
import { fundStateOn } from "../../time/fund-state.js";
import { RefIndex, ref, refOrNull, takenPosition, type EntityRef, type PathStep, type RawStep, type Source } from "../shared/refs.js";
import type { Authorisation, FundFlowKind, FundFlowStatus, FundFlowTrace, FundTrace, MoneyStep, MoneyTotal } from "../../generated/graphql.js";

const FIELD = "fundFlow";

const fundFlowArgs = z.object({ id: idArg, asOf: asOfArg });

/** An authorisation as the Cypher returns it: the same, with the link step not yet resolved. */
type RawDecision = Omit<Authorisation, "link"> & { link: RawStep };

interface RawLink {
  node: EntityRef;
  step: RawStep;
}

interface RawFund {
  fund: EntityRef;
  amountSek: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  periodStartPrecision: string | null;
  periodEndPrecision: string | null;
  purpose: string | null;
  inferred: boolean;
  because: string | null;
  sources: Source[];
  links: RawLink[];
  decisions: RawDecision[];
  flows: {
    flow: EntityRef;
    order: number;
    kind: FundFlowKind;
    status: FundFlowStatus;
    amountSek: number | null;
    periodStart: string | null;
    periodEnd: string | null;
    distributionKey: string | null;
    purpose: string | null;
    inferred: boolean;
    because: string | null;
    sources: Source[];
    links: RawLink[];
    authorisedBy: RawDecision[];
  }[];
}

function authorisation(d: RawDecision, other: EntityRef): Authorisation {
  return {
    ...takenPosition(d),
    positionType: d.positionType,
    forum: refOrNull(d.forum),
    link: new RefIndex([d.position, other]).step(d.link),
  };
}

function linksOf(owner: EntityRef, links: RawLink[], relation: string): PathStep[] {
  const index = new RefIndex([owner, ...links.map((l) => l.node)]);
  return links
    .filter((l) => l.step.relation === relation)
    .map((l) => index.step(l.step))
    .sort((a, b) => a.to.name.localeCompare(b.to.name, "sv") || a.from.id.localeCompare(b.from.id));
}

/** The fund as of `asOf`: its flow steps that start by then and the decisions dated by then (undated ones kept), and its state on the date. */
function traceOf(raw: RawFund, asOf: string): FundTrace {
  const steps: MoneyStep[] = [];
  const decided = (d: RawDecision) => statedBy(d.date, asOf);
  const grantedBy = linksOf(raw.fund, raw.links, "GRANTED_BY");
  const directedTo = linksOf(raw.fund, raw.links, "DIRECTED_TO");
  if (grantedBy.length > 0 || directedTo.length > 0) {
    steps.push({
      id: raw.fund.id,
      order: 0,
      name: raw.fund.name,
      kind: "GRANT",
      status: null,
      amountSek: raw.amountSek,
      periodStart: raw.periodStart,
      periodEnd: raw.periodEnd,
      distributionKey: null,
      purpose: raw.purpose,
      from: grantedBy,
      to: directedTo,
      follows: [],
      authorisedBy: [],
      inferred: [...grantedBy, ...directedTo].every((s) => s.inferred),
      because: null,
      sources: raw.sources,
    });
  }
  for (const f of raw.flows) {
    if (!statedBy(f.periodStart, asOf)) continue;
    steps.push({
      id: f.flow.id,
      order: f.order,
      name: f.flow.name,
      kind: f.kind,
      status: f.status,
      amountSek: f.amountSek,
      periodStart: f.periodStart,
      periodEnd: f.periodEnd,
      distributionKey: f.distributionKey,
      purpose: f.purpose,
      from: linksOf(f.flow, f.links, "FLOWS_FROM"),
      to: linksOf(f.flow, f.links, "FLOWS_TO"),
      follows: linksOf(f.flow, f.links, "FOLLOWS"),
      authorisedBy: f.authorisedBy.filter(decided).map((d) => authorisation(d, f.flow)),
      inferred: f.inferred,
      because: f.because,
      sources: f.sources,
    });
  }
  return {
    fund: ref(raw.fund),
    amountSek: raw.amountSek,
    periodStart: raw.periodStart,
    periodEnd: raw.periodEnd,
    purpose: raw.purpose,
    sources: raw.sources,
    continuity: [...linksOf(raw.fund, raw.links, "CONTINUES")],
    state: fundStateOn(raw, asOf),
    decisions: raw.decisions.filter(decided).map((d) => authorisation(d, raw.fund)),
    steps,
    subjectPays: null,
    subjectReceives: null,
  };
}

/**
 * Totals over all movements (each step once, even when it belongs to two funds). An amount is
 * attributed to a party only when the movement names exactly one party on that side; otherwise
 * the movement counts as one without amount for each party.
 */
export function totals(steps: MoneyStep[], side: "from" | "to"): MoneyTotal[] {
  const byParty = new Map<string, MoneyTotal>();
  const seen = new Set<string>();
  for (const step of steps) {
    if (seen.has(step.id)) continue;
    seen.add(step.id);
    const parties = step[side].map((s) => s.to);
    for (const party of parties) {
      let total = byParty.get(party.id);
      if (!total) {
        total = { party, amountSek: null, movements: 0, movementsWithoutAmount: 0 };
        byParty.set(party.id, total);
      }
      total.movements++;
      if (step.amountSek !== null && parties.length === 1) total.amountSek = (total.amountSek ?? 0) + step.amountSek;
      else total.movementsWithoutAmount++;
    }
  }
  return [...byParty.values()].sort((a, b) => (b.amountSek ?? -1) - (a.amountSek ?? -1) || a.party.name.localeCompare(b.party.name, "sv"));
}

export const question = defineQuestion("fund-flow", FIELD, {
  args: fundFlowArgs,
  params: (args) => ({ id: args.id }),
  answer(row: { subject: EntityRef | null; funds: RawFund[] }, args, entry): FundFlowTrace {
    const subject = requireEntity(FIELD, args.id, row.subject, entry.subject.types);
    const funds = row.funds.map((f) => traceOf(f, args.asOf));
    if (subject.type === "Organisation") {
      for (const f of funds) {
        f.subjectPays = f.steps.some((s) => s.from.some((p) => p.to.id === subject.id));
        f.subjectReceives = f.steps.some((s) => s.to.some((p) => p.to.id === subject.id));
      }
    }
    const steps = funds.flatMap((f) => f.steps);
    return { subject, asOf: args.asOf, funds, totalsByRecipient: totals(steps, "to"), totalsBySource: totals(steps, "from") };
  },
});
