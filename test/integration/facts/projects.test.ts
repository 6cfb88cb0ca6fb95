/** Projects and assignments: who commissioned them, who steers and does the work, what they produce. */
import { describe, expect, it } from "vitest";
import { ids, seedEntities, seedRelations, useApi } from "./harness.js";

const api = useApi();

interface Project {
  id: string;
  name: string;
  kind: string;
  status: string | null;
  start: string | null;
  end: string | null;
  subprojects: { id: string; name: string }[];
  subprojectOf: { id: string }[];
  commissionedBy: { id: string }[];
  steeredBy: { id: string }[];
  preparedBy: { id: string }[];
  advisedBy: { id: string }[];
  carriedOutBy: { id: string }[];
  reportsTo: { id: string }[];
  produces: { id: string }[];
  coordinatesWith: { id: string }[];
  assignedBy: { id: string; positionType: string; decidedOn: string | null; decidedInMonth: string | null; takenBy: { id: string }[] }[];
  assignedByConnection: { edges: { node: { id: string; positionType: string }; properties: { inferred: boolean; because: string | null } }[] };
  roles: { role: string; shareOfTimePercent: number | null; holders: { name: string }[] }[];
  milestones: { kind: string; date: string; endDate: string | null; precision: string }[];
}

const PROJECT_FIELDS = `id name kind status start end subprojects { id name } subprojectOf { id } commissionedBy { id } steeredBy { id } preparedBy { id }
  advisedBy { id } carriedOutBy { id } reportsTo { id } produces { id } coordinatesWith { id }
  assignedBy { id positionType decidedOn decidedInMonth takenBy { id } }
  assignedByConnection { edges { node { id positionType } properties { inferred because } } }
  roles { role shareOfTimePercent holders { name } } milestones { kind date endDate precision }`;

async function project(id: string): Promise<Project> {
  const data = await api.query<{ projects: Project[] }>(`query($id: ID!) { projects(where: { id: { eq: $id } }) { ${PROJECT_FIELDS} } }`, { id });
  expect(data.projects, id).toHaveLength(1);
  return data.projects[0]!;
}

describe("the 2020 commission to revise the Hälso- och sjukvårdsavtal (uppdragshandling)", () => {
  it("is a main project with four subprojects, commissioned by SRO, steered by VVG, prepared by a beredningsgrupp", async () => {
    const p = await project("project:hos-revision");
    expect(p).toMatchObject({ kind: "MAIN_PROJECT", start: "2020-10-01", end: "2022-01-31" });
    expect(p.subprojects.map((s) => s.name).sort()).toEqual([
      "Delprojekt 1: Ansvar och samverkan specialiserad hälso- och sjukvård i hemmet",
      "Delprojekt 2: Läkarmedverkan i kommunal hälso- och sjukvård",
      "Delprojekt 3: Överenskommelse samverkan kring personer med psykisk funktionsnedsättning och personer med missbruk av alkohol, droger och spel om pengar",
      "Delprojekt 4: Överenskommelse samt riktlinje: Samverkan vid in- och utskrivning från slutna hälso- och sjukvård",
    ]);
    expect(ids(p.commissionedBy)).toEqual(["forum:sro"]);
    expect(ids(p.steeredBy)).toEqual(["forum:vvg"]);
    expect(ids(p.preparedBy)).toEqual(["forum:beredningsgrupp-hos-revision"]);
    expect(ids(p.reportsTo)).toEqual(["forum:sro", "forum:vvg"]);
    expect(ids(p.produces)).toEqual(expect.arrayContaining(["doc:hos-avtal-revision-2022"]));
  });

  it("has the time plan October 2020 – January 2022", async () => {
    const p = await project("project:hos-revision");
    const plan = p.milestones.map((m) => [m.kind, m.date, m.endDate]).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(plan).toEqual(expect.arrayContaining([
      ["PHASE", "2020-10-01", "2021-03-31"],
      ["REFERRAL_WINDOW", "2021-04-01", "2021-06-30"],
      ["PLANNED_DECISION", "2021-09-01", null],
      ["PLANNED_DECISION", "2021-10-01", null],
      ["PLANNED_DECISION", "2021-11-01", "2022-01-31"],
    ]));
  });

  it("is led by Ami (Ann-Marie) Svensson, Rose-Marie Nyborg and Jeanette Andersson; process leaders at 100 % and 20 %", async () => {
    const p = await project("project:hos-revision");
    const overall = p.roles.filter((r) => r.role === "OVERALL_RESPONSIBLE").flatMap((r) => r.holders.map((h) => h.name)).sort();
    expect(overall).toEqual(["Ann-Marie Svensson", "Jeanette Andersson", "Rose-Marie Nyborg"]);
    expect(p.roles.filter((r) => r.role === "PROCESS_LEADER").map((r) => r.shareOfTimePercent)).toEqual([100, 100]);
    const dp3 = await project("project:hos-revision-dp3");
    expect(dp3.roles.filter((r) => r.role === "PROCESS_LEADER").map((r) => r.shareOfTimePercent)).toEqual([20, 20]);
  });

  it("was done in close collaboration with the Färdplan work, and took SOU 2020:19 into account", async () => {
    const p = await project("project:hos-revision");
    expect(ids(p.coordinatesWith)).toEqual(["doc:fardplan"]);
    const data = await api.query<{ projects: { references: { id: string }[] }[] }>(`{ projects(where: { id: { eq: "project:hos-revision" } }) { references { id } } }`);
    expect(ids(data.projects[0]!.references)).toEqual(expect.arrayContaining(["doc:sou-2020-19"]));
  });
});

describe("assignments given by SRO and its presidium", () => {
  it("the extra meeting of 29 September 2022 gave VästKom and VGR the task of proposing an extension of the in/utskrivning ÖK", async () => {
    const p = await project("project:forlangning-ok-in-utskrivning");
    expect(p).toMatchObject({ kind: "ASSIGNMENT", status: "COMPLETED" });
    expect(ids(p.commissionedBy)).toEqual(["forum:sro"]);
    expect(ids(p.carriedOutBy)).toEqual(["org:vastkom", "org:vgr"]);
    expect(p.assignedBy).toEqual([{ id: "position:sro-2022-09-29-03-1", positionType: "ASSIGNED_TASK", decidedOn: "2022-09-29", decidedInMonth: "2022-09", takenBy: [{ id: "forum:sro" }] }]);
  });

  it("the presidium gave VästKom the task 'Vad vill kommunerna?' on 3 October 2022", async () => {
    const p = await project("project:vad-vill-kommunerna");
    expect(p).toMatchObject({ kind: "ASSIGNMENT", status: "ONGOING" });
    expect(ids(p.commissionedBy)).toEqual(["forum:sro-presidium"]);
    expect(ids(p.carriedOutBy)).toEqual(["org:vastkom"]);
    expect(p.assignedBy.map((a) => [a.decidedOn, a.takenBy[0]!.id])).toEqual([["2022-10-03", "forum:sro-presidium"]]);
  });

  it("the new agreement's process (2025) produces the agreement and four överenskommelser, advised by the political reference group", async () => {
    const p = await project("project:nytt-hos-avtal-2025");
    expect(ids(p.produces)).toEqual([
      "doc:hos-avtal-2025",
      "doc:ok-betalningsansvar-in-utskrivning-2025",
      "doc:ok-lakaransvar-kommunal-primarvard-2025",
      "doc:ok-munhalsa-2025",
      "doc:ok-psykisk-funktionsnedsattning-2025",
    ]);
    expect(ids(p.advisedBy)).toEqual(["forum:politisk-referensgrupp-hos"]);
    expect(ids(p.carriedOutBy)).toEqual(expect.arrayContaining(["person:jenny-nilsson"]));
    expect(p.milestones).toContainEqual({ kind: "PLANNED_DECISION", date: "2025-09-01", endDate: null, precision: "DAY" });
    expect(ids(p.subprojects)).toEqual(["project:partsgemensamt-utvecklingsarbete-patientsakerhet"]);
  });

  it("SKR:s kvinnofridssatsning in the county is steered by a joint VGR–VästKom group with Länsstyrelsen adjunct", async () => {
    const p = await project("project:kvinnofridssatsning-vg-2021-2023");
    expect(ids(p.steeredBy)).toEqual(["forum:styrgrupp-kvinnofrid"]);
    expect(ids(p.coordinatesWith)).toEqual(["org:lansstyrelsen"]);
    const data = await api.query<{ forums: { composedOf: { id: string }[]; roles: { role: string; represents: { id: string }[] }[] }[] }>(
      `{ forums(where: { id: { eq: "forum:styrgrupp-kvinnofrid" } }) { composedOf { id } roles { role represents { id } } } }`,
    );
    expect(ids(data.forums[0]!.composedOf)).toEqual(["org:vastkom", "org:vgr"]);
    expect(data.forums[0]!.roles.find((r) => r.role === "ADJUNCT")!.represents).toEqual([{ id: "org:lansstyrelsen" }]);
  });
});

describe("every project in the seed graph is served as the seed files define it", () => {
  const projects = seedEntities("Project");
  it.each(projects.map((p) => [p.id, p] as const))("%s: kind, status, parent, commissioner", async (id, seed) => {
    const p = await project(id);
    expect(p).toMatchObject({ name: seed.properties.name, kind: seed.properties.kind, status: seed.properties.status ?? null });
    expect(ids(p.subprojectOf)).toEqual(seedRelations("SUBPROJECT_OF", { from: id }).map((r) => r.to).sort());
    expect(ids(p.commissionedBy)).toEqual(seedRelations("COMMISSIONED_BY", { from: id }).map((r) => r.to).sort());
    expect(ids(p.assignedBy)).toEqual(seedRelations("ASSIGNS", { to: id }).map((r) => r.from).sort());
    // A position that gives an assignment says so ("ger ... i uppdrag"); any other is only read as one.
    for (const edge of p.assignedByConnection.edges) {
      if (edge.node.positionType !== "ASSIGNED_TASK") expect(edge.properties, edge.node.id).toMatchObject({ inferred: true, because: expect.any(String) });
    }
  });
});

describe("topics named in several documents are one topic each", () => {
  interface T {
    id: string;
    name: string;
    aliases: string[] | null;
    sourceDocuments: string[];
    concernedBy: { id: string }[];
  }
  const topics = async (where: string) =>
    (await api.query<{ topics: T[] }>(`{ topics(where: ${where}) { id name aliases sourceDocuments concernedBy { id } } }`)).topics;

  it("SIP and patientkontrakt: one topic each, cited from the year review (Färdplan) and the VVG notes (slutrapport)", async () => {
    const sip = await topics(`{ name: { contains: "SIP" } }`);
    expect(ids(sip)).toEqual(["topic:sip"]);
    expect([...new Set(sip[0]!.sourceDocuments)].sort()).toEqual(["000_5e607b810c5b478a.txt", "002_8d4a43273a73bb64.txt"]);
    expect(ids(sip[0]!.concernedBy)).toEqual(expect.arrayContaining(["doc:fardplan", "doc:slutrapport-patientkontrakt-sip", "doc:riktlinje-sip"]));
    const kontrakt = await topics(`{ name: { contains: "atientkontrakt" } }`);
    expect(ids(kontrakt)).toEqual(["topic:patientkontrakt"]);
    expect(ids(kontrakt[0]!.concernedBy)).toEqual(expect.arrayContaining(["doc:fardplan", "doc:slutrapport-patientkontrakt-sip"]));
  });

  it("nära vård is one topic, also called god och nära vård", async () => {
    const nara = await topics(`{ name: { caseInsensitive: { contains: "nära vård" } } }`);
    expect(ids(nara)).toEqual(["topic:nara-vard", "topic:uppfoljning-och-analys-god-och-nara-vard"]);
    expect(nara.find((t) => t.id === "topic:nara-vard")!.aliases).toEqual(["god och nära vård"]);
  });

  it("psykisk hälsa and the 2025 statsbidrag item are distinct topics, linked through the year plan", async () => {
    const psykisk = await topics(`{ name: { contains: "sykisk hälsa" } }`);
    expect(ids(psykisk)).toEqual(["topic:nationell-satsning-psykisk-halsa", "topic:psykisk-halsa", "topic:psykisk-halsa-statsbidrag"]);
    const byId = Object.fromEntries(psykisk.map((t) => [t.id, t]));
    expect(ids(byId["topic:psykisk-halsa"]!.concernedBy)).toEqual(expect.arrayContaining(["doc:handlingsplan-psykisk-halsa", "item:sro-2025-03-06-psykisk-halsa-statsbidrag"]));
    expect(ids(byId["topic:psykisk-halsa-statsbidrag"]!.concernedBy)).toEqual(["item:sro-2025-03-06-psykisk-halsa-statsbidrag"]);
  });
});
