/** The Cypher fragments: expanded once, every mistake named with its file. */
import { describe, expect, it } from "vitest";
import { expandFragments } from "../../../src/database/cypher-fragments.js";

describe("Cypher fragments", () => {
  it("expand an entity reference to its marker, with or without a known type", () => {
    expect(expandFragments("RETURN {{ref n}} AS r", {}, "q.cypher")).toBe("RETURN {__ref: n.id} AS r");
    expect(expandFragments("RETURN {{ref f Forum}}", {}, "q.cypher")).toBe("RETURN {__ref: f.id, __type: 'Forum'}");
  });

  it("expand a step to its marker, from its own ends or from bound ones, and sources to their ids and quotes", () => {
    // The relationship goes to the app, which builds the step with its sources (src/questions/shared/markers.ts).
    expect(expandFragments("RETURN {{step r}}", {}, "q.cypher")).toBe("RETURN {__step: r, from: startNode(r).id, to: endNode(r).id}");
    expect(expandFragments("RETURN {{step t p f}}", {}, "q.cypher")).toBe("RETURN {__step: t, from: p.id, to: f.id}");
    // The citations leave Cypher as ids and quotes; the app builds the sources (src/sources/citations.ts).
    expect(expandFragments("RETURN {{sources r}}", {}, "q.cypher")).toBe("RETURN {__citations: [coalesce(r.sourceDocuments, []), coalesce(r.sourceQuotes, [])]}");
    expect(expandFragments("RETURN {{termSources t}}", {}, "q.cypher")).toBe("RETURN {__citations: [coalesce([c IN t.citations | c.document], []), coalesce([c IN t.citations | c.quote], [])]}");
  });

  it("fill slots, and refuse a missing or an unused one", () => {
    expect(expandFragments("MATCH (a){{slot:in}}[r]{{slot:out}}(b)", { in: "<-", out: "-" }, "q.cypher")).toBe("MATCH (a)<-[r]-(b)");
    expect(() => expandFragments("MATCH (a){{slot:in}}(b)", {}, "q.cypher")).toThrow(/q\.cypher: the slot \{\{slot:in\}\} needs a value/);
    expect(() => expandFragments("MATCH (a)", { in: "<-" }, "q.cypher")).toThrow(/q\.cypher: no slot named in/);
  });

  it("name the file of an unknown fragment or a wrong argument", () => {
    expect(() => expandFragments("RETURN {{refs n}}", {}, "src/questions/x/query.cypher")).toThrow(/src\/questions\/x\/query\.cypher: unknown fragment \{\{refs n\}\}/);
    expect(() => expandFragments("RETURN {{ref}}", {}, "q.cypher")).toThrow(/takes 1 to 2 variable names/);
    expect(() => expandFragments("RETURN {{sources n.x}}", {}, "q.cypher")).toThrow(/takes 1 variable names/);
  });
});
