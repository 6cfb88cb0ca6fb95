/** 5. People and positions: a person's roles and presentations over time; a meeting's attendance; a forum's positions in a period. */
import { describe, expect, it } from "vitest";
import { DOC, useAnalysisApi } from "./support.js";

const api = useAnalysisApi();

describe("a person's roles and presentations over time", () => {
  const QUERY = `query($id: ID!, $from: String, $to: String) { personActivity(id: $id, from: $from, to: $to) {
    person { id name } party aliases affiliations { to { id } sources { quote } } truncated
    entries { kind date precision dateBasis label role title entity { id } bodies { id } represents { id } meeting { id } positions { id } link { relation sources { quote document { id } } } }
  } }`;
  interface Entry {
    kind: string;
    date: string | null;
    precision: string | null;
    dateBasis: string | null;
    role: string | null;
    entity: { id: string };
    bodies: { id: string }[];
    represents: { id: string }[];
    meeting: { id: string } | null;
    positions: { id: string }[];
    link: { relation: string; sources: { quote: string; document: { id: string } }[] };
  }
  interface Activity {
    person: { id: string; name: string };
    party: string | null;
    aliases: string[];
    affiliations: { to: { id: string } }[];
    entries: Entry[];
  }
  const activity = async (variables: Record<string, unknown>) => (await api.query<{ personActivity: Activity }>(QUERY, variables)).personActivity;

  it("Malin Swärd: presented at VVG in June 2022, prepares SRO's matters for VästKom and presented two items in January 2025", async () => {
    const a = await activity({ id: "person:malin-sward" });
    expect(a.person.name).toBe("Malin Swärd");
    expect(a.aliases).toEqual(["Malin Swärd Davidsson"]);
    expect(a.affiliations.map((x) => x.to.id)).toEqual(["org:vastkom"]);
    expect(a.entries.map((e) => `${e.date} ${e.kind} ${e.entity.id}`)).toEqual([
      "2022-06-08 PRESENTED item:vvg-2022-06-08-09",
      "2022-06-08 PRESENTED item:vvg-2022-06-08-05",
      "2025-01-30 ROLE role:malin-sward-sro-2025",
      "2025-01-30 INVITED meeting:sro-2025-01-30",
      "2025-01-30 PRESENTED item:sro-2025-01-30-04",
      "2025-01-30 PRESENTED item:sro-2025-01-30-05",
    ]);
    const role = a.entries[2]!;
    expect(role).toMatchObject({ role: "PREPARER", dateBasis: "asOf", bodies: [{ id: "forum:sro" }], represents: [{ id: "org:vastkom" }], link: { relation: "HOLDS" } });
    const presented = a.entries[1]!;
    expect(presented).toMatchObject({ meeting: { id: "meeting:vvg-2022-06-08" }, bodies: [{ id: "forum:vvg" }], positions: [{ id: "position:vvg-2022-06-08-05-1" }] });
    expect(presented.link.sources).toEqual([{ quote: "Föredragande: Malin Swärd, VästKom, Lena Arvidsson, VGR.", document: { id: DOC.vvg2022 } }]);
  });

  it("undated roles are dated by their source document; a window keeps only that period", async () => {
    const a = await activity({ id: "person:ann-marie-svensson" });
    expect(a.entries.map((e) => `${e.date} ${e.precision} ${e.kind} ${e.entity.id} ${e.dateBasis}`)).toEqual([
      "2020-01-01 YEAR ROLE role:ann-marie-svensson-hos-revision sourceDocument",
      "2021-05-21 DAY PRESENTED item:sro-2021-05-21-01 meeting",
      "2021-05-21 DAY PRESENTED item:sro-2021-05-21-03 meeting",
    ]);
    const window = await activity({ id: "person:ann-marie-svensson", from: "2021-01-01", to: "2021-12-31" });
    expect(window.entries.map((e) => e.entity.id)).toEqual(["item:sro-2021-05-21-01", "item:sro-2021-05-21-03"]);
  });

  it("rejects non-persons", async () => {
    expect((await api.post(QUERY, { id: "forum:sro" })).errors?.[0]?.extensions).toMatchObject({ code: "WRONG_ENTITY_TYPE", expectedTypes: ["Person"] });
    expect((await api.post(QUERY, { id: "person:finns-inte" })).errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
  });
});

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
    expect(p.groups.map((g) => `${g.positionType} ${g.count}`)).toEqual(["NOTED_INFORMATION 2", "ENDORSED 2", "SENT_ON_REFERRAL 1", "APPROVED_AGENDA_OR_MINUTES 2", "NO_POSITION 1"]);
  });

  it("rejects non-forums and reversed windows", async () => {
    expect((await api.post(QUERY, { id: "org:vgr" })).errors?.[0]?.extensions).toMatchObject({ code: "WRONG_ENTITY_TYPE" });
    expect((await api.post(QUERY, { id: "forum:sro", from: "2022-12-31", to: "2022-01-01" })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
