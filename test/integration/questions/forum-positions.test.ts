/** What a forum took positions on in a period, by type of position. */
import { describe, expect, it } from "vitest";
import { useAnalysisApi } from "./support.js";

const api = useAnalysisApi();

describe("what a forum took positions on in a period", () => {
  const QUERY = `query($id: ID!, $from: String, $to: String) { forumPositions(id: $id, from: $from, to: $to) {
    forum { id } from to total
    groups { positionType count positions { date precision position { id } wording meeting { id } agendaItem { id } concerns { id } link { relation sources { quote } } sources { quote document { id } } } }
  } }`;
  interface Positions {
    total: number;
    groups: { positionType: string; count: number; positions: { date: string; precision: string; position: { id: string }; wording: string; meeting: { id: string } | null; concerns: { id: string }[]; link: { relation: string } }[] }[];
  }
  const positions = async (variables: Record<string, unknown>) => (await api.query<{ forumPositions: Positions }>(QUERY, variables)).forumPositions;

  it("SRO in 2022: 30 positions, grouped by decision type (the presidium's two decisions are its own)", async () => {
    const p = await positions({ id: "forum:sro", from: "2022-01-01", to: "2022-12-31" });
    expect(p.total).toBe(30);
    expect(p.groups.map((g) => `${g.positionType} ${g.count}`)).toEqual([
      "NOTED_INFORMATION 15",
      "ENDORSED 6",
      "RECOMMENDED_HUVUDMAN_DECISION 4",
      "ASSIGNED_TASK 1",
      "EXTENDED 3",
      "REFERRED_TO_HUVUDMAN 1",
    ]);
    const recommended = p.groups.find((g) => g.positionType === "RECOMMENDED_HUVUDMAN_DECISION")!;
    expect(recommended.positions.map((x) => `${x.date} ${x.position.id}`)).toEqual([
      "2022-02-01 position:sro-2022-02-03-1",
      "2022-02-01 position:sro-2022-02-04-1",
      "2022-04-01 position:sro-2022-04-07-1",
      "2022-10-01 position:sro-2022-10-03-1",
    ]);
    expect(recommended.positions[1]).toMatchObject({ precision: "MONTH", meeting: { id: "meeting:sro-2022-02" }, concerns: [{ id: "doc:hos-avtal-revision-2022" }], link: { relation: "TAKEN_BY" } });
    const extended = p.groups.find((g) => g.positionType === "EXTENDED")!;
    expect(extended.positions.map((x) => x.position.id)).toEqual(["position:sro-2022-04-03-1", "position:sro-2022-04-06-1", "position:sro-2022-12-02-1"]);
  });

  it("a window inside a month keeps that month's positions; the presidium's decisions are under the presidium", async () => {
    const february = await positions({ id: "forum:sro", from: "2022-02-15", to: "2022-02-20" });
    expect(february.total).toBe(5);
    const presidium = await positions({ id: "forum:sro-presidium", from: "2022-01-01", to: "2022-12-31" });
    expect(presidium.groups.map((g) => `${g.positionType} ${g.positions.map((x) => x.position.id).join(",")}`)).toEqual([
      "SENT_ON_REFERRAL position:sro-2022-06-30-01-1",
      "ASSIGNED_TASK position:sro-presidium-2022-10-03-01-1",
    ]);
  });

  it("VVG on 2022-06-08, by day", async () => {
    const p = await positions({ id: "forum:vvg", from: "2022-06-08", to: "2022-06-08" });
    expect(p.groups.map((g) => `${g.positionType} ${g.count}`)).toEqual(["NOTED_INFORMATION 2", "ENDORSED 2", "SENT_ON_REFERRAL 1", "APPROVED_AGENDA_OR_MINUTES 2", "NO_POSITION 1", "INPUT 14"]);
  });

  it("rejects non-forums and reversed windows", async () => {
    expect((await api.post(QUERY, { id: "org:vgr" })).errors?.[0]?.extensions).toMatchObject({ code: "WRONG_ENTITY_TYPE" });
    expect((await api.post(QUERY, { id: "forum:sro", from: "2022-12-31", to: "2022-01-01" })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
