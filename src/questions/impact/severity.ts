/**
 * How hard an affected item is hit if the agreement ends, hardest first: what ends with it, then
 * its parts, what loses its footing, then work, forums and funds around it, and last what only
 * refers to it or is named in it. The answer keeps the API's order; the explore view and the CLI
 * show items in this order (presentation only).
 */
import type { ImpactEffect } from "../../generated/graphql.js";

/** Lower is harder hit. Typed by the API's enum, so a new effect must be ranked here. */
export const IMPACT_SEVERITY: Readonly<Record<ImpactEffect, number>> = {
  TERM_ENDS_WITH_IT: 0,
  PART_AFFECTED: 1,
  LOSES_BASIS: 2,
  SUCCESSOR: 3,
  WORK_ON_AFFECTED_DOCUMENT: 4,
  FUNDS_AFFECTED_WORK: 5,
  GOVERNS_AFFECTED_WORK: 6,
  REFERENCE_AFFECTED: 7,
  TOOK_POSITION: 8,
  CONCERNED: 9,
};

interface Hit {
  effect: ImpactEffect;
  depth: number;
  entity: { id: string; name: string };
}

/** Hardest hit first; among equals, the nearer (fewer steps), then by name. */
export function byHowHardHit(a: Hit, b: Hit): number {
  return IMPACT_SEVERITY[a.effect] - IMPACT_SEVERITY[b.effect] || a.depth - b.depth || a.entity.name.localeCompare(b.entity.name, "sv") || a.entity.id.localeCompare(b.entity.id);
}

/** The effects present in `items`, hardest first. */
export const effectsByHowHard = (items: readonly Hit[]): ImpactEffect[] => [...new Set(items.map((i) => i.effect))].sort((a, b) => IMPACT_SEVERITY[a] - IMPACT_SEVERITY[b]);
