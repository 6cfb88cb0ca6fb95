/**
 * Many neighbours of one kind (the 49 municipalities that are parties, the members of a forum)
 * are one group: one node in the graph and one row in the table, opened on demand. A group is the
 * relations of one type, in one direction, to entities of one type, when there are GROUP_AT or more.
 */
import { typeSv } from "../../../labels/sv.js";

export const GROUP_AT = 8;

interface End {
  id: string;
  name: string;
  type: string;
}
interface Related {
  relation: string;
  from: End;
  to: End;
}

export interface NeighbourGroup<R extends Related> {
  /** Unique within the centre's neighbourhood: relation, direction and the others' type. */
  id: string;
  relation: string;
  outgoing: boolean;
  /** "49 kommuner", "Västra Götalandsregionen och 49 kommuner", "Person (12)". */
  label: string;
  members: R[];
}

const isMunicipality = (e: End) => e.id.startsWith("org:kommun-");

function labelOf(others: End[]): string {
  const municipalities = others.filter(isMunicipality).length;
  const rest = others.filter((e) => !isMunicipality(e));
  if (municipalities && rest.length === 0) return `${municipalities} kommuner`;
  if (municipalities && rest.length <= 2) return `${rest.map((e) => e.name).join(", ")} och ${municipalities} kommuner`;
  return `${typeSv(others[0]!.type)} (${others.length})`;
}

/** Splits `centre`'s relations into single ones and groups; `drawnAlone` ends are never grouped (already shown on their own). */
export function groupNeighbours<R extends Related>(centre: string, relations: readonly R[], drawnAlone: (id: string) => boolean = () => false): { singles: R[]; groups: NeighbourGroup<R>[] } {
  const byKey = new Map<string, R[]>();
  const singles: R[] = [];
  for (const r of relations) {
    const outgoing = r.from.id === centre;
    const other = outgoing ? r.to : r.from;
    if (r.from.id === r.to.id || drawnAlone(other.id)) {
      singles.push(r);
      continue;
    }
    const key = `${r.relation}|${outgoing ? "out" : "in"}|${other.type}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  const groups: NeighbourGroup<R>[] = [];
  for (const [key, members] of byKey) {
    if (members.length < GROUP_AT) {
      singles.push(...members);
      continue;
    }
    const outgoing = members[0]!.from.id === centre;
    const others = members.map((m) => (outgoing ? m.to : m.from)).sort((a, b) => a.name.localeCompare(b.name, "sv"));
    groups.push({ id: `group:${centre}|${key}`, relation: members[0]!.relation, outgoing, label: labelOf(others), members: [...members].sort((a, b) => (outgoing ? a.to : a.from).name.localeCompare((outgoing ? b.to : b.from).name, "sv")) });
  }
  // The singles keep the answer's order.
  const order = new Map(relations.map((r, i) => [r, i]));
  singles.sort((a, b) => order.get(a)! - order.get(b)!);
  return { singles, groups };
}
