/** A meeting's attendance: invited, absent, presenters, presumably present. */
import { describe, expect, it } from "vitest";
import { useAnalysisApi } from "./support.js";

const api = useAnalysisApi();

describe("a meeting's attendance", () => {
  const QUERY = `query($id: ID!) { meetingAttendance(id: $id) {
    meeting { id } date month startTime endTime location format forums { to { id } }
    invited { person { id } affiliations { id } roles { id } presented { id } link { relation sources { quote } } }
    absent { person { id } link { relation sources { quote } } }
    presenters { person { id } presented { id } link { relation from { id } } }
    presumedPresent { id }
  } }`;
  interface Attendee {
    person: { id: string };
    affiliations?: { id: string }[];
    roles?: { id: string }[];
    presented?: { id: string }[];
    link: { relation: string; from?: { id: string }; sources?: { quote: string }[] };
  }
  interface Attendance {
    meeting: { id: string };
    date: string;
    startTime: string;
    endTime: string;
    format: string;
    forums: { to: { id: string } }[];
    invited: Attendee[];
    absent: Attendee[];
    presenters: Attendee[];
    presumedPresent: { id: string }[];
  }
  const attendance = async (id: string) => (await api.query<{ meetingAttendance: Attendance }>(QUERY, { id })).meetingAttendance;
  const ids = (list: { person: { id: string } }[]) => list.map((a) => a.person.id);

  it("SRO 2025-01-30: 26 invited, 6 absent, 7 presenters, so 20 presumably present", async () => {
    const m = await attendance("meeting:sro-2025-01-30");
    expect(m).toMatchObject({ date: "2025-01-30", startTime: "13:00", endTime: "15:00", format: "IN_PERSON", forums: [{ to: { id: "forum:sro" } }] });
    expect(m.invited).toHaveLength(26);
    expect(ids(m.absent)).toEqual([
      "person:bengt-hilmersson",
      "person:carina-orgard",
      "person:kristofer-svensson",
      "person:lars-holmin",
      "person:theres-sahlstrom",
      "person:ulf-olsson",
    ]);
    expect(m.absent[0]!.link.sources![0]!.quote).toBe("Frånvarande: Theres Sahlström, Ulf Olsson, Bengt Hilmersson, Kristofer Svensson, Lars Holmin och Carina Örgård.");
    expect(ids(m.presenters)).toEqual([
      "person:helen-eliasson",
      "person:jeanette-olsson",
      "person:jenny-nilsson",
      "person:karin-loostrom-muth",
      "person:kristina-lannergren",
      "person:malin-sward",
      "person:marina-johansson",
    ]);
    expect(m.presumedPresent).toHaveLength(20);
    expect(m.presumedPresent.map((p) => p.id)).not.toContain("person:lars-holmin");
    const chair = m.invited.find((a) => a.person.id === "person:helen-eliasson")!;
    expect(chair).toMatchObject({ affiliations: [{ id: "org:vgr" }], roles: [{ id: "role:helen-eliasson-sro-2025" }], link: { relation: "INVITED_TO" } });
    const malin = m.presenters.find((a) => a.person.id === "person:malin-sward")!;
    expect(malin.presented).toEqual([{ id: "item:sro-2025-01-30-04" }, { id: "item:sro-2025-01-30-05" }]);
    expect(malin.link.relation).toBe("PRESENTED_BY");
  });

  it("VVG 2022-06-08: the notes list seven invited and six absent (members), and ten presenters", async () => {
    const m = await attendance("meeting:vvg-2022-06-08");
    expect(m.invited).toHaveLength(7);
    expect(m.absent).toHaveLength(6);
    expect(ids(m.absent)).toContain("person:rose-marie-nyborg");
    expect(m.presenters).toHaveLength(10);
    expect(m.presumedPresent).toHaveLength(10);
  });

  it("rejects non-meetings", async () => {
    expect((await api.post(QUERY, { id: "forum:sro" })).errors?.[0]?.extensions).toMatchObject({ code: "WRONG_ENTITY_TYPE", expectedTypes: ["Meeting"] });
  });
});
