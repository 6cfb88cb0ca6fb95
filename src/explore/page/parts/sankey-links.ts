/**
 * Turns money steps into what the Sankey draws and what it lists beside it. Only links with a known
 * amount are drawn, to scale; a width for an unknown amount would claim a share no source gives, so
 * those links are kept apart, grouped by sender, for a list labelled "belopp okänt" once per group.
 * Sankeys only draw acyclic flows (ECharts throws "Sankey is a DAG"), so a link that would close a
 * cycle goes to a second node for the same party, named "… (igen)".
 */
export interface MoneyLink {
  source: string;
  target: string;
  amountSek: number | null;
  label: string;
}

/** The links of one sender whose amounts the sources do not give. */
export interface UnknownAmountGroup {
  source: string;
  links: MoneyLink[];
}

export interface SankeyData {
  nodes: { name: string }[];
  /** Drawn to scale: `value` is the link's amount, always one the answer gives. */
  links: { source: string; target: string; value: number; amountSek: number; label: string }[];
  /** Not drawn: listed apart, one group per sender, in the order they first occur. */
  unknown: UnknownAmountGroup[];
}

function reaches(adjacent: Map<string, Set<string>>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === to) return true;
    if (seen.has(n)) continue;
    seen.add(n);
    for (const m of adjacent.get(n) ?? []) stack.push(m);
  }
  return false;
}

const isKnown = (l: MoneyLink): l is MoneyLink & { amountSek: number } => typeof l.amountSek === "number" && l.amountSek > 0;

export function sankeyData(links: MoneyLink[]): SankeyData {
  const adjacent = new Map<string, Set<string>>();
  const nodes = new Set<string>();
  const drawn: SankeyData["links"] = [];
  const unknown = new Map<string, UnknownAmountGroup>();
  for (const l of links) {
    if (!isKnown(l)) {
      if (!unknown.has(l.source)) unknown.set(l.source, { source: l.source, links: [] });
      unknown.get(l.source)!.links.push(l);
      continue;
    }
    let target = l.target;
    while (target === l.source || reaches(adjacent, target, l.source)) target = `${target} (igen)`;
    nodes.add(l.source).add(target);
    if (!adjacent.has(l.source)) adjacent.set(l.source, new Set());
    adjacent.get(l.source)!.add(target);
    drawn.push({ source: l.source, target, value: l.amountSek, amountSek: l.amountSek, label: l.label });
  }
  return { nodes: [...nodes].map((name) => ({ name })), links: drawn, unknown: [...unknown.values()] };
}
