/**
 * The honesty audit (src/audit/): it must pass the real seed graph and catch each kind of
 * unsupported claim in a small fixture written for it.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditSeedGraph, EXPANSION_BECAUSE } from "../../src/audit/audit-seed-graph.js";
import { claimsOf, Support } from "../../src/audit/claims.js";
import { occursIn } from "../../src/audit/normalise.js";
import { factsOf, sampleKeys } from "../../src/audit/sample-facts.js";
import { seedPaths } from "../../src/config/paths.js";
import { loadSeedGraph } from "../../src/seed/load-seed-graph.js";
import { formatProblem } from "../../src/seed/problems.js";
import { SourceTexts } from "../../src/seed/source-texts.js";

const fixtures = join(import.meta.dirname, "..", "fixtures");
const auditOf = (dir: string) => auditSeedGraph(loadSeedGraph({ seedDir: join(fixtures, dir), sourcesDir: join(fixtures, "sources") }), new SourceTexts(join(fixtures, "sources")));

describe("seed audit", () => {
  it("finds no unsupported claim in the real seed graph", () => {
    const graph = loadSeedGraph({ seedDir: seedPaths.seedDir, sourcesDir: seedPaths.sourcesDir });
    expect(auditSeedGraph(graph, new SourceTexts(seedPaths.sourcesDir)).map(formatProblem)).toEqual([]);
  }, 60_000);

  it("passes a fixture whose claims are all quoted, hedged or inferred", () => {
    expect(auditOf("seeds-audit-good").map(formatProblem)).toEqual([]);
  });

  it("reports each kind of unsupported claim with file, line, entry and field", () => {
    const problems = auditOf("seeds-audit-bad");
    const find = (text: string) => problems.filter((p) => p.message.includes(text));
    expect(find("alias 'Kajsa Prov' occurs in no quote")).toEqual([expect.objectContaining({ file: "bad.yaml", line: 31, entry: "person:karin-prov", field: "aliases" })]);
    expect(find("Karro Prov")).toEqual([]);
    expect(find("the name 'Storstaden'")).toEqual([expect.objectContaining({ entry: "doc:provavtalet", field: "name" })]);
    expect(find("'5' is in no quote")).toEqual([expect.objectContaining({ entry: "doc:provavtalet", field: "description" })]);
    expect(find("validTo=2022-12-31 is stored as an exact day")).toEqual([expect.objectContaining({ field: "validTo" })]);
    // One report for the relation entry, not one per municipality it expands to.
    expect(find(EXPANSION_BECAUSE)).toEqual([expect.objectContaining({ line: 74, field: "because" })]);
    // An identity no document states: the alias is used in one document, the name in another.
    expect(find("alias 'Testregionen' and org:provregionen's other names never occur in one document")).toEqual([expect.objectContaining({ entry: "org:provregionen", field: "aliases" })]);
    expect(problems).toHaveLength(6);
  });
});

describe("audit text rules", () => {
  it("match names across case, diacritics, whitespace and hyphenation", () => {
    expect(occursIn("hos avtalet", "41 kommuner av 49 har sagt ja till HoS-avtalet")).toBe(true);
    expect(occursIn("länsgemensam färdplan", "läns-gemensam färdplan Nära vård")).toBe(true);
    expect(occursIn("Vastkom", "VästKom")).toBe(true);
    expect(occursIn("GR", "Göteborgsregionen")).toBe(false);
  });

  it("read Swedish dates in quotes and dates, numbers and names in free text", () => {
    const support = new Support(["Datum: Onsdag 8 juni 2022", "Vid presidiummöte 3/10", "remisstiden blir cirka fyra månader"], [2022]);
    const claim = (text: string) => claimsOf(text)[0]!;
    expect(support.supports(claim("2022-06-08"))).toBe(true);
    expect(support.supports(claim("2022-06"))).toBe(true);
    expect(support.supports(claim("2022-10-03"))).toBe(true);
    expect(support.supports(claim("2022-06-09"))).toBe(false);
    expect(support.supports(claim("4"))).toBe(true);
    expect(support.supports(claim("5"))).toBe(false);
    expect(claimsOf("Beslutet togs av SRO i Göteborg.").map((c) => c.value)).toEqual(["SRO", "Göteborg"]);
  });
});

describe("precision sample", () => {
  it("draws the same facts for the same seed, whatever the order of the input, and counts an expanded statement once", () => {
    const graph = loadSeedGraph({ seedDir: join(fixtures, "seeds-audit-good"), sourcesDir: join(fixtures, "sources") });
    const keys = factsOf(graph).map((f) => f.key);
    expect(keys.filter((k) => k.startsWith("RECOMMENDS"))).toEqual(["RECOMMENDS position:provsamradet-2023-05-12-1 -> @provkommuner"]);
    const sample = sampleKeys(keys, 5, 14);
    expect(sampleKeys([...keys].reverse(), 5, 14)).toEqual(sample);
    expect(new Set(sample).size).toBe(5);
    expect(sampleKeys(keys, 5, 15)).not.toEqual(sample);
  });
});
