/** Many neighbours of one kind become one group; nothing is lost or counted twice. */
import { describe, expect, it } from "vitest";
import { GROUP_AT, groupNeighbours } from "../../../src/explore/page/parts/neighbour-groups.js";

const end = (id: string, type = "Organisation", name = id) => ({ id, name, type });
const rel = (relation: string, from: ReturnType<typeof end>, to: ReturnType<typeof end>) => ({ relation, from, to });
const AGREEMENT = end("doc:avtal", "GoverningDocument");
const kommuner = Array.from({ length: 49 }, (_, i) => end(`org:kommun-${String(i).padStart(2, "0")}`, "Organisation", `Kommun ${String(i).padStart(2, "0")}`));

describe("neighbour groups", () => {
  it("make the 49 municipalities that are parties one group, with the region named beside them", () => {
    const relations = [rel("PARTY_TO", end("org:vgr", "Organisation", "Västra Götalandsregionen"), AGREEMENT), ...kommuner.map((k) => rel("PARTY_TO", k, AGREEMENT)), rel("PRODUCES", end("project:p", "Project"), AGREEMENT)];
    const { singles, groups } = groupNeighbours(AGREEMENT.id, relations);
    expect(singles.map((r) => r.relation)).toEqual(["PRODUCES"]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ relation: "PARTY_TO", outgoing: false, label: "Västra Götalandsregionen och 49 kommuner" });
    expect(groups[0]!.members).toHaveLength(50);
    expect(groups[0]!.members[0]!.from.name).toBe("Kommun 00");
  });

  it("group only sets of GROUP_AT or more of one relation, direction and type; others stay single, in the answer's order", () => {
    const few = kommuner.slice(0, GROUP_AT - 1).map((k) => rel("PARTY_TO", k, AGREEMENT));
    expect(groupNeighbours(AGREEMENT.id, few)).toEqual({ singles: few, groups: [] });
    const people = Array.from({ length: GROUP_AT }, (_, i) => rel("MEMBER_OF", end(`person:${i}`, "Person"), AGREEMENT));
    const outgoing = kommuner.slice(0, GROUP_AT).map((k) => rel("CONCERNS", AGREEMENT, k));
    const { singles, groups } = groupNeighbours(AGREEMENT.id, [...people, few[0]!, ...outgoing]);
    expect(singles).toEqual([few[0]]);
    expect(groups.map((g) => [g.label, g.outgoing, g.members.length])).toEqual([
      [`Person (${GROUP_AT})`, false, GROUP_AT],
      [`${GROUP_AT} kommuner`, true, GROUP_AT],
    ]);
  });

  it("leave an end already drawn on its own out of any group", () => {
    const relations = kommuner.slice(0, GROUP_AT + 1).map((k) => rel("PARTY_TO", k, AGREEMENT));
    const { singles, groups } = groupNeighbours(AGREEMENT.id, relations, (id) => id === kommuner[0]!.id);
    expect(singles.map((r) => r.from.id)).toEqual([kommuner[0]!.id]);
    expect(groups[0]!.members).toHaveLength(GROUP_AT);
  });
});
