/**
 * A reproducible random sample of the seed graph's facts, for the precision audit: each fact
 * with the quotes it cites, so a reader can check it against them. A fact is one property of
 * an entity (each alias on its own) or one relation statement (an edge per municipality made
 * from one statement counts once).
 */
import type { Citation, SeedGraph } from "../seed/seed-graph.js";

export interface SampledFact {
  /** Stable across edits of the value: `org:vgr.name`, `ADVISES forum:sro -> @municipalities`. */
  key: string;
  value: string;
  inferred: boolean;
  because?: string;
  citations: Citation[];
}

const SKIPPED = new Set(["order", "label", "minutesAllotted", "inferredAliases", "inferredAliasReasons"]);

export function factsOf(graph: SeedGraph): SampledFact[] {
  const facts: SampledFact[] = [];
  for (const e of graph.entities) {
    for (const [field, value] of Object.entries(e.properties)) {
      if (SKIPPED.has(field) || field === "aliases") continue;
      facts.push({ key: `${e.id}.${field}`, value: Array.isArray(value) ? value.join(" | ") : String(value), inferred: e.inferred, because: e.because, citations: e.citations });
    }
    for (const a of e.aliasFacts ?? []) {
      facts.push({ key: `${e.id}.alias:${a.name}`, value: a.name, inferred: a.inferred, because: a.because, citations: a.inferred ? a.citations : e.citations });
    }
  }
  // An expanded statement is keyed by its other end and its group, which stay stable when lines move.
  const statements = new Map<string, { edges: typeof graph.relations; from: Set<string>; to: Set<string> }>();
  for (const r of graph.relations) {
    const id = r.expandedFrom ? `${r.type} ${r.definedAt} ${r.expandedFrom}` : `${r.type} ${r.from} -> ${r.to}`;
    const s = statements.get(id) ?? { edges: [], from: new Set<string>(), to: new Set<string>() };
    s.edges.push(r);
    s.from.add(r.from);
    s.to.add(r.to);
    statements.set(id, s);
  }
  for (const { edges, from, to } of statements.values()) {
    const r = edges[0]!;
    const list = (ids: Set<string>) => [...ids].sort().join(",");
    const key = !r.expandedFrom ? `${r.type} ${r.from} -> ${r.to}` : to.size >= from.size ? `${r.type} ${list(from)} -> ${r.expandedFrom}` : `${r.type} ${r.expandedFrom} -> ${list(to)}`;
    const note = r.properties.note ? ` (${String(r.properties.note)})` : "";
    facts.push({ key, value: `${r.type}${note}`, inferred: r.inferred, because: r.because, citations: r.citations });
  }
  return facts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** mulberry32: a tiny seeded generator, so the same seed gives the same sample on any machine. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` keys drawn without replacement from `keys` (sorted first, so the order of files does not matter). */
export function sampleKeys(keys: string[], count: number, seed: number): string[] {
  const pool = [...new Set(keys)].sort();
  const random = generator(seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}
