/**
 * The generator: deterministic, within its node budget, and its output obeys the model's
 * relation rules (src/model/relations.ts) and the provenance rules (every fact cites a document
 * that exists, with a quote; inferred facts say why).
 */
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seedPaths } from "../../../../src/config/paths.js";
import { entityId } from "../../../../src/model/entities.js";
import { relationRules, type RelationRule } from "../../../../src/model/relations.js";
import { NationGenerator, type GeneratedBatch } from "../../../../src/tools/generate/nation.js";
import { measureSeedProfile, type SeedProfile } from "../../../../src/tools/generate/profile.js";
import { Random } from "../../../../src/tools/generate/prng.js";
import { loadSeedGraph } from "../../../../src/seed/load-seed-graph.js";

let profile: SeedProfile;
beforeAll(() => {
  profile = measureSeedProfile(loadSeedGraph({ seedDir: seedPaths.seedDir }));
});

function generate(nodes: number, seed: number): GeneratedBatch[] {
  return [...new NationGenerator(profile, { nodes, seed, batchNodes: 1000 }).batches()];
}

const digest = (batches: GeneratedBatch[]) => createHash("sha256").update(JSON.stringify(batches)).digest("hex");

describe("the seeded random generator", () => {
  it("repeats its sequence for a seed and differs between seeds", () => {
    const draw = (seed: number) => Array.from({ length: 5 }, (_, i, r = new Random(seed)) => r.int(0, 1e9) + i);
    const a = new Random(7);
    const b = new Random(7);
    const c = new Random(8);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(xs);
    expect(draw(1)).toEqual(draw(1));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("the nation generator", () => {
  it("gives the same graph for the same seed and another for another seed", () => {
    const first = digest(generate(4000, 42));
    expect(digest(generate(4000, 42))).toBe(first);
    expect(digest(generate(4000, 43))).not.toBe(first);
  });

  it("stops at its node budget, at the end of a meeting", () => {
    for (const target of [1500, 6000]) {
      const batches = generate(target, 1);
      const nodes = batches.reduce((n, b) => n + b.nodes.length + b.documents.length, 0);
      expect(nodes).toBeGreaterThanOrEqual(target);
      expect(nodes).toBeLessThan(target + 400);
    }
  });

  describe("on a small graph", () => {
    let batches: GeneratedBatch[];
    beforeAll(() => {
      batches = generate(8000, 3);
    }, 60_000);

    it("uses valid, unique ids, and relations only refer to nodes written before or with them", () => {
      const seen = new Set<string>();
      const problems: string[] = [];
      for (const batch of batches) {
        for (const n of batch.nodes) {
          if (!entityId.safeParse(n.id).success) problems.push(`bad id ${n.id}`);
          if (seen.has(n.id)) problems.push(`duplicate ${n.id}`);
          seen.add(n.id);
        }
        for (const r of batch.relations) if (!seen.has(r.from) || !seen.has(r.to)) problems.push(`${r.type} ${r.from} -> ${r.to} before its ends`);
      }
      expect(problems).toEqual([]);
    });

    it("obeys the relation rules of the model", () => {
      const typeOf = new Map(batches.flatMap((b) => b.nodes.map((n) => [n.id, n.label] as const)));
      const rules = relationRules as Record<string, RelationRule>;
      const fits = (end: RelationRule["from"], type: string) => end === "any" || end.includes(type as never);
      const problems: string[] = [];
      for (const r of batches.flatMap((b) => b.relations)) {
        const rule = rules[r.type];
        const what = `${r.type} ${r.from} (${typeOf.get(r.from)}) -> ${r.to} (${typeOf.get(r.to)})`;
        if (!rule) problems.push(`unknown type: ${what}`);
        else if (typeOf.get(r.from) !== r.fromType || typeOf.get(r.to) !== r.toType) problems.push(`wrong end types: ${what}`);
        else if (!fits(rule.from, r.fromType) || !fits(rule.to, r.toType) || (rule.sameType && r.fromType !== r.toType)) problems.push(`not allowed: ${what}`);
      }
      expect(problems).toEqual([]);
    });

    it("cites an existing document with a quote on every node and relationship; inferred facts say why", () => {
      const documents = new Set(batches.flatMap((b) => b.documents.map((d) => d.id)));
      const facts = batches.flatMap((b) => [...b.nodes.map((n) => ({ what: n.id, p: n.props })), ...b.relations.map((r) => ({ what: `${r.type} ${r.from}`, p: r.props }))]);
      const problems: string[] = [];
      let inferred = 0;
      for (const { what, p } of facts) {
        const docs = p.sourceDocuments as string[];
        const quotes = p.sourceQuotes as string[];
        if (docs.length === 0 || quotes.length !== docs.length) problems.push(`${what}: ${docs.length} documents, ${quotes.length} quotes`);
        for (const d of docs) if (!documents.has(d)) problems.push(`${what} cites unknown ${d}`);
        for (const q of quotes) if (q.trim().length < 3) problems.push(`${what}: quote ${JSON.stringify(q)}`);
        if (p.inferred) {
          inferred++;
          if (String(p.because ?? "").length <= 3) problems.push(`${what}: inferred without because`);
        } else if (p.because !== undefined) problems.push(`${what}: because without inferred`);
      }
      expect(problems).toEqual([]);
      // About as many inferred facts as in the seed graph (20 %).
      expect(inferred / facts.length).toBeGreaterThan(profile.inferredShare / 2);
      expect(inferred / facts.length).toBeLessThan(profile.inferredShare * 2);
    });

    it("has the shapes of the real graph: fund flows of 3–5 steps, people with several roles, dependency cycles, aliases", () => {
      const relations = batches.flatMap((b) => b.relations);
      const nodes = batches.flatMap((b) => b.nodes);
      const steps = new Map<string, number>();
      for (const r of relations) if (r.type === "OF_FUND") steps.set(r.to, (steps.get(r.to) ?? 0) + 1);
      expect(steps.size).toBeGreaterThan(0);
      expect([...steps.values()].filter((n) => n < 3 || n > 5)).toEqual([]);
      const roles = new Map<string, number>();
      for (const r of relations) if (r.type === "HOLDS") roles.set(r.from, (roles.get(r.from) ?? 0) + 1);
      expect([...roles.values()].every((n) => n >= 2)).toBe(true);
      const references = new Set(relations.filter((r) => r.type === "REFERENCES").map((r) => `${r.from}>${r.to}`));
      expect([...references].some((key) => references.has(key.split(">").reverse().join(">")))).toBe(true);
      expect(nodes.some((n) => Array.isArray(n.props.aliases))).toBe(true);
      const items = relations.filter((r) => r.type === "HAS_ITEM").length;
      const meetings = nodes.filter((n) => n.label === "Meeting").length;
      expect(items / meetings).toBeGreaterThan(2);
      expect(items / meetings).toBeLessThan(10);
    });
  });
});
