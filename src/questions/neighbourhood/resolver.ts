/**
 * Neighbourhood: an entity's own facts and sources and every relationship to or from it, with
 * the node at the other end; what the explore page draws and expands node by node.
 */
import { z } from "zod";
import { requireEntity } from "../shared/errors.js";
import { defineQuestion } from "../shared/define.js";
import { idArg, intArg } from "../shared/input.js";
import { QUESTION_LIMITS } from "../../config/limits.js";
import { RefIndex, type EntityRef, type RawStep, type Source } from "../shared/refs.js";
import type { EntityProperty, Neighbourhood } from "../../generated/graphql.js";

const FIELD = "neighbourhood";

export const neighbourhoodArgs = z.object({ id: idArg, limit: intArg(1, QUESTION_LIMITS.neighbourhood.limit.max, QUESTION_LIMITS.neighbourhood.limit.default) });
export type NeighbourhoodArgs = z.infer<typeof neighbourhoodArgs>;

/** Provenance and internal properties: shown elsewhere (sources, inferred) or not for people at all. */
// `signing` is a list of records with their own quotes (GoverningDocument.signing, the governance chain), not one value.
const NOT_FACTS = new Set(["id", "name", "description", "inferred", "because", "sourceDocuments", "sourceQuotes", "searchText", "seedHash", "origin", "createdAt", "modifiedAt", "sortKey", "signing"]);

interface Row {
  entity: EntityRef | null;
  properties: Record<string, unknown> | null;
  sources: Source[];
  relations: { node: EntityRef; step: RawStep }[];
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
