/**
 * toNative (src/analysis/run.ts) turns what the driver returns into the JSON the analyst answers
 * carry: Neo4j integers as numbers, temporal values as ISO strings, at any depth of maps and lists.
 */
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toNative } from "../../../../src/questions/shared/run.js";

describe("toNative", () => {
  it("converts integers and temporal values inside nested maps and lists, and keeps the rest", () => {
    const value = {
      count: neo4j.int(42),
      name: "SRO",
      inferred: false,
      missing: null,
      undefinedValue: undefined,
      date: new neo4j.types.Date(2025, 10, 16),
      modifiedAt: new neo4j.types.DateTime(2025, 1, 30, 9, 5, 0, 0, 0),
      rows: [{ order: neo4j.int(1), tags: ["a", neo4j.int(2)] }, [neo4j.int(3), { deep: { n: neo4j.int(-7) } }]],
    };
    expect(toNative(value)).toEqual({
      count: 42,
      name: "SRO",
      inferred: false,
      missing: null,
      undefinedValue: null,
      date: "2025-10-16",
      modifiedAt: "2025-01-30T09:05:00Z",
      rows: [{ order: 1, tags: ["a", 2] }, [3, { deep: { n: -7 } }]],
    });
  });

  it("copies maps instead of changing the driver's objects", () => {
    const row = { n: neo4j.int(1) };
    const copy = toNative(row) as { n: number };
    expect(copy).toEqual({ n: 1 });
    expect(neo4j.isInt(row.n)).toBe(true);
  });

  it("converts the properties of other objects too (e.g. a node's)", () => {
    const node = new neo4j.types.Node(neo4j.int(5), ["Forum"], { id: "forum:sro", size: neo4j.int(12) }, "4:x:5");
    expect(toNative(node)).toMatchObject({ identity: 5, labels: ["Forum"], properties: { id: "forum:sro", size: 12 } });
  });
});
