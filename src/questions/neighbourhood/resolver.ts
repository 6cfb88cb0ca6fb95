/**
 * Neighbourhood: an entity's own facts and sources and every relationship to or from it, with
 * the node at the other end; what the explore page draws and expands node by node.
 */
import { z } from "zod";
import { requireEntity } from "../shared/errors.js";
import { defineQuestion } from "../shared/define.js";
import { asOfArg, idArg, intArg } from "../shared/input.js";
import { stateOfRaw, stateSummary } from "../shared/document-states.js";
import type { RawFamily } from "../../time/document-facts.js";
import { fundStateOn } from "../../time/fund-state.js";
import { meetingStateOn } from "../../time/meeting-state.js";
import { QUESTION_LIMITS } from "../../config/limits.js";
import { RefIndex, type EntityRef, type RawStep, type Source } from "../shared/refs.js";
import type { EntityProperty, Neighbourhood } from "../../generated/graphql.js";

const FIELD = "neighbourhood";

export const neighbourhoodArgs = z.object({ id: idArg, limit: intArg(1, QUESTION_LIMITS.neighbourhood.limit.max, QUESTION_LIMITS.neighbourhood.limit.default), asOf: asOfArg });
export type NeighbourhoodArgs = z.infer<typeof neighbourhoodArgs>;

/** Provenance and internal properties: shown elsewhere (sources, inferred) or not for people at all. */
// `signing` is a list of records with their own quotes (GoverningDocument.signing, the governance chain), not one value.
const NOT_FACTS = new Set(["id", "name", "description", "inferred", "because", "sourceDocuments", "sourceQuotes", "searchText", "seedHash", "origin", "createdAt", "modifiedAt", "sortKey", "signing"]);

interface Row {
  entity: EntityRef | null;
  properties: Record<string, unknown> | null;
  sources: Source[];
  documentFacts: RawFamily | null;
  relations: { node: EntityRef; step: RawStep }[];
}

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The entity's state on `asOf`, by its type (docs/time.md): a document's, a meeting's or a fund's; the others have none. */
function statesOn(type: string, props: Record<string, unknown>, documentFacts: RawFamily | null, asOf: string): Pick<Neighbourhood, "documentState" | "meetingState" | "fundState"> {
  return {
    documentState: type === "GoverningDocument" && documentFacts ? stateSummary(stateOfRaw(documentFacts, asOf)) : null,
    meetingState: type === "Meeting" ? meetingStateOn({ status: String(props.status ?? ""), date: text(props.date)?.slice(0, 10) ?? null, month: text(props.month) }, asOf) : null,
    fundState:
      type === "Fund"
        ? fundStateOn({ periodStart: text(props.periodStart), periodStartPrecision: text(props.periodStartPrecision), periodEnd: text(props.periodEnd), periodEndPrecision: text(props.periodEndPrecision) }, asOf)
        : null,
  };
}

export function factsOf(properties: Record<string, unknown>): EntityProperty[] {
  return Object.keys(properties)
    .filter((k) => !NOT_FACTS.has(k) && properties[k] !== null && properties[k] !== undefined)
    .sort()
    .map((key) => {
      const v = properties[key];
      return { key, value: Array.isArray(v) ? v.map(String).join(" | ") : String(v) };
    });
}

export const question = defineQuestion("neighbourhood", FIELD, {
  args: neighbourhoodArgs,
  params: (args) => ({ id: args.id, limit: args.limit }),
  answer(row: Row, args, entry): Neighbourhood {
    const entity = requireEntity(FIELD, args.id, row.entity, entry.subject.types);
    const props = row.properties ?? {};
    const index = new RefIndex([entity, ...row.relations.map((r) => r.node)]);
    return {
      entity: index.get(entity.id),
      asOf: args.asOf,
      ...statesOn(entity.type, props, row.documentFacts, args.asOf),
      facts: factsOf(props),
      description: typeof props.description === "string" ? props.description : null,
      inferred: props.inferred === true,
      because: typeof props.because === "string" ? props.because : null,
      sources: row.sources,
      relations: row.relations.slice(0, args.limit).map((r) => index.step(r.step)),
      truncated: row.relations.length > args.limit,
    };
  },
});
