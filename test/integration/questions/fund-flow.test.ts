/**
 * 3. Fund flow: for a fund or an organisation, money from source to final use and back, each step
 * with amount, period, kind, the decision and meeting that authorised it, and sources; totals per
 * recipient and per source.
 */
import { describe, expect, it } from "vitest";
import { DOC, useAnalysisApi } from "./support.js";

const api = useAnalysisApi();

const PARTY = `to { id } inferred sources { quote document { id } }`;
const QUERY = `query($id: ID!) { fundFlow(id: $id) {
  subject { id type }
  funds {
    fund { id } amountSek periodStart periodEnd purpose subjectPays subjectReceives
    continuity { relation from { id } to { id } }
    decisions { position { id } date forum { id } meeting { id } }
    steps {
      id order kind status amountSek periodStart periodEnd distributionKey inferred
      from { ${PARTY} } to { ${PARTY} } follows { to { id } }
      authorisedBy { position { id } positionType wording date forum { id } meeting { id } agendaItem { id } link { inferred sources { quote document { id } } } }
      sources { quote }
    }
  }
  totalsByRecipient { party { id } amountSek movements movementsWithoutAmount }
  totalsBySource { party { id } amountSek movements movementsWithoutAmount }
} }`;

interface Party {
  to: { id: string };
  inferred: boolean;
  sources: { quote: string; document: { id: string } }[];
}
interface Trace {
  subject: { id: string; type: string };
  funds: {
    fund: { id: string };
    amountSek: number | null;
    periodStart: string | null;
    periodEnd: string | null;
    subjectPays: boolean | null;
    subjectReceives: boolean | null;
    continuity: { relation: string; from: { id: string }; to: { id: string } }[];
    decisions: { position: { id: string }; date: string | null; forum: { id: string } | null; meeting: { id: string } | null }[];
    steps: {
      id: string;
      order: number;
      kind: string;
      status: string | null;
      amountSek: number | null;
      distributionKey: string | null;
      inferred: boolean;
      from: Party[];
      to: Party[];
      follows: { to: { id: string } }[];
      authorisedBy: { position: { id: string }; positionType: string; wording: string; date: string; forum: { id: string }; meeting: { id: string }; agendaItem: { id: string }; link: { inferred: boolean; sources: { quote: string }[] } }[];
      sources: { quote: string }[];
    }[];
  }[];
  totalsByRecipient: { party: { id: string }; amountSek: number | null; movements: number; movementsWithoutAmount: number }[];
  totalsBySource: { party: { id: string }; amountSek: number | null; movements: number; movementsWithoutAmount: number }[];
}

async function trace(id: string): Promise<Trace> {
  return (await api.query<{ fundFlow: Trace }>(QUERY, { id })).fundFlow;
}

const line = (s: Trace["funds"][number]["steps"][number]) => `${s.order} ${s.kind} ${s.status ?? "-"} ${s.from.map((p) => p.to.id).join("+") || "?"} -> ${s.to.map((p) => p.to.id).join("+") || "?"} ${s.amountSek ?? "?"}`;

describe("fund flow", () => {
  it("SKR's kvinnofrid initiative: granted by SKR, requisitioned by VästKom (authorised by SRO 2021-05-21), used for the county's work", async () => {
    const t = await trace("fund:skr-kvinnofridssatsning-2021-2023");
    expect(t.subject).toEqual({ id: "fund:skr-kvinnofridssatsning-2021-2023", type: "Fund" });
    expect(t.funds).toHaveLength(1);
    const fund = t.funds[0]!;
    expect(fund).toMatchObject({ periodStart: "2021-01-01", periodEnd: "2023-12-31", amountSek: null, subjectPays: null, subjectReceives: null });
    expect(fund.continuity).toEqual([{ relation: "CONTINUES", from: { id: "fund:skr-kvinnofridssatsning-2021-2023" }, to: { id: "fund:skr-kvinnofridssatsning-2018-2020" } }]);
    expect(fund.steps.map(line)).toEqual([
      "0 GRANT - org:skr -> ? ?",
      "1 REQUISITION ENDORSED org:skr -> org:vastkom ?",
      "2 PROPOSED_USE ENDORSED org:vastkom -> project:kvinnofridssatsning-vg-2021-2023 ?",
    ]);
    const [, requisition, use] = fund.steps;
    expect(requisition!.authorisedBy).toEqual([
      expect.objectContaining({
        position: { id: "position:sro-2021-05-21-02-2" },
        positionType: "ENDORSED",
        wording: "SRO ställer sig bakom",
        date: "2021-05-21",
        forum: { id: "forum:sro" },
        meeting: { id: "meeting:sro-2021-05-21" },
        agendaItem: { id: "item:sro-2021-05-21-02" },
      }),
    ]);
    expect(requisition!.authorisedBy[0]!.link.sources.map((s) => s.quote)).toContain("att VästKom rekvirerar medlen från SKR");
    expect(requisition!.to[0]!.sources[0]!.document.id).toBe(DOC.sro2021);
    expect(use!.follows).toEqual([{ to: { id: "flow:skr-kvinnofrid-2021-2023-rekvirering" } }]);
    expect(use!.inferred).toBe(true);
    expect(use!.authorisedBy.map((a) => [a.position.id, a.link.inferred])).toEqual([["position:sro-2021-05-21-02-1", true]]);
    expect(fund.decisions.map((d) => d.position.id)).toEqual(["position:sro-2021-05-21-02-2"]);
    expect(t.totalsBySource).toEqual([{ party: { id: "org:skr" }, amountSek: null, movements: 2, movementsWithoutAmount: 2 }, { party: { id: "org:vastkom" }, amountSek: null, movements: 1, movementsWithoutAmount: 1 }]);
    // Step 0 names no recipient (SKR's initiative is not "directed to" anyone in the notes).
    expect(t.totalsByRecipient).toEqual([
      { party: { id: "project:kvinnofridssatsning-vg-2021-2023" }, amountSek: null, movements: 1, movementsWithoutAmount: 1 },
      { party: { id: "org:vastkom" }, amountSek: null, movements: 1, movementsWithoutAmount: 1 },
    ]);
  });

  it("the joint county funds for psykisk hälsa 2022: requisitioned by VästKom, then allocated to four areas (SRO, February 2022)", async () => {
    const t = await trace("fund:lansgemensamma-medel-psykisk-halsa-2022");
    const fund = t.funds[0]!;
    expect(fund.steps.map(line)).toEqual([
      "1 REQUISITION ENDORSED ? -> org:vastkom ?",
      "2 ALLOCATION ENDORSED ? -> topic:brukarmedverkan+topic:sammanhallen-vard+topic:samsjuklighet+topic:suicidprevention ?",
    ]);
    for (const step of fund.steps) expect(step.authorisedBy.map((a) => [a.position.id, a.meeting.id, a.forum.id])).toEqual([["position:sro-2022-02-02-1", "meeting:sro-2022-02", "forum:sro"]]);
    expect(fund.steps[1]!.follows.map((f) => f.to.id)).toEqual(["flow:lansgemensamma-medel-psykisk-halsa-2022-rekvirering"]);
  });

  it("an organisation: what VGR receives (two state grants, SEK 119 million) and what it pays out (proposed uses)", async () => {
    const t = await trace("org:vgr");
    expect(t.subject).toEqual({ id: "org:vgr", type: "Organisation" });
    expect(t.funds.map((f) => [f.fund.id, f.amountSek, f.subjectPays, f.subjectReceives])).toEqual([
      ["fund:lansgemensamma-medel-ungdomsmottagningar-2022", null, false, true],
      ["fund:statsbidrag-lakarkompetens-aldreomsorg", 49_000_000, true, true],
      ["fund:statsbidrag-vardplatser", 70_000_000, true, true],
    ]);
    const grant = t.funds[2]!.steps[0]!;
    expect(line(grant)).toBe("0 GRANT - org:staten -> org:vgr 70000000");
    expect(t.funds[2]!.steps.slice(1).map((s) => `${s.order} ${s.kind} ${s.status}`)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `${n} PROPOSED_USE PROPOSED`));
    expect(t.totalsByRecipient[0]).toEqual({ party: { id: "org:vgr" }, amountSek: 119_000_000, movements: 3, movementsWithoutAmount: 1 });
    expect(t.totalsBySource).toContainEqual({ party: { id: "org:staten" }, amountSek: 119_000_000, movements: 2, movementsWithoutAmount: 0 });
    // The six proposed uses belong to both grants but count once.
    expect(t.totalsBySource).toContainEqual({ party: { id: "org:vgr" }, amountSek: null, movements: 6, movementsWithoutAmount: 6 });
  });

  it("unknown ids and other types are typed errors", async () => {
    expect((await api.post(QUERY, { id: "fund:finns-inte" })).errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", id: "fund:finns-inte", expectedTypes: ["Fund", "Organisation"] });
    expect((await api.post(QUERY, { id: "doc:hos-avtal" })).errors?.[0]?.extensions).toMatchObject({ code: "WRONG_ENTITY_TYPE" });
  });
});
