/**
 * Impact: if an agreement is terminated or not renewed, which documents, projects, forums and
 * funds are affected, each with the chain that ties it to the agreement and the effect read from
 * the chain's last relations. The agreement's own terms (renewal, notice, validity) say when the
 * end would come.
 */
import { z } from "zod";
import { requireEntity } from "../shared/errors.js";
import { defineQuestion } from "../shared/define.js";
import { asOfArg, idArg, intArg } from "../shared/input.js";
import { apiDate, stateSummary } from "../shared/document-states.js";
import { QUESTION_LIMITS } from "../../config/limits.js";
import { canonicalRelations, DEFAULT_IMPACT_RELATIONS, relationTypesArg, type DependencyRelation } from "../shared/dependency-relations.js";
import { RefIndex, type EntityRef, type RawStep } from "../shared/refs.js";
import { documentFacts, type RawFamily } from "../../time/document-facts.js";
import { documentStateOn } from "../../time/document-state.js";
import { endingUnderTerms } from "../../time/ending.js";
import type { AgreementTerms, Impact, ImpactedItem } from "../../generated/graphql.js";

const FIELD = "impact";
const { maxDepth, limit } = QUESTION_LIMITS.impact;

const impactArgs = z.object({
  id: idArg,
  relationTypes: relationTypesArg,
  maxDepth: intArg(1, maxDepth.max, maxDepth.default),
  limit: intArg(1, limit.max, limit.default),
  asOf: asOfArg,
});

export type ImpactEffect =
  | "PART_AFFECTED"
  | "TERM_ENDS_WITH_IT"
  | "LOSES_BASIS"
  | "REFERENCE_AFFECTED"
  | "SUCCESSOR"
  | "WORK_ON_AFFECTED_DOCUMENT"
  | "GOVERNS_AFFECTED_WORK"
  | "TOOK_POSITION"
  | "CONCERNED"
  | "FUNDS_AFFECTED_WORK";

/** For a document: the strongest effect among its relations to the document before it on the chain. */
const DOCUMENT_EFFECTS: [DependencyRelation[], ImpactEffect][] = [
  [["TERM_FOLLOWS"], "TERM_ENDS_WITH_IT"],
  [["PART_OF", "ANNEXED_TO"], "PART_AFFECTED"],
  [["REPLACES", "REVISES"], "SUCCESSOR"],
  [["IMPLEMENTS", "BUILDS_ON", "HAS_LEGAL_BASIS", "CONTINUES"], "LOSES_BASIS"],
  [["REFERENCES"], "REFERENCE_AFFECTED"],
];

export function documentEffect(direct: readonly string[]): ImpactEffect {
  for (const [relations, effect] of DOCUMENT_EFFECTS) if (relations.some((r) => direct.includes(r))) return effect;
  return "REFERENCE_AFFECTED";
}

export function forumEffect(lastRelation: string | undefined): ImpactEffect {
  if (lastRelation === "TAKEN_BY") return "TOOK_POSITION";
  if (lastRelation === "CONCERNS") return "CONCERNED";
  return "GOVERNS_AFFECTED_WORK";
}

function fundEffect(lastRelation: string | undefined): ImpactEffect {
  return lastRelation === "OF_FUND" ? "FUNDS_AFFECTED_WORK" : "CONCERNED";
}

interface RawItem {
  entity: EntityRef;
  depth: number;
  direct: string[] | null;
  nodes: EntityRef[];
  path: RawStep[];
}

function items(raw: RawItem[], effect: (item: RawItem) => ImpactEffect, max: number): ImpactedItem[] {
  return raw.slice(0, max).map((item) => {
    const nodes = new RefIndex(item.nodes);
    return { entity: nodes.get(item.entity.id), effect: effect(item), depth: item.depth, path: item.path.map((s) => nodes.step(s)) };
  });
}

type Row = { agreement: EntityRef | null; terms: AgreementTerms | null; family: RawFamily | null; lists: [RawItem[], RawItem[], RawItem[], RawItem[]] };

export const question = defineQuestion("impact", FIELD, {
  args: impactArgs,
  params: (args) => ({ id: args.id, types: canonicalRelations(args.relationTypes, DEFAULT_IMPACT_RELATIONS), maxDepth: args.maxDepth, limit: args.limit }),
  answer(row: Row, args, entry): Impact {
    const agreement = requireEntity(FIELD, args.id, row.agreement, entry.subject.types);
    const [documents, projects, forums, funds] = row.lists;
    const last = (item: RawItem) => item.path[item.path.length - 1]?.relation;
    const facts = documentFacts(row.family!);
    const ending = endingUnderTerms(facts, args.asOf);
    return {
      agreement,
      terms: row.terms!,
      asOf: args.asOf,
      state: stateSummary(documentStateOn(facts, args.asOf)),
      ending: { earliestEnd: apiDate(ending.earliestEnd), explanation: ending.explanation },
      relationTypes: canonicalRelations(args.relationTypes, DEFAULT_IMPACT_RELATIONS),
      maxDepth: args.maxDepth,
      documents: items(documents, (i) => documentEffect(i.direct ?? []), args.limit),
      projects: items(projects, () => "WORK_ON_AFFECTED_DOCUMENT", args.limit),
      forums: items(forums, (i) => forumEffect(last(i)), args.limit),
      funds: items(funds, (i) => fundEffect(last(i)), args.limit),
      truncated: row.lists.some((l) => l.length > args.limit),
    };
  },
});
