/**
 * Dependencies of an agreement: the documents that depend on it (or that it depends on),
 * directly or transitively, each with one shortest chain of typed relations, its depth and the
 * sources of every step. One statement serves both directions (query.cypher, its arrow in slots).
 */
import { z } from "zod";
import { requireEntity } from "../shared/errors.js";
import { defineQuestion } from "../shared/define.js";
import { idArg, intArg, isoDateArg } from "../shared/input.js";
import { QUESTION_LIMITS } from "../../config/limits.js";
import { canonicalRelations, DEFAULT_DEPENDENCY_RELATIONS, relationTypesArg } from "../shared/dependency-relations.js";
import { RefIndex, ref, type EntityRef, type RawStep } from "../shared/refs.js";
import { documentStates } from "../shared/document-states.js";
import { IN_FORCE_STATES } from "../../time/document-state.js";
import type { DocumentDependencies } from "../../generated/graphql.js";

const FIELD = "documentDependencies";
const { maxDepth, limit } = QUESTION_LIMITS.documentDependencies;

export const dependencyArgs = z.object({
  id: idArg,
  direction: z.enum(["DEPENDENTS", "DEPENDENCIES"]).nullish().transform((v) => v ?? "DEPENDENTS"),
  relationTypes: relationTypesArg,
  maxDepth: intArg(1, maxDepth.max, maxDepth.default),
  asOf: isoDateArg.nullish().transform((v) => v ?? null),
  limit: intArg(1, limit.max, limit.default),
});
export type DependencyArgs = z.infer<typeof dependencyArgs>;

interface Row {
  document: EntityRef | null;
  documentInForce: boolean | null;
  dependencies: { document: EntityRef; depth: number; nodes: EntityRef[]; path: RawStep[] }[];
}

const ARROWS = { DEPENDENTS: { in: "<-", out: "-" }, DEPENDENCIES: { in: "-", out: "->" } } as const;

export const question = defineQuestion("document-dependencies", FIELD, {
  args: dependencyArgs,
  params: (args) => ({ id: args.id, types: canonicalRelations(args.relationTypes, DEFAULT_DEPENDENCY_RELATIONS), maxDepth: args.maxDepth, notInForce: [], rootInForce: null, limit: args.limit }),
  /**
   * With asOf, a chain may only pass through documents in force on that date, by their state
   * derived from dated facts (src/time/document-state.ts). Every document on a chain is itself
   * reachable, so the states of the documents reachable regardless of date (a first run of the same
   * statement) decide which ones the second run must avoid.
   */
  async prepare(db, args, run: (params: Record<string, unknown>) => Promise<Row>) {
    if (!args.asOf) return {};
    const reachable = await run({ limit: limit.max });
    const ids = [args.id, ...reachable.dependencies.map((d) => d.document.id)];
    const states = await documentStates(db, ids, args.asOf);
    const inForce = (id: string) => {
      const s = states.get(id);
      return s !== undefined && IN_FORCE_STATES.includes(s.state);
    };
    return { notInForce: ids.filter((id) => id !== args.id && !inForce(id)), rootInForce: states.has(args.id) ? inForce(args.id) : null };
  },
  slots: (args) => ARROWS[args.direction],
  answer(row: Row, args, entry): DocumentDependencies {
    const document = requireEntity(FIELD, args.id, row.document, entry.subject.types);
    return {
      document,
      direction: args.direction,
      relationTypes: canonicalRelations(args.relationTypes, DEFAULT_DEPENDENCY_RELATIONS),
      maxDepth: args.maxDepth,
      asOf: args.asOf,
      documentInForce: row.documentInForce,
      truncated: row.dependencies.length > args.limit,
      dependencies: row.dependencies.slice(0, args.limit).map((d) => {
        const nodes = new RefIndex(d.nodes);
        return { document: ref(d.document), depth: d.depth, path: d.path.map((s) => nodes.step(s)) };
      }),
    };
  },
});
