import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSeedGraph } from "../../src/seed/load-seed-graph.js";
import { SeedValidationError, type SeedProblem } from "../../src/seed/problems.js";

const fixtures = join(import.meta.dirname, "..", "fixtures");
const sourcesDir = join(fixtures, "sources");

function problemsOf(seedDir: string): SeedProblem[] {
  try {
    loadSeedGraph({ seedDir, sourcesDir });
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  return [];
}

describe("seed files", () => {
  it("merge an entity defined in two files: fields united, citations from both documents", () => {
    const graph = loadSeedGraph({ seedDir: join(fixtures, "seeds-valid"), sourcesDir });
    const agreement = graph.entities.find((e) => e.id === "doc:testavtalet")!;
    expect(agreement.properties).toMatchObject({ validTo: "2025-12-31", status: "IN_FORCE" });
    expect(agreement.citations.map((c) => c.document).sort()).toEqual(["fixture-meeting.txt", "fixture-second.txt"]);
    const region = graph.entities.find((e) => e.id === "org:testregionen")!;
    expect(region.citations).toContainEqual({ document: "fixture-second.txt", quote: "Testregionen beslutar" });
    expect(graph.relations.find((r) => r.type === "PARTY_TO")).toMatchObject({ inferred: true, properties: { status: "PARTY" } });
  });

  it("report every problem with file, line and field", () => {
    const problems = problemsOf(join(fixtures, "seeds-broken"));
    const find = (text: string) => problems.find((p) => p.message.includes(text));
    expect(find("Invalid option")).toMatchObject({ file: "broken.yaml", line: 14, entry: "entities[1] (forum:testforum)", field: "kind" });
    expect(find("quote not found")).toMatchObject({ file: "broken.yaml", entry: "person:anna-exempel", field: "cite" });
    expect(find("defined in no seed file")).toMatchObject({ entry: "entities[3] (doc:odefinierad)", field: "id" });
    expect(find("OF_FORUM cannot start at a Organisation")).toMatchObject({ entry: "relations[0] (OF_FORUM)", field: "from" });
    expect(find("must say why")).toMatchObject({ entry: "relations[1] (AFFILIATED_WITH)", field: "because" });
  });

  it("reject conflicting definitions of one entity, naming both places", () => {
    const problems = problemsOf(join(fixtures, "seeds-conflict"));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/'org:testregionen' has kind="REGION" at a\.yaml:\d+, here "MUNICIPALITY"/);
  });
});
