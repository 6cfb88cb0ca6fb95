/** Money: grants, joint funds and initiatives, and the steps of their flow. */
import { describe, expect, it } from "vitest";
import { DOC, type EdgeFact, ids, seedEntities, seedRelations, useApi } from "./harness.js";

const api = useApi();

interface Flow {
  id: string;
  name: string;
  kind: string;
  status: string;
  order: number;
  distributionKey: string | null;
  flowsFrom: { id: string }[];
  flowsTo: { id: string }[];
  authorisedBy: { id: string; positionType: string; wording: string }[];
  previousStep: { id: string }[];
  flowsFromConnection: { edges: EdgeFact[] };
}
interface Fund {
  id: string;
  name: string;
  kind: string;
  amountSek: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  grantedBy: { id: string }[];
  directedTo: { id: string }[];
  continues: { id: string }[];
  grantedByConnection: { edges: EdgeFact[] };
  concernedBy: { id: string; positionType?: string; decidedOn?: string | null; decidedInMonth?: string | null; wording?: string; takenBy?: { id: string }[]; agendaItem?: { meeting: { id: string; date: string | null }[] }[] }[];
  flows: Flow[];
}

const SRC = `sources { quote document { id } }`;
const FUND_FIELDS = `id name kind amountSek periodStart periodEnd grantedBy { id } directedTo { id } continues { id }
  grantedByConnection { edges { node { id } properties { inferred because ${SRC} } } }
  concernedBy { id ... on Position { positionType decidedOn decidedInMonth wording takenBy { id } agendaItem { meeting { id date } } } }
  flows { id name kind status order distributionKey flowsFrom { id } flowsTo { id } authorisedBy { id positionType wording } previousStep { id }
    flowsFromConnection { edges { node { id } properties { inferred because ${SRC} } } } }`;

async function fund(id: string): Promise<Fund> {
  const data = await api.query<{ funds: Fund[] }>(`query($id: ID!) { funds(where: { id: { eq: $id } }) { ${FUND_FIELDS} } }`, { id });
  expect(data.funds, id).toHaveLength(1);
  const f = data.funds[0]!;
  return { ...f, flows: [...f.flows].sort((a, b) => a.order - b.order) };
}

describe("the two state grants directed to the region (VVG 2022-06-08)", () => {
  it.each([
    ["fund:statsbidrag-lakarkompetens-aldreomsorg", "Statsbidrag för utökad läkarkompetens i äldreomsorgen", 49_000_000],
    ["fund:statsbidrag-vardplatser", "Statsbidrag för att öka antalet vårdplatser", 70_000_000],
  ])("%s: %s, %d SEK, directed to VGR, granted by the state (inferred)", async (id, name, amount) => {
    const f = await fund(id);
    expect(f).toMatchObject({ name, kind: "STATE_GRANT", amountSek: amount });
    expect(ids(f.directedTo)).toEqual(["org:vgr"]);
    expect(f.grantedByConnection.edges).toEqual([expect.objectContaining({ node: { id: "org:staten" }, properties: expect.objectContaining({ inferred: true }) })]);
  });

  it.each(["fund:statsbidrag-lakarkompetens-aldreomsorg", "fund:statsbidrag-vardplatser"])(
    "%s was handled by VVG on 2022-06-08 without a position (NO_POSITION)",
    async (id) => {
      const f = await fund(id);
      const positions = f.concernedBy.filter((c) => c.positionType);
      expect(positions).toHaveLength(1);
      expect(positions[0]).toMatchObject({
        id: "position:vvg-2022-06-08-04-1",
        positionType: "NO_POSITION",
        decidedOn: "2022-06-08",
        // The notes' whole sentence: no position, and the talks that follow.
        wording: "Inget ställningstagande av VVG till förslaget. Vidare samtal kommer att föras mellan ordförande och vice ordförande.",
        takenBy: [{ id: "forum:vvg" }],
        agendaItem: [{ meeting: [{ id: "meeting:vvg-2022-06-08", date: "2022-06-08" }] }],
      });
      expect(ids(f.concernedBy)).toContain("item:vvg-2022-06-08-04");
    },
  );

  it("VGR's proposal has six proposed uses, none authorised, paid by VGR (inferred)", async () => {
    const f = await fund("fund:statsbidrag-vardplatser");
    expect(f.flows.map((s) => [s.order, s.kind, s.status])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, "PROPOSED_USE", "PROPOSED"]));
    expect(f.flows.map((s) => s.flowsTo.map((t) => t.id))).toEqual([
      ["topic:mellanplatser"],
      ["topic:omvardnadsplatser-direktinlaggning"],
      ["topic:hemsjukhuset-borgholmsmodellen"],
      ["topic:virtuella-vardplatser"],
      ["topic:kommunskoterskor-beslutsstod"],
      ["topic:samordningsfunktion-vardcentral"],
    ]);
    for (const s of f.flows) {
      expect(s.authorisedBy, s.id).toEqual([]);
      expect(s.flowsFromConnection.edges, s.id).toEqual([expect.objectContaining({ node: { id: "org:vgr" }, properties: expect.objectContaining({ inferred: true }) })]);
    }
    expect(ids((await fund("fund:statsbidrag-lakarkompetens-aldreomsorg")).flows)).toEqual(ids(f.flows));
  });
});

describe("länsgemensamma medel 2022 (SRO year review)", () => {
  it("VästKom requisitions the 2022 funds for psykisk hälsa (SRO, February 2022), allocated to four areas", async () => {
    const f = await fund("fund:lansgemensamma-medel-psykisk-halsa-2022");
    expect(f).toMatchObject({ kind: "JOINT_COUNTY_FUNDS", amountSek: null });
    const [requisition, allocation] = f.flows;
    expect(requisition).toMatchObject({ order: 1, kind: "REQUISITION", status: "ENDORSED", flowsTo: [{ id: "org:vastkom" }] });
    expect(requisition!.authorisedBy).toEqual([
      { id: "position:sro-2022-02-02-1", positionType: "ENDORSED", wording: "SRO ställer sig bakom förslaget samt att länsgemensamma medel rekvireras av VästKom" },
    ]);
    expect(allocation).toMatchObject({ order: 2, kind: "ALLOCATION", status: "ENDORSED", previousStep: [{ id: requisition!.id }] });
    expect(ids(allocation!.flowsTo)).toEqual(["topic:brukarmedverkan", "topic:sammanhallen-vard", "topic:samsjuklighet", "topic:suicidprevention"]);
    const position = f.concernedBy.find((c) => c.positionType)!;
    expect(position).toMatchObject({ decidedInMonth: "2022-02", takenBy: [{ id: "forum:sro" }] });
  });

  it("VGR requisitions the 2022 funds for ungdomsmottagningarna, distributed by population (SRO, April 2022)", async () => {
    const f = await fund("fund:lansgemensamma-medel-ungdomsmottagningar-2022");
    const [requisition, distribution] = f.flows;
    expect(requisition).toMatchObject({ kind: "REQUISITION", flowsTo: [{ id: "org:vgr" }] });
    expect(requisition!.authorisedBy.map((p) => p.wording)).toEqual(["SRO ställer sig bakom förslaget till fördelning samt att medlen rekvireras av VGR"]);
    expect(distribution).toMatchObject({ kind: "DISTRIBUTION_KEY", flowsTo: [{ id: "topic:ungdomsmottagningar" }] });
    expect(distribution!.distributionKey).toContain("invånarantal");
  });
});

describe("SKR:s kvinnofridssatsning (SRO 2021-05-21)", () => {
  it("2021–2023 is SKR's initiative, a continuation of 2018–2020; VästKom requisitions the money from SKR", async () => {
    const f = await fund("fund:skr-kvinnofridssatsning-2021-2023");
    expect(f).toMatchObject({ kind: "NATIONAL_INITIATIVE", periodStart: "2021-01-01", periodEnd: "2023-12-31" });
    expect(ids(f.grantedBy)).toEqual(["org:skr"]);
    expect(ids(f.continues)).toEqual(["fund:skr-kvinnofridssatsning-2018-2020"]);
    const [requisition, use] = f.flows;
    expect(requisition).toMatchObject({ kind: "REQUISITION", status: "ENDORSED", flowsFrom: [{ id: "org:skr" }], flowsTo: [{ id: "org:vastkom" }] });
    expect(ids(requisition!.authorisedBy)).toEqual(["position:sro-2021-05-21-02-2"]);
    expect(use).toMatchObject({ kind: "PROPOSED_USE", flowsTo: [{ id: "project:kvinnofridssatsning-vg-2021-2023" }] });
    const previous = await fund("fund:skr-kvinnofridssatsning-2018-2020");
    expect(previous).toMatchObject({ periodStart: "2018-01-01", periodEnd: "2020-12-31" });
  });
});

describe("every fund in the seed graph is served as the seed files define it", () => {
  const funds = seedEntities("Fund");
  it("there are six funds, two of them with an amount", () => {
    expect(funds).toHaveLength(6);
    expect(funds.filter((f) => f.properties.amountSek !== undefined).map((f) => f.properties.amountSek).sort()).toEqual([49_000_000, 70_000_000]);
  });

  it.each(funds.map((f) => [f.id, f] as const))("%s: kind, amount, grantor, recipient and flow steps", async (id, seed) => {
    const f = await fund(id);
    const p = seed.properties;
    expect(f).toMatchObject({ name: p.name, kind: p.kind, amountSek: p.amountSek ?? null, periodStart: p.periodStart ?? null, periodEnd: p.periodEnd ?? null });
    expect(ids(f.grantedBy)).toEqual(seedRelations("GRANTED_BY", { from: id }).map((r) => r.to).sort());
    expect(ids(f.directedTo)).toEqual(seedRelations("DIRECTED_TO", { from: id }).map((r) => r.to).sort());
    const seedFlows = seedRelations("OF_FUND", { to: id }).map((r) => seedEntities("FundFlow").find((e) => e.id === r.from)!);
    expect(f.flows.map((s) => [s.id, s.order, s.kind])).toEqual(
      seedFlows.sort((a, b) => (a.properties.order as number) - (b.properties.order as number)).map((e) => [e.id, e.properties.order, e.properties.kind]),
    );
    for (const s of f.flows) {
      expect(s.flowsTo.length, `${s.id} goes somewhere`).toBeGreaterThan(0);
      expect(ids(s.flowsTo), s.id).toEqual(seedRelations("FLOWS_TO", { from: s.id }).map((r) => r.to).sort());
      expect(ids(s.flowsFrom), s.id).toEqual(seedRelations("FLOWS_FROM", { from: s.id }).map((r) => r.to).sort());
    }
  });
});

it("fund sources cite the documents that name them", async () => {
  const data = await api.query<{ funds: { id: string; sourceDocuments: string[] }[] }>(`{ funds { id sourceDocuments } }`);
  const docs = Object.fromEntries(data.funds.map((f) => [f.id, f.sourceDocuments]));
  expect(docs["fund:statsbidrag-vardplatser"]).toEqual([DOC.vvg2022]);
  expect(docs["fund:lansgemensamma-medel-psykisk-halsa-2022"]).toEqual([DOC.review2022]);
  expect(docs["fund:skr-kvinnofridssatsning-2021-2023"]).toEqual(expect.arrayContaining([DOC.sro2021]));
});
