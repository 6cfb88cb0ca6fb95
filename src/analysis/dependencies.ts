/**
 * 1. Dependencies of an agreement: the documents that depend on it (or that it depends on),
 * directly or transitively, each with one shortest chain of typed relations, its depth and the
 * sources of every step. Cypher: cypher/queries/document-dependents.cypher and
 * document-dependencies.cypher.
 */
import { z } from "zod";
import type { QueryName } from "./cypher.js";
import { requireEntity } from "./errors.js";
import { idArg, intArg, isoDateArg, parseArgs } from "./input.js";
import { LIMITS } from "./limits.js";
import { canonicalRelations, DEFAULT_DEPENDENCY_RELATIONS, relationTypesArg, type DependencyRelation } from "./relations.js";
import { databaseOf, runAnalysis, type AnalysisDatabase } from "./run.js";
import { RefIndex, ref, type EntityRef, type PathStep, type RawStep } from "./types.js";

const FIELD = "documentDependencies";
const { maxDepth, limit } = LIMITS.dependencies;

export const dependencyArgs = z.object({
  id: idArg,
  direction: z.enum(["DEPENDENTS", "DEPENDENCIES"]).nullish().transform((v) => v ?? "DEPENDENTS"),
  relationTypes: relationTypesArg,
  maxDepth: intArg(1, maxDepth.max, maxDepth.default),
  asOf: isoDateArg.nullish().transform((v) => v ?? null),
  limit: intArg(1, limit.max, limit.default),
});
export type DependencyArgs = z.infer<typeof dependencyArgs>;

export interface Dependency {
  document: EntityRef;
  depth: number;
  path: PathStep[];
}

export interface DocumentDependencies {
  document: EntityRef;
  direction: "DEPENDENTS" | "DEPENDENCIES";
  relationTypes: DependencyRelation[];
  maxDepth: number;
  asOf: string | null;
  documentInForce: boolean | null;
  dependencies: Dependency[];
  truncated: boolean;
}

interface Row {
  document: EntityRef | null;
  documentInForce: boolean | null;
  dependencies: { document: EntityRef; depth: number; nodes: EntityRef[]; path: RawStep[] }[];
}

/** The Cypher file and parameters for validated arguments. */
export function dependencyQuery(args: DependencyArgs): { name: QueryName; params: Record<string, unknown> } {
  return {
    name: args.direction === "DEPENDENTS" ? "document-dependents" : "document-dependencies",
    params: { id: args.id, types: canonicalRelations(args.relationTypes, DEFAULT_DEPENDENCY_RELATIONS), maxDepth: args.maxDepth, asOf: args.asOf, limit: args.limit },
  };
}

export async function findDependencies(db: AnalysisDatabase, args: DependencyArgs): Promise<DocumentDependencies> {
  const relationTypes = canonicalRelations(args.relationTypes, DEFAULT_DEPENDENCY_RELATIONS);
  const query = dependencyQuery(args);
  const row = await runAnalysis<Row>(db, query.name, query.params);
  const document = requireEntity(FIELD, args.id, row.document, ["GoverningDocument"]);
  return {
    document,
    direction: args.direction,
    relationTypes,
    maxDepth: args.maxDepth,
    asOf: args.asOf,
    documentInForce: row.documentInForce,
    truncated: row.dependencies.length > args.limit,
    dependencies: row.dependencies.slice(0, args.limit).map((d) => {
      const nodes = new RefIndex(d.nodes);
      return { document: ref(d.document), depth: d.depth, path: d.path.map((s) => nodes.step(s)) };
    }),
  };
}

export async function documentDependencies(_root: unknown, args: unknown, context: unknown): Promise<DocumentDependencies> {
  return findDependencies(databaseOf(context), parseArgs(FIELD, dependencyArgs, args));
}
