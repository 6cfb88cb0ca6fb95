/** Meetings, their agendas, presenters and positions (ställningstaganden). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedPaths } from "../../../src/config/paths.js";
import { agendaOrder, DOC, ids, seedEntities, seedRelations, useApi } from "./harness.js";

const api = useApi();

interface Item {
  id: string;
  order: number;
  label: string | null;
  name: string;
  kind: string;
  minutesAllotted: number | null;
  startTime: string | null;
  endTime: string | null;
  presenters: { id: string; name: string }[];
  positions: { id: string; order: number | null; positionType: string; wording: string; takenBy: { id: string }[] }[];
}
interface Meeting {
  id: string;
  name: string;
  kind: string;
  status: string;
  month: string;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  format: string | null;
  inferred: boolean;
  forum: { id: string }[];
  invited: { id: string; name: string }[];
  absent: { id: string; name: string }[];
  previousMeeting: { id: string }[];
  nextMeeting: { id: string }[];
  items: Item[];
}

const MEETING_FIELDS = `id name kind status month date startTime endTime location format inferred
  forum { id } invited { id name } absent { id name } previousMeeting { id } nextMeeting { id }
  items { id order label name kind minutesAllotted startTime endTime
    presenters { id name }
    positions { id order positionType wording takenBy { id } } }`;

async function meeting(id: string): Promise<Meeting> {
  const data = await api.query<{ meetings: Meeting[] }>(`query($id: ID!) { meetings(where: { id: { eq: $id } }) { ${MEETING_FIELDS} } }`, { id });
  expect(data.meetings, id).toHaveLength(1);
  const m = data.meetings[0]!;
  return { ...m, items: agendaOrder(m.items) };
}

const names = (people: { name: string }[]) => people.map((p) => p.name).sort((a, b) => a.localeCompare(b, "sv"));
const positionTypes = (item: Item) => [...item.positions].sort((a, b) => (a.order ?? 0) - (b.order ?? 0)).map((p) => p.positionType);
/** The numbering as written in the notes (numbered agendas carry it as `label`, e.g. "1a"). */
const agendaLabel = (i: Item) => i.label ?? String(i.order);

describe("SRO 2025-01-30 (mötesanteckning)", () => {
  it("is a held, in-person SRO meeting 13:00–15:00 at Nils Ericsonsplatsen 4, after the meeting of 2024-11-21", async () => {
    const m = await meeting("meeting:sro-2025-01-30");
    expect(m).toMatchObject({ kind: "REGULAR", status: "HELD", month: "2025-01", date: "2025-01-30", startTime: "13:00", endTime: "15:00", format: "IN_PERSON" });
    expect(m.location).toContain("Nils Ericsonsplatsen 4, Göteborg");
    expect(ids(m.forum)).toEqual(["forum:sro"]);
    expect(ids(m.previousMeeting)).toEqual(["meeting:sro-2024-11-21"]);
  });

  it("has its agenda in order, 1 (a, b) to 8", async () => {
    // The API's own sort (order, then label) gives the agenda order: the labels are "1", "1a", "1b", ...
    const sorted = await api.query<{ meetings: { items: { id: string }[] }[] }>(
      `{ meetings(where: { id: { eq: "meeting:sro-2025-01-30" } }) { items(sort: [{ order: ASC }, { label: ASC }]) { id } } }`,
    );
    expect(sorted.meetings[0]!.items.map((i) => i.id.replace("item:sro-2025-01-30-", ""))).toEqual(["01", "01a", "01b", "02", "03", "04", "04b", "05", "06", "07", "08"]);
    const m = await meeting("meeting:sro-2025-01-30");
    expect(m.items.map((i) => [agendaLabel(i), i.name])).toEqual([
      ["1", "Mötets öppnande"],
      ["1a", "Närvaro/frånvaro"],
      ["1b", "Övriga frågor"],
      ["2", "Godkännande av dagens agenda"],
      ["3", "Föregående mötesanteckning"],
      ["4", "Nytt Hälso- och sjukvårdsavtal med tillhörande överenskommelser"],
      ["4b", "Rapport från referensgruppen"],
      ["5", "Partsgemensamt utvecklingsarbete"],
      ["6", "Aktuell information om vårdinformationsmiljö"],
      ["7", "Studiebesök Jönköping"],
      ["8", "Övrig information utan föredragning"],
    ]);
  });

  it("has presenters (föredragande) and time slots on items 4 to 7", async () => {
    const m = await meeting("meeting:sro-2025-01-30");
    const byLabel = Object.fromEntries(m.items.map((i) => [agendaLabel(i), i]));
    expect(Object.fromEntries(m.items.filter((i) => i.presenters.length).map((i) => [agendaLabel(i), names(i.presenters)]))).toEqual({
      "4": ["Jenny Nilsson", "Malin Swärd"],
      "4b": ["Jeanette Olsson", "Marina Johansson"],
      "5": ["Jenny Nilsson", "Malin Swärd"],
      "6": ["Karin Looström Muth", "Kristina Lännergren"],
      "7": ["Helén Eliasson", "Marina Johansson"],
    });
    expect(byLabel["4"]).toMatchObject({ minutesAllotted: 35, startTime: "13:05", endTime: "13:40" });
    expect(byLabel["4b"]).toMatchObject({ minutesAllotted: 15, startTime: "13:40", endTime: "13:55" });
    expect(byLabel["5"]).toMatchObject({ minutesAllotted: 5, startTime: "14:35", endTime: "14:40" });
    expect(byLabel["6"]).toMatchObject({ minutesAllotted: 10, startTime: "14:40", endTime: "14:50" });
    expect(byLabel["7"]).toMatchObject({ minutesAllotted: 10, startTime: "14:50", endTime: "15:00" });
  });

  it("invited 26, of whom six were absent", async () => {
    const m = await meeting("meeting:sro-2025-01-30");
    expect(m.invited).toHaveLength(26);
    expect(names(m.absent)).toEqual(["Bengt Hilmersson", "Carina Örgård", "Kristofer Svensson", "Lars Holmin", "Theres Sahlström", "Ulf Olsson"]);
  });

  it("sent the new Hälso- och sjukvårdsavtal and four överenskommelser on referral, endorsed the adjustments and noted the information (item 4)", async () => {
    const data = await api.query<{ positions: { id: string; positionType: string; wording: string; decidedOn: string; takenBy: { id: string }[]; concerns: { id: string }[] }[] }>(
      `{ positions(where: { agendaItem: { some: { id: { eq: "item:sro-2025-01-30-04" } } } }, sort: [{ order: ASC }]) { id positionType wording decidedOn takenBy { id } concerns { id } } }`,
    );
    expect(data.positions.map((p) => p.positionType)).toEqual(["SENT_ON_REFERRAL", "ENDORSED", "NOTED_INFORMATION"]);
    const [referral, adjustments] = data.positions;
    expect(referral!.wording).toContain("ställer sig bakom att skicka ut förslag till nytt hälso- och sjukvårdsavtal samt de fyra lagstadgade överenskommelserna på remiss");
    expect(referral!.wording).toContain("senast kl. 12.00 den 19 juni 2025");
    expect(referral!.decidedOn).toBe("2025-01-30");
    expect(ids(referral!.takenBy)).toEqual(["forum:sro"]);
    expect(ids(referral!.concerns)).toEqual(expect.arrayContaining([
      "doc:hos-avtal-2025",
      "doc:ok-betalningsansvar-in-utskrivning-2025",
      "doc:ok-lakaransvar-kommunal-primarvard-2025",
      "doc:ok-munhalsa-2025",
      "doc:ok-psykisk-funktionsnedsattning-2025",
    ]));
    expect(adjustments!.wording).toContain("justeringar i remissversioner");
  });

  it("gave VGR and VästKom the task of joint patient-safety work, first report 6 March 2025 (item 5)", async () => {
    const m = await meeting("meeting:sro-2025-01-30");
    const item5 = m.items.find((i) => agendaLabel(i) === "5")!;
    expect(positionTypes(item5)).toEqual(["ASSIGNED_TASK"]);
    const data = await api.query<{ positions: { assigns: { id: string; carriedOutBy: { id: string }[]; milestones: { date: string; kind: string }[] }[] }[] }>(
      `query($id: ID!) { positions(where: { id: { eq: $id } }) { assigns { id carriedOutBy { id } milestones { date kind } } } }`,
      { id: item5.positions[0]!.id },
    );
    const project = data.positions[0]!.assigns[0]!;
    expect(project.id).toBe("project:partsgemensamt-utvecklingsarbete-patientsakerhet");
    expect(ids(project.carriedOutBy)).toEqual(["org:vastkom", "org:vgr"]);
    expect(project.milestones).toContainEqual({ date: "2025-03-06", kind: "REPORT_DUE" });
  });

  it("was chaired by Helén Eliasson (VGR) with Marina Johansson (Göteborgsregionen) as vice chair", async () => {
    const data = await api.query<{ memberships: { role: string; asOf: string; holders: { name: string }[]; represents: { id: string }[] }[] }>(
      `{ memberships(where: { role: { in: [CHAIR, VICE_CHAIR] }, body: { some: { id: { eq: "forum:sro" } } } }) { role asOf holders { name } represents { id } } }`,
    );
    const byRole = Object.fromEntries(data.memberships.map((r) => [r.role, r]));
    expect(byRole.CHAIR).toEqual({ role: "CHAIR", asOf: "2025-01-30", holders: [{ name: "Helén Eliasson" }], represents: [{ id: "org:vgr" }] });
    expect(byRole.VICE_CHAIR).toEqual({ role: "VICE_CHAIR", asOf: "2025-01-30", holders: [{ name: "Marina Johansson" }], represents: [{ id: "org:goteborgsregionen" }] });
  });
});

describe("VVG 2022-06-08 (mötesanteckning)", () => {
  it("is a digital VVG meeting (Teams) 13:00–15:00", async () => {
    const m = await meeting("meeting:vvg-2022-06-08");
    expect(m).toMatchObject({ status: "HELD", date: "2022-06-08", month: "2022-06", startTime: "13:00", endTime: "15:00", location: "Teamsmöte", format: "DIGITAL" });
    expect(ids(m.forum)).toEqual(["forum:vvg"]);
  });

  it("lists seven invited and six absent", async () => {
    const m = await meeting("meeting:vvg-2022-06-08");
    expect(names(m.invited)).toEqual(["Annette Trenge Jarlshammar", "Brita Lindahl", "Carina Mannefred", "Catharina Sundström", "Ingela Sunneskär", "Lena Arvidsson", "Ulrika Söderlund"]);
    expect(names(m.absent)).toEqual(["Boubou Hallberg", "Katarina Andersson", "Maria Jonsson", "Nick Johansson", "Rose-Marie Nyborg", "Shuja-At Noormohamed"]);
  });

  it("has eleven numbered items (item 1 with a and b) in order, with presenters and allotted minutes", async () => {
    const m = await meeting("meeting:vvg-2022-06-08");
    expect(m.items.map(agendaLabel)).toEqual(["1", "1a", "1b", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]);
    const byLabel = Object.fromEntries(m.items.map((i) => [agendaLabel(i), i]));
    expect(byLabel["4"]!.name).toBe("Förslag till gemensam hantering av två statsbidrag riktade till regionen");
    expect(byLabel["9"]!.name).toBe("Dialog - metod för prioritering av länsgemensamma utvecklingsområden som ska resultera i en utvecklingsplan");
    expect(Object.fromEntries(m.items.filter((i) => i.presenters.length).map((i) => [agendaLabel(i), names(i.presenters)]))).toEqual({
      "4": ["Annette Trenge Jarlshammar", "Susanne Lidén"],
      "5": ["Lena Arvidsson", "Malin Swärd"],
      "6": ["Catharina Sundström", "Ulrika Söderlund"],
      "7": ["Brita Lindahl", "Catharina Sundström"],
      "8": ["Carina Mannefred", "Ingela Sunneskär"],
      "9": ["Anki Schutz", "Malin Swärd"],
    });
    expect(m.items.map((i) => i.minutesAllotted)).toEqual([null, null, null, null, null, 15, 10, 10, 10, 10, 30, null, null]);
  });

  it("took no position on the state grants, endorsed the riktlinje and the uppdragshandling, sent familjecentraler on referral", async () => {
    const m = await meeting("meeting:vvg-2022-06-08");
    expect(Object.fromEntries(m.items.map((i) => [agendaLabel(i), positionTypes(i)]))).toEqual({
      "1": [], "1a": [], "1b": [],
      "2": ["APPROVED_AGENDA_OR_MINUTES"],
      "3": ["APPROVED_AGENDA_OR_MINUTES"],
      "4": ["NO_POSITION", ...Array<string>(10).fill("INPUT")],
      "5": ["ENDORSED", "INPUT"],
      "6": ["ENDORSED"],
      "7": ["SENT_ON_REFERRAL", "INPUT"],
      "8": ["NOTED_INFORMATION", "INPUT"],
      "9": ["NOTED_INFORMATION", "INPUT"],
      "10": [], "11": [],
    });
    const item4 = m.items.find((i) => agendaLabel(i) === "4")!;
    const noPosition = item4.positions.find((p) => p.positionType === "NO_POSITION")!;
    // The whole wording, with what follows from it.
    expect(noPosition.wording).toBe("Inget ställningstagande av VVG till förslaget. Vidare samtal kommer att föras mellan ordförande och vice ordförande.");
    expect(ids(noPosition.takenBy)).toEqual(["forum:vvg"]);
  });

  it("keeps VVG's medskick on the state grants as the notes give them: ten bullets, each a fact with its own quote", async () => {
    const item = (await api.query<{ agendaItems: { positions: { order: number; positionType: string; wording: string; takenBy: { id: string }[]; sources: { quote: string; document: { id: string } }[] }[] }[] }>(
      `{ agendaItems(where: { id: { eq: "item:vvg-2022-06-08-04" } }) { positions(where: { positionType: { eq: INPUT } }, sort: [{ order: ASC }]) { order positionType wording takenBy { id } sources { quote document { id } } } } }`,
    )).agendaItems[0]!;
    // The bullets under "Medskick från VVG:" in the notes, in their order.
    const notes = readFileSync(join(seedPaths.sourcesDir, "seeds", DOC.vvg2022), "utf8");
    const block = notes.slice(notes.indexOf("Medskick från VVG:"), notes.indexOf("Ställningstagande: Inget ställningstagande"));
    const bullets = block.split("\n").filter((l) => l.startsWith("·")).map((l) => l.replace(/^·\s*/, "").replace(/\s+/g, " ").trim());
    expect(bullets).toHaveLength(10);
    expect(item.positions.map((p) => p.wording)).toEqual(bullets);
    for (const p of item.positions) {
      expect(ids(p.takenBy)).toEqual(["forum:vvg"]);
      expect(p.sources.some((s) => s.document.id === DOC.vvg2022 && s.quote === p.wording), p.wording).toBe(true);
    }
  });

  it("planned a start-up meeting on 8 September 09:00–11:00 (year inferred)", async () => {
    const m = await meeting("meeting:vvg-2022-06-08");
    expect(ids(m.nextMeeting)).toEqual(["meeting:vvg-2022-09-08"]);
    const next = await meeting("meeting:vvg-2022-09-08");
    expect(next).toMatchObject({ status: "PLANNED", date: "2022-09-08", startTime: "09:00", endTime: "11:00", inferred: true });
  });
});

describe("SRO 2021-05-21 (sammanställning)", () => {
  it("had five agenda items in order, with presenters and positions", async () => {
    const m = await meeting("meeting:sro-2021-05-21");
    expect(m).toMatchObject({ status: "HELD", date: "2021-05-21" });
    expect(ids(m.forum)).toEqual(["forum:sro"]);
    expect(m.items.map((i) => [i.order, i.name, names(i.presenters), positionTypes(i)])).toEqual([
      [1, "Nära Vård", ["Ann-Marie Svensson", "Jeanette Andersson"], ["NOTED_INFORMATION", "INPUT"]],
      [2, "Kvinnofrids-satsning, rekvirering av medel", ["Charlotta Wilhelmsson"], ["ENDORSED", "ENDORSED"]],
      [3, "SRO september: Remiss hälso- och sjukvårdsavtalet", ["Ann-Marie Svensson", "Jeanette Andersson"], ["NOTED_INFORMATION"]],
      [4, "Lägesrapport samverkansfrågor Covid-19", ["Jan Kilhamn", "Thomas Wahlberg"], ["NOTED_INFORMATION"]],
      [5, "Information ut från mötet", ["Josefin Lantz"], ["NOTED_INFORMATION"]],
    ]);
  });
});

describe("SRO 2022 (Ärenden 2022: one meeting per month of positions)", () => {
  const NOTED = "NOTED_INFORMATION";
  const ENDORSED = "ENDORSED";
  const RECOMMENDED = "RECOMMENDED_HUVUDMAN_DECISION";

  it.each([
    ["meeting:sro-2022-01", "REGULAR", "HELD", [[NOTED], [ENDORSED], [NOTED], [ENDORSED], [ENDORSED]]],
    ["meeting:sro-2022-02", "REGULAR", "HELD", [[NOTED], [ENDORSED], [RECOMMENDED], [RECOMMENDED], [NOTED]]],
    ["meeting:sro-2022-04", "REGULAR", "HELD", [[NOTED], [NOTED], ["EXTENDED"], [ENDORSED], [NOTED], ["EXTENDED", "REFERRED_TO_HUVUDMAN"], [RECOMMENDED]]],
    ["meeting:sro-2022-06-30", "REGULAR", "CANCELLED", [["SENT_ON_REFERRAL"]]],
    ["meeting:sro-2022-09-29", "EXTRA", "HELD", [[NOTED], [NOTED], ["ASSIGNED_TASK"]]],
    ["meeting:sro-presidium-2022-10-03", "PRESIDIUM", "HELD", [["ASSIGNED_TASK"]]],
    ["meeting:sro-2022-10", "REGULAR", "HELD", [[NOTED], [NOTED], [RECOMMENDED], [NOTED]]],
    ["meeting:sro-2022-12", "REGULAR", "HELD", [[NOTED], ["EXTENDED"], [NOTED], [NOTED], [ENDORSED]]],
  ])("%s (%s, %s) has the positions of the year review, item by item", async (id, kind, status, expected) => {
    const m = await meeting(id);
    expect(m).toMatchObject({ kind, status });
    expect(m.items.map(positionTypes)).toEqual(expected);
  });

  it("the meeting of 30 June was cancelled and its one item decided by the presidium", async () => {
    const m = await meeting("meeting:sro-2022-06-30");
    expect(m.date).toBe("2022-06-30");
    expect(m.items).toHaveLength(1);
    expect(m.items[0]!.name).toBe("Remissutskick Samverkansavtal för familjecentraler och familjecentralsliknande verksamheter i Västra Götaland");
    expect(ids(m.items[0]!.positions[0]!.takenBy)).toEqual(["forum:sro-presidium"]);
  });

  it("in February SRO recommended each huvudman (VGR and the 49 municipalities) to adopt the revised HoS-avtal", async () => {
    const data = await api.query<{ positions: { wording: string; recommends: { id: string; kind: string }[]; concerns: { id: string }[] }[] }>(
      `{ positions(where: { id: { eq: "position:sro-2022-02-04-1" } }) { wording recommends { id kind } concerns { id } } }`,
    );
    const p = data.positions[0]!;
    expect(p.wording).toBe("SRO ställer sig bakom förslaget och rekommenderar respektive huvudman att besluta i enlighet med förslaget.");
    expect(p.recommends).toHaveLength(50);
    expect(p.recommends.filter((o) => o.kind === "MUNICIPALITY")).toHaveLength(49);
    expect(ids(p.concerns)).toEqual(["doc:hos-avtal-revision-2022"]);
  });

  it("in December SRO endorsed extending the in/utskrivning överenskommelse to 2024-12-31", async () => {
    const data = await api.query<{ positions: { positionType: string; wording: string; decidedInMonth: string; concerns: { id: string }[] }[] }>(
      `{ positions(where: { id: { eq: "position:sro-2022-12-02-1" } }) { positionType wording decidedInMonth concerns { id } } }`,
    );
    expect(data.positions[0]).toEqual({
      positionType: "EXTENDED",
      wording: "SRO ställer sig bakom förlängning av överenskommelsen till och med 2024-12-31.",
      decidedInMonth: "2022-12",
      concerns: [{ id: "doc:ok-in-utskrivning" }],
    });
  });

  it("the digital-hjälpmedel referral draft in January was endorsed, not itself sent on referral", async () => {
    const data = await api.query<{ positions: { positionType: string; wording: string }[] }>(`{ positions(where: { id: { eq: "position:sro-2022-01-05-1" } }) { positionType wording } }`);
    expect(data.positions[0]).toEqual({ positionType: "ENDORSED", wording: "SRO ställer sig bakom remissförslag på samverkansavtal kring digitala hjälpmedel." });
  });

  it("all positions of the year review are sourced from the year review", async () => {
    const data = await api.query<{ positions: { id: string; sourceDocuments: string[] }[] }>(`{ positions(where: { decidedInMonth: { startsWith: "2022-" } }) { id sourceDocuments } }`);
    expect(data.positions).toHaveLength(32); // 5 + 5 + 8 + 1 + 3 + 1 + 4 + 5
    for (const p of data.positions) expect(p.sourceDocuments, p.id).toContain(DOC.review2022);
  });
});

describe("every meeting in the seed graph is served as the seed files define it", () => {
  const meetings = seedEntities("Meeting");
  // 16 held or cancelled and 7 planned: VVG's of 2022-09-08, and SRO's of September 2021 and the five
  // of the year plan 2025.
  it("there are 23 meetings, 7 of them planned", () => {
    expect(meetings).toHaveLength(23);
    expect(meetings.filter((m) => m.properties.status === "PLANNED")).toHaveLength(7);
  });

  it.each(meetings.map((m) => [m.id, m] as const))("%s: forum, kind, status, date and agenda", async (id, seed) => {
    const m = await meeting(id);
    const p = seed.properties;
    expect(m).toMatchObject({ name: p.name, kind: p.kind, status: p.status, month: p.month, date: p.date ?? null, startTime: p.startTime ?? null, endTime: p.endTime ?? null });
    expect(ids(m.forum)).toEqual(seedRelations("OF_FORUM", { from: id }).map((r) => r.to).sort());
    expect(m.forum).toHaveLength(1);
    expect(m.month).toMatch(/^\d{4}-\d{2}$/);
    if (m.date) expect(m.date.slice(0, 7)).toBe(m.month);

    const seedItems = seedRelations("HAS_ITEM", { from: id }).map((r) => seedEntities("AgendaItem").find((e) => e.id === r.to)!);
    const expectedOrder = agendaOrder(seedItems.map((e) => ({ id: e.id, order: e.properties.order as number, label: (e.properties.label as string | undefined) ?? null })));
    expect(m.items.map((i) => i.id)).toEqual(expectedOrder.map((i) => i.id));
    for (const item of m.items) {
      expect(ids(item.presenters), item.id).toEqual(seedRelations("PRESENTED_BY", { from: item.id }).map((r) => r.to).sort());
      expect(ids(item.positions), item.id).toEqual(seedRelations("RESULTED_IN", { from: item.id }).map((r) => r.to).sort());
      for (const position of item.positions) expect(position.takenBy.length, position.id).toBeGreaterThan(0);
    }
    expect(ids(m.invited)).toEqual(seedRelations("INVITED_TO", { to: id }).map((r) => r.from).sort());
    expect(ids(m.absent)).toEqual(seedRelations("ABSENT_FROM", { to: id }).map((r) => r.from).sort());
  });
});

describe("website-friendly meetings: status, date precision, sort key, single-valued links", () => {
  interface Row {
    id: string;
    status: string;
    date: string | null;
    month: string;
    datePrecision: string;
    sortKey: string;
    forum: { id: string }[];
    primaryForum: { id: string } | null;
    items: { id: string; primaryMeeting: { id: string } | null }[];
  }
  const FIELDS = `id status date month datePrecision sortKey forum { id } primaryForum { id }
    items { id primaryMeeting { id } }`;

  it("serves the planned SRO meeting of September 2021 as a Meeting with status PLANNED and its agenda item", async () => {
    const m = await meeting("meeting:sro-2021-09");
    expect(m).toMatchObject({ status: "PLANNED", month: "2021-09", date: null });
    expect(ids(m.forum)).toEqual(["forum:sro"]);
    expect(m.items.map((i) => i.id)).toEqual(["item:sro-2021-09-remiss-hos-avtal"]);
    const old = await api.query<{ milestones: unknown[] }>(`{ milestones(where: { id: { eq: "milestone:sro-2021-09-remiss-hos-avtal" } }) { id } }`);
    expect(old.milestones).toEqual([]);
  });

  it("serves SRO's year plan 2025 as five PLANNED meetings with their planned items, quoting the year plan", async () => {
    const planned = {
      "meeting:sro-2025-03-06": ["vardinformationsmiljo", "fardplan-uppfoljning", "psykisk-halsa-statsbidrag", "hos-processen"],
      "meeting:sro-2025-04-24": ["forstudie-delrapport", "hos-processen", "hjalpmedelsforsorjning"],
      "meeting:sro-2025-08-21": ["forstudie-slutrapport", "hos-processen"],
      "meeting:sro-2025-09-01": ["hos-processen"],
      "meeting:sro-2025-10-16": ["hjalpmedelsforsorjning"],
    };
    for (const [id, slugs] of Object.entries(planned)) {
      const date = id.slice("meeting:sro-".length);
      const m = await meeting(id);
      expect(m, id).toMatchObject({ status: "PLANNED", kind: "REGULAR", date, month: date.slice(0, 7) });
      expect(ids(m.forum), id).toEqual(["forum:sro"]);
      expect(m.items.map((i) => i.id), id).toEqual(slugs.map((s) => `item:sro-${date}-${s}`));
      // Nothing has been said at a meeting still to come.
      expect(m.items.flatMap((i) => i.positions), id).toEqual([]);
    }
    const data = await api.query<{ meetings: { id: string; sources: { quote: string }[] }[]; milestones: unknown[] }>(
      `{ meetings(where: { id: { in: ${JSON.stringify(Object.keys(planned))} } }) { id sources { quote } }
         milestones(where: { id: { startsWith: "milestone:sro-arshjul-2025" } }) { id } }`,
    );
    for (const m of data.meetings) expect(m.sources.map((s) => s.quote), m.id).toContain("Årshjul 2025:");
    expect(data.milestones).toEqual([]);
    // The item of 30 January that presents the year plan points at the planned meetings.
    expect(seedRelations("CONCERNS", { from: "item:sro-2025-01-30-08" }).map((r) => r.to)).toEqual(expect.arrayContaining(Object.keys(planned)));
  });

  it("gives every meeting a precision and a sort key that puts month-only meetings among their months", async () => {
    const data = await api.query<{ meetings: Row[] }>(`{ meetings(sort: [{ sortKey: ASC }, { id: ASC }]) { ${FIELDS} } }`);
    expect(data.meetings.length).toBeGreaterThanOrEqual(18);
    for (const m of data.meetings) {
      expect(m.datePrecision, m.id).toBe(m.date ? "DAY" : "MONTH");
      expect(m.sortKey, m.id).toBe(m.date ?? m.month);
    }
    const order = data.meetings.map((m) => m.id);
    // The month-only planned meeting sorts after May 2021 and before 2022, not first.
    expect(order.indexOf("meeting:sro-2021-09")).toBeGreaterThan(order.indexOf("meeting:sro-2021-05-21"));
    expect(order.indexOf("meeting:sro-2021-09")).toBeLessThan(order.indexOf("meeting:vvg-2022-06-08"));
    const keys = data.meetings.map((m) => m.sortKey);
    expect(keys).toEqual([...keys].sort());
  });

  // A position may come out of two items (4 and 4b), so Position.agendaItem stays a list only.
  it("offers the one forum and the one meeting as single values equal to the lists", async () => {
    const data = await api.query<{ meetings: Row[] }>(`{ meetings { ${FIELDS} } }`);
    for (const m of data.meetings) {
      expect(m.primaryForum?.id ?? null, m.id).toBe(m.forum[0]?.id ?? null);
      for (const item of m.items) {
        expect(item.primaryMeeting?.id, item.id).toBe(m.id);
      }
    }
  });
});
