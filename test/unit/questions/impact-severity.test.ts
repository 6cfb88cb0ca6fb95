/** The order the explore view and the CLI show impact in: hardest hit first. */
import { describe, expect, it } from "vitest";
import { ENUM_SV } from "../../../src/labels/sv.js";
import { byHowHardHit, effectsByHowHard, IMPACT_SEVERITY } from "../../../src/questions/impact/severity.js";

const hit = (effect: keyof typeof IMPACT_SEVERITY, depth: number, name: string) => ({ effect, depth, entity: { id: `doc:${name.toLowerCase()}`, name } });

describe("how hard an impact hits", () => {
  it("ranks every effect of the API once, what ends with the agreement first and a mere mention last", () => {
    expect(Object.keys(IMPACT_SEVERITY).sort()).toEqual(Object.keys(ENUM_SV.ImpactEffect).sort());
    expect(new Set(Object.values(IMPACT_SEVERITY)).size).toBe(Object.keys(IMPACT_SEVERITY).length);
    const order = Object.entries(IMPACT_SEVERITY).sort((a, b) => a[1] - b[1]).map(([e]) => e);
    expect(order[0]).toBe("TERM_ENDS_WITH_IT");
    expect(order.at(-1)).toBe("CONCERNED");
  });

  it("sorts by effect, then by steps, then by name, whatever the input order (ids as the CLI got them)", () => {
    const items = [hit("CONCERNED", 1, "A"), hit("REFERENCE_AFFECTED", 1, "B"), hit("TERM_ENDS_WITH_IT", 2, "Z"), hit("LOSES_BASIS", 1, "C"), hit("TERM_ENDS_WITH_IT", 1, "Y"), hit("TERM_ENDS_WITH_IT", 1, "X")];
    expect([...items].sort(byHowHardHit).map((i) => i.entity.name)).toEqual(["X", "Y", "Z", "C", "B", "A"]);
    expect(effectsByHowHard(items)).toEqual(["TERM_ENDS_WITH_IT", "LOSES_BASIS", "REFERENCE_AFFECTED", "CONCERNED"]);
  });
});
