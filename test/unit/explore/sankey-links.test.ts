/** The Sankey's data: cycles broken (Sankeys only draw acyclic flows), unknown amounts thin but visible. */
import { describe, expect, it } from "vitest";
import { sankeyData } from "../../../src/explore/page/parts/sankey-links.js";

const link = (source: string, target: string, amountSek: number | null = null) => ({ source, target, amountSek, label: "" });

/** True when following links from any node never comes back to it. */
function acyclic(links: { source: string; target: string }[]): boolean {
  const next = new Map<string, string[]>();
  for (const l of links) next.set(l.source, [...(next.get(l.source) ?? []), l.target]);
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (n: string): boolean => {
    if (done.has(n)) return true;
    if (visiting.has(n)) return false;
    visiting.add(n);
    const ok = (next.get(n) ?? []).every(visit);
    done.add(n);
    return ok;
  };
  return [...next.keys()].every(visit);
}

describe("sankey data", () => {
  it("breaks a cycle by sending the closing link to a second node for the same party", () => {
    const data = sankeyData([link("Staten", "VGR", 100), link("VGR", "VästKom", 40), link("VästKom", "VGR", 10)]);
    expect(acyclic(data.links)).toBe(true);
    expect(data.links.map((l) => `${l.source}>${l.target}`)).toEqual(["Staten>VGR", "VGR>VästKom", "VästKom>VGR (igen)"]);
    expect(data.nodes.map((n) => n.name).sort()).toEqual(["Staten", "VGR", "VGR (igen)", "VästKom"]);
  });

  it("breaks a self-loop", () => {
    const data = sankeyData([link("VGR", "VGR", 5)]);
    expect(data.links[0]).toMatchObject({ source: "VGR", target: "VGR (igen)" });
  });

  it("draws unknown amounts at a tenth of the smallest known one and keeps them unknown", () => {
    const data = sankeyData([link("Staten", "VGR", 70_000_000), link("VGR", "Mellanplatser"), link("VGR", "Hemsjukhus", 1_000)]);
    expect(data.links[1]).toMatchObject({ value: 100, amountSek: null });
    expect(data.links[0]).toMatchObject({ value: 70_000_000, amountSek: 70_000_000 });
    expect(sankeyData([link("A", "B")]).links[0]!.value).toBe(1);
  });
});
