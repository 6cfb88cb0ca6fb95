/** The Sankey's data: cycles broken (Sankeys only draw acyclic flows), only known amounts drawn, unknown ones listed apart. */
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

  it("draws no width for an unknown amount: every drawn value is an amount the steps give", () => {
    const steps = [link("Staten", "VGR", 70_000_000), link("VGR", "Mellanplatser"), link("VGR", "Hemsjukhus", 1_000), link("VGR", "Vårdplatser"), link("Kommunerna", "VGR"), link("VGR", "Noll", 0)];
    const data = sankeyData(steps);
    const given = new Set(steps.map((s) => s.amountSek).filter((a) => a !== null));
    for (const l of data.links) {
      expect(given.has(l.value), `${l.source}>${l.target}`).toBe(true);
      expect(l.value).toBe(l.amountSek);
    }
    expect(data.links.map((l) => `${l.source}>${l.target}`)).toEqual(["Staten>VGR", "VGR>Hemsjukhus"]);
    expect(data.nodes.map((n) => n.name)).toEqual(["Staten", "VGR", "Hemsjukhus"]);
  });

  it("groups the links of unknown amount by sender, in the order they come, none lost", () => {
    const data = sankeyData([link("Staten", "VGR", 70_000_000), link("VGR", "Mellanplatser"), link("Kommunerna", "VGR"), link("VGR", "Vårdplatser"), link("VGR", "Noll", 0)]);
    expect(data.unknown.map((g) => [g.source, g.links.map((l) => l.target)])).toEqual([
      ["VGR", ["Mellanplatser", "Vårdplatser", "Noll"]],
      ["Kommunerna", ["VGR"]],
    ]);
    expect(sankeyData([link("A", "B")])).toEqual({ nodes: [], links: [], unknown: [{ source: "A", links: [link("A", "B")] }] });
  });
});
