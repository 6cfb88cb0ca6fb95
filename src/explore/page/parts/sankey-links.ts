/**
 * Turns money steps into Sankey nodes and links. Sankeys only draw acyclic flows (ECharts throws
 * "Sankey is a DAG"), so a link that would close a cycle goes to a second node for the same party,
 * named "… (igen)". A link with an unknown amount gets a nominal width and says "belopp okänt".
 */
export interface MoneyLink {
  source: string;
  target: string;
  amountSek: number | null;
  label: string;
}

export interface SankeyData {
  nodes: { name: string }[];
  links: { source: string; target: string; value: number; amountSek: number | null; label: string }[];
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

export function sankeyData(links: MoneyLink[]): SankeyData {
  const known = links.map((l) => l.amountSek).filter((a): a is number => typeof a === "number" && a > 0);
  // Unknown amounts are drawn thin but visible: a tenth of the smallest known amount, or 1.
  const nominal = known.length ? Math.min(...known) / 10 : 1;
  const adjacent = new Map<string, Set<string>>();
  const nodes = new Set<string>();
  const out: SankeyData["links"] = [];
  for (const l of links) {
    let target = l.target;
    while (target === l.source || reaches(adjacent, target, l.source)) target = `${target} (igen)`;
    nodes.add(l.source).add(target);
    if (!adjacent.has(l.source)) adjacent.set(l.source, new Set());
    adjacent.get(l.source)!.add(target);
    out.push({ source: l.source, target, value: l.amountSek && l.amountSek > 0 ? l.amountSek : nominal, amountSek: l.amountSek, label: l.label });
  }
  return { nodes: [...nodes].map((name) => ({ name })), links: out };
}
