/** Arguments at the boundary: defaults, canonical relation order, and errors that name every argument. */
import { describe, expect, it } from "vitest";
import { dependencyArgs } from "../../../../src/questions/document-dependencies/resolver.js";
import { canonicalRelations, DEFAULT_DEPENDENCY_RELATIONS, DEPENDENCY_RELATIONS } from "../../../../src/questions/shared/dependency-relations.js";
import { parseArgs } from "../../../../src/questions/shared/input.js";

describe("arguments", () => {
  it("apply defaults and canonical relation order", () => {
    const args = parseArgs("documentDependencies", dependencyArgs, { id: "doc:hos-avtal" });
    expect(args).toMatchObject({ direction: "DEPENDENTS", maxDepth: 4, asOf: null, limit: 100 });
    expect(canonicalRelations(["REPLACES", "PART_OF", "PART_OF"], DEFAULT_DEPENDENCY_RELATIONS)).toEqual(["PART_OF", "REPLACES"]);
    expect(canonicalRelations(null, DEFAULT_DEPENDENCY_RELATIONS)).toEqual([...DEFAULT_DEPENDENCY_RELATIONS]);
    expect(DEPENDENCY_RELATIONS.slice(0, 7)).toEqual([...DEFAULT_DEPENDENCY_RELATIONS]);
  });

  it("reject out-of-range values with BAD_USER_INPUT naming the argument", () => {
    try {
      parseArgs("documentDependencies", dependencyArgs, { id: "doc:x", maxDepth: 0, asOf: "2023-02-29" });
      expect.unreachable();
    } catch (error) {
      const e = error as { extensions: { code: string; problems: { argument: string }[] } };
      expect(e.extensions.code).toBe("BAD_USER_INPUT");
      expect(e.extensions.problems.map((p) => p.argument)).toEqual(["maxDepth", "asOf"]);
    }
  });
});
