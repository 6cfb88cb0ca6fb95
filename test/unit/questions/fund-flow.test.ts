/** Fund flow totals: each movement once, an amount only for a sole party on its side. */
import { describe, expect, it } from "vitest";
import type { MoneyStep } from "../../../src/generated/graphql.js";
import { totals } from "../../../src/questions/fund-flow/resolver.js";
import type { PathStep } from "../../../src/questions/shared/refs.js";

describe("money totals", () => {
  const party = (id: string) => ({ to: { id, type: "Organisation", name: id } }) as unknown as PathStep;
  const step = (id: string, amount: number | null, from: string[], to: string[]): MoneyStep =>
    ({ id, amountSek: amount, from: from.map(party), to: to.map(party) }) as unknown as MoneyStep;

  it("count each movement once and attribute an amount only to a sole party", () => {
    const steps = [step("g1", 49, ["org:staten"], ["org:vgr"]), step("g2", 70, ["org:staten"], ["org:vgr"]), step("u1", 10, ["org:vgr"], ["t:a", "t:b"]), step("u1", 10, ["org:vgr"], ["t:a", "t:b"])];
    expect(totals(steps, "to")).toEqual([
      { party: expect.objectContaining({ id: "org:vgr" }), amountSek: 119, movements: 2, movementsWithoutAmount: 0 },
      { party: expect.objectContaining({ id: "t:a" }), amountSek: null, movements: 1, movementsWithoutAmount: 1 },
      { party: expect.objectContaining({ id: "t:b" }), amountSek: null, movements: 1, movementsWithoutAmount: 1 },
    ]);
    expect(totals(steps, "from")).toEqual([
      { party: expect.objectContaining({ id: "org:staten" }), amountSek: 119, movements: 2, movementsWithoutAmount: 0 },
      { party: expect.objectContaining({ id: "org:vgr" }), amountSek: 10, movements: 1, movementsWithoutAmount: 0 },
    ]);
  });
});
