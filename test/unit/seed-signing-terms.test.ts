/** A signing rule's parts in the seeds: their words and numbers must stand in their own quotes. */
import { describe, expect, it } from "vitest";
import { entityTypeSchemas } from "../../src/model/entities.js";
import { signingFactsOf } from "../../src/seed/signing-terms.js";

const QUOTE = "48 av 49 kommuner har sagt ja eller förväntas säga ja till Färdplanen";

function check(entry: Parameters<typeof signingFactsOf>[0][number]) {
  const problems: string[] = [];
  const facts = signingFactsOf([entry], "doc.txt", (field, message) => problems.push(`${field}: ${message}`));
  return { facts, problems };
}

describe("signing terms in the seeds", () => {
  it("keep each part with its own citations, resolved to the file's document", () => {
    const { facts, problems } = check({ kind: "APPROVED", count: 48, of: 49, wording: "48 av 49 kommuner har sagt ja", asOf: "2022-09", cite: [QUOTE] });
    expect(problems).toEqual([]);
    expect(facts).toEqual([{ kind: "APPROVED", count: 48, of: 49, wording: "48 av 49 kommuner har sagt ja", asOf: "2022-09", inferred: false, citations: [{ document: "doc.txt", quote: QUOTE }] }]);
  });

  it("name the field of words not in the quotes, numbers not written there, and a reason without inference", () => {
    expect(check({ kind: "APPROVED", count: 48, of: 49, wording: "alla kommuner har sagt ja", cite: [QUOTE] }).problems).toEqual([
      "signing.0.wording: the wording of the APPROVED part is not verbatim in its quotes",
    ]);
    expect(check({ kind: "APPROVED", count: 47, of: 49, wording: "har sagt ja", cite: [QUOTE] }).problems).toEqual([
      "signing.0.count: count 47 of the APPROVED part is written in none of its quotes",
    ]);
    expect(check({ kind: "APPROVED", count: 4, wording: "har sagt ja", cite: [QUOTE] }).problems).toEqual([
      "signing.0.count: count 4 of the APPROVED part is written in none of its quotes",
    ]);
    expect(check({ kind: "RETURNED", count: 48, wording: "har sagt ja", because: "x", cite: [QUOTE] }).problems).toEqual([
      "signing.0.inferred: 'because' is only for inferred parts; set inferred: true",
    ]);
  });

  it("are typed: a count only where parties are counted, and always there", () => {
    const doc = { id: "doc:x", type: "GoverningDocument", kind: "FARDPLAN", name: "X", cite: ["xyz"] };
    const parse = (signing: unknown) => entityTypeSchemas.GoverningDocument.safeParse({ ...doc, signing });
    expect(parse([{ kind: "APPROVED", count: 48, of: 49, wording: "har sagt ja", cite: ["xyz"] }]).success).toBe(true);
    const noCount = parse([{ kind: "APPROVED", wording: "har sagt ja", cite: ["xyz"] }]);
    expect(noCount.error?.issues.map((i) => i.path.join("."))).toEqual(["signing.0.count"]);
    const countedRule = parse([{ kind: "ALL_PARTIES_MUST_SIGN", count: 3, of: 4, wording: "samtliga parter", cite: ["xyz"] }]);
    expect(countedRule.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["signing.0.count", "signing.0.of"]);
  });
});
