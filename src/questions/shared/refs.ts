/** Shapes shared by the analyst answers: references to nodes, path steps and their sources. */
import { relationRules, type RelationType } from "../../model/relations.js";

export { ENTITY_TYPES, type EntityTypeName } from "../../model/entity-types.js";
import type { EntityRef, PathStep, Source } from "../../generated/graphql.js";

export type { EntityRef, PathStep, Source } from "../../generated/graphql.js";

/** A relationship as the Cypher returns it: endpoints by id. */
export interface RawStep {
  relation: string;
  from: string;
  to: string;
  inferred: boolean;
  because: string | null;
  note: string | null;
  sources: Source[];
}

function meaningOf(relation: string): string {
  const rule = (relationRules as Record<string, { meaning: string } | undefined>)[relation];
  return rule?.meaning ?? relation.toLowerCase().replaceAll("_", " ");
}

/** Keeps only the fields of EntityRef (the Cypher adds a few flags for its own use). */
export function ref(node: EntityRef): EntityRef {
  return { id: node.id, type: node.type, name: node.name, shortName: node.shortName ?? null, kind: node.kind ?? null, status: node.status ?? null };
}

/** A reference, or null for no node. */
export const refOrNull = (node: EntityRef | null | undefined): EntityRef | null => (node ? ref(node) : null);

/** A position with where and when it was taken, as the answers that list positions show it. */
export function takenPosition<W extends string | null>(p: { position: EntityRef; wording: W; date: string | null; meeting: EntityRef | null; agendaItem: EntityRef | null }) {
  return { position: ref(p.position), wording: p.wording, date: p.date, meeting: refOrNull(p.meeting), agendaItem: refOrNull(p.agendaItem) };
}

export class RefIndex {
  private readonly byId = new Map<string, EntityRef>();

  constructor(nodes: Iterable<EntityRef | null | undefined> = []) {
    this.add(nodes);
  }

  add(nodes: Iterable<EntityRef | null | undefined>): this {
    for (const n of nodes) if (n && !this.byId.has(n.id)) this.byId.set(n.id, ref(n));
    return this;
  }

  get(id: string): EntityRef {
    const found = this.byId.get(id);
    if (!found) throw new Error(`analysis: the query returned a relationship end '${id}' without its node`);
    return found;
  }

  step(raw: RawStep): PathStep {
    return { ...raw, meaning: meaningOf(raw.relation), from: this.get(raw.from), to: this.get(raw.to) };
  }
}

/** One step whose two ends are given directly. */
export function stepBetween(raw: RawStep, a: EntityRef, b: EntityRef): PathStep {
  return new RefIndex([a, b]).step(raw);
}

export type { RelationType };
