import { describe, expect, it } from "vitest";
import { documentCoverage } from "../../src/seed/source-coverage.js";

const text = "Rubrik\nSRO noterar informationen.\n\n- Punkt ett om avtalet\n- Punkt två\n";

describe("source coverage", () => {
  it("counts a passage as cited when quotes cover at least half of it, across line breaks", () => {
    const coverage = documentCoverage("doc.txt", text, ["SRO noterar informationen. - Punkt ett om"]);
    expect(coverage.passages).toBe(4);
    expect(coverage.citedPassages).toBe(2); // the position, and "Punkt ett om" covers 10 of 17 letters of its line
    expect(coverage.uncited).toEqual(["Rubrik", "- Punkt två"]);
  });

  it("reports nothing cited without quotes, and everything with the whole text", () => {
    expect(documentCoverage("doc.txt", text, []).citedPassages).toBe(0);
    const all = documentCoverage("doc.txt", text, [text]);
    expect(all.citedPassages).toBe(4);
    expect(all.characterShare).toBe(1);
  });
});
