import { describe, expect, it } from "vitest";
import { LocalNeo4jError, requireTool } from "../../src/database/local/tools.js";

describe("local Neo4j prerequisites", () => {
  it("name the missing program, why it is needed and the alternative", () => {
    expect(() => requireTool("no-such-program-samverkansgrafen", ["-version"], "The local Neo4j runs on Java 17 or newer.")).toThrowError(LocalNeo4jError);
    try {
      requireTool("no-such-program-samverkansgrafen", ["-version"], "The local Neo4j runs on Java 17 or newer.");
    } catch (error) {
      expect((error as Error).message).toMatch(/^'no-such-program-samverkansgrafen' was not found or failed .*The local Neo4j runs on Java 17 or newer\. Install it .* or set NEO4J_URI/);
    }
  });

  it("return the first line of the version of a program that exists", () => {
    expect(requireTool("node", ["--version"], "")).toMatch(/^v\d+\./);
  });
});
