/** The relation types between governing documents that the dependency and impact queries follow. */
import { z } from "zod";

/** In canonical order: the order in which a chain's relations break ties between equally short chains. */
export const DEPENDENCY_RELATIONS = [
  "PART_OF",
  "ANNEXED_TO",
  "TERM_FOLLOWS",
  "BUILDS_ON",
  "IMPLEMENTS",
  "REFERENCES",
  "REPLACES",
  "REVISES",
  "HAS_LEGAL_BASIS",
  "CONTINUES",
] as const;
export type DependencyRelation = (typeof DEPENDENCY_RELATIONS)[number];

/** "part of, term follows, builds on, implements/supports, references, replaces", an annex counting as a part. */
export const DEFAULT_DEPENDENCY_RELATIONS: readonly DependencyRelation[] = ["PART_OF", "ANNEXED_TO", "TERM_FOLLOWS", "BUILDS_ON", "IMPLEMENTS", "REFERENCES", "REPLACES"];

/** Impact also follows revisions: a pending revision of an ending agreement is affected too. */
export const DEFAULT_IMPACT_RELATIONS: readonly DependencyRelation[] = [...DEFAULT_DEPENDENCY_RELATIONS, "REVISES"];

export const relationTypesArg = z.array(z.enum(DEPENDENCY_RELATIONS)).min(1, "give at least one relation type, or leave the argument out").nullish();

/** The requested types without duplicates, in canonical order; the default when none are given. */
export function canonicalRelations(requested: readonly DependencyRelation[] | null | undefined, fallback: readonly DependencyRelation[]): DependencyRelation[] {
  const wanted = new Set(requested?.length ? requested : fallback);
  return DEPENDENCY_RELATIONS.filter((t) => wanted.has(t));
}
