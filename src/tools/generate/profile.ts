/**
 * Measures the shape of the real seed graph, so the generator copies it instead of guessing:
 * fan-outs (items per meeting, positions per item, ...), name lengths per node type, quote
 * lengths, citations per fact and how many nodes have aliases. `npm run generate -- --profile`
 * prints it.
 */
import type { SeedGraph } from "../../seed/seed-graph.js";

export interface SeedProfile {
  nodes: number;
  relations: number;
  /** Observed values; the generator draws from them (an empirical distribution). */
  nameLengths: Record<string, number[]>;
  quoteLengths: number[];
  citationsPerFact: number[];
  /** Out-degree of relation `type` per node of `fromType` that has at least one. */
  fanOut: Record<string, number[]>;
  aliasShare: Record<string, number>;
  inferredShare: number;
}

/** Keys of `fanOut`, e.g. `Meeting-HAS_ITEM`. */
export const fanOutKey = (fromType: string, relation: string) => `${fromType}-${relation}`;

export function measureSeedProfile(graph: SeedGraph): SeedProfile {
  const typeOf = new Map(graph.entities.map((e) => [e.id, e.type]));
  const nameLengths: Record<string, number[]> = {};
  const aliasCount: Record<string, [number, number]> = {};
  const quoteLengths: number[] = [];
  const citationsPerFact: number[] = [];
  let inferred = 0;
  for (const e of graph.entities) {
    (nameLengths[e.type] ??= []).push(String(e.properties.name ?? "").length);
    const a = (aliasCount[e.type] ??= [0, 0]);
    a[1]++;
    if (Array.isArray(e.properties.aliases) && e.properties.aliases.length > 0) a[0]++;
  }
  const degree = new Map<string, number>();
  for (const fact of [...graph.entities, ...graph.relations]) {
    citationsPerFact.push(fact.citations.length);
    for (const c of fact.citations) quoteLengths.push(c.quote.length);
    if (fact.inferred) inferred++;
  }
  for (const r of graph.relations) {
    const key = `${fanOutKey(typeOf.get(r.from) ?? "?", r.type)}|${r.from}`;
    degree.set(key, (degree.get(key) ?? 0) + 1);
  }
  const fanOut: Record<string, number[]> = {};
  for (const [key, n] of degree) (fanOut[key.split("|")[0]!] ??= []).push(n);
  for (const list of [quoteLengths, citationsPerFact, ...Object.values(nameLengths), ...Object.values(fanOut)]) list.sort((x, y) => x - y);
  return {
    nodes: graph.entities.length + graph.documents.length,
    relations: graph.relations.length,
    nameLengths,
    quoteLengths,
    citationsPerFact,
    fanOut,
    aliasShare: Object.fromEntries(Object.entries(aliasCount).map(([t, [withAlias, all]]) => [t, withAlias / all])),
    inferredShare: inferred / (graph.entities.length + graph.relations.length),
  };
}

function summary(values: number[]): string {
  if (values.length === 0) return "-";
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return `n ${values.length}, min ${values[0]}, median ${values[Math.floor(values.length / 2)]}, mean ${mean.toFixed(1)}, max ${values[values.length - 1]}`;
}

export function describeProfile(p: SeedProfile): string {
  const lines = [`seed graph: ${p.nodes} nodes, ${p.relations} relationships; inferred share ${(p.inferredShare * 100).toFixed(1)} %`];
  lines.push(`quote length: ${summary(p.quoteLengths)}`, `citations per fact: ${summary(p.citationsPerFact)}`);
  for (const [t, v] of Object.entries(p.nameLengths)) lines.push(`name length ${t}: ${summary(v)}; with aliases ${((p.aliasShare[t] ?? 0) * 100).toFixed(0)} %`);
  for (const [k, v] of Object.entries(p.fanOut).sort()) lines.push(`fan-out ${k}: ${summary(v)}`);
  return lines.join("\n");
}
