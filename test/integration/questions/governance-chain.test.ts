/**
 * 2. Governance chain: for a decision, agreement, project or forum, who commissioned it, who steers
 * it, who prepares it, who decides, up to the huvudmän who actually adopt it (SRO only recommends).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { warmAnalysisQueries } from "../../../src/questions/warm.js";
import { DOC, STEP, useAnalysisApi, type Step } from "./support.js";

const api = useAnalysisApi();
// Plans the statements first, as the app does at start: the chain's first plan on a cold database
// can take longer than a question may run when the machine is loaded.
beforeAll(() => warmAnalysisQueries(api.driver(), api.database), 300_000);

interface Chain {
  subject: { id: string; type: string };
  maxDepth: number;
  truncated: boolean;
  decidedBy: { id: string }[];
  recommendedBy: { id: string }[];
  steps: { order: number; role: string; depth: number; date: string | null; meeting: { id: string } | null; subject: { id: string }; actors: { id: string; name: string }[]; relations: Step[] }[];
}

const QUERY = `query($id: ID!, $maxDepth: Int) { governanceChain(id: $id, maxDepth: $maxDepth) {
  subject { id type } maxDepth truncated decidedBy { id } recommendedBy { id }
  steps { order role depth date meeting { id } subject { id } actors { id name } relations { ${STEP} } }
} }`;

async function chain(id: string, maxDepth?: number): Promise<Chain> {
  return (await api.query<{ governanceChain: Chain }>(QUERY, { id, maxDepth })).governanceChain;
}

const HUVUDMAN_COUNT = 50; // Västra Götalandsregionen and the 49 municipalities
const summary = (c: Chain) =>
  c.steps.map((s) => `${s.order} ${s.role} ${s.subject.id}: ${s.actors.length > 5 ? `${s.actors.length} actors` : s.actors.map((a) => a.id).join(", ")}`);

describe("governance chain", () => {
  it("of the HoS revision project: commissioned by SRO, steered by VVG, prepared by the beredningsgrupp, decided by the huvudmän", async () => {
    const c = await chain("project:hos-revision");
    expect(c.subject).toEqual({ id: "project:hos-revision", type: "Project" });
    expect(summary(c)).toEqual([
      "1 COMMISSIONED_BY project:hos-revision: forum:sro",
      "2 STEERED_BY project:hos-revision: forum:vvg",
      "3 PREPARED_BY project:hos-revision: forum:beredningsgrupp-hos-revision",
      "4 CARRIED_OUT_BY project:hos-revision: forum:arbetsgrupp-hos-revision",
      "5 REPORTS_TO project:hos-revision: forum:sro, forum:vvg",
      "6 REPORTS_TO forum:beredningsgrupp-hos-revision: forum:sro, forum:vvg",
      `7 RECOMMENDS_TO forum:sro: ${HUVUDMAN_COUNT} actors`,
    ]);
    expect(c.recommendedBy).toEqual([{ id: "forum:sro" }]);
    expect(c.decidedBy).toHaveLength(HUVUDMAN_COUNT);
    expect(c.decidedBy.map((o) => o.id)).toContain("org:vgr");
    expect(c.decidedBy.map((o) => o.id)).toContain("org:kommun-goteborg");
    expect(c.decidedBy.map((o) => o.id)).not.toContain("forum:sro");
    const commissioned = c.steps[0]!.relations[0]!;
    expect(commissioned.sources.map((s) => s.quote)).toContain("Uppdragsgivare: Politiskt Samrådsorgan (SRO)");
    expect(commissioned.sources[0]!.document.id).toBe(DOC.commission2020);
    const advises = c.steps[6]!.relations.find((r) => r.to.id === "org:vgr")!;
    expect(advises.relation).toBe("ADVISES");
    expect(advises.sources[0]!.quote).toMatch(/^SRO har inget mandat att fatta länsövergripande beslut/);
  });

  it("of a decision: SRO's recommendation on the revised HoS-avtal goes to VGR and the 49 municipalities", async () => {
    const c = await chain("position:sro-2022-02-04-1");
    expect(summary(c)).toEqual([
      "1 TAKEN_BY position:sro-2022-02-04-1: forum:sro",
      `2 RECOMMENDS_TO position:sro-2022-02-04-1: ${HUVUDMAN_COUNT} actors`,
      `3 RECOMMENDS_TO forum:sro: ${HUVUDMAN_COUNT} actors`,
    ]);
    expect(c.steps[1]!.relations.every((r) => r.relation === "RECOMMENDS")).toBe(true);
    expect(c.decidedBy).toHaveLength(HUVUDMAN_COUNT);
  });

  it("of an agreement: the project that revises it, the positions taken on it, the parties who adopt it", async () => {
    const c = await chain("doc:ok-in-utskrivning");
    const roles = summary(c);
    expect(roles.slice(0, 4)).toEqual([
      "1 PRODUCED_BY doc:ok-in-utskrivning: project:hos-revision-dp4",
      "2 PRODUCED_BY doc:hos-avtal: project:hos-revision",
      "3 PART_OF doc:ok-in-utskrivning: doc:hos-avtal",
      "4 PART_OF project:hos-revision-dp4: project:hos-revision",
    ]);
    expect(roles).toContain("5 COMMISSIONED_BY project:hos-revision-dp4: forum:sro");
    const positions = c.steps.filter((s) => s.role === "POSITION_TAKEN");
    expect(positions.map((s) => [s.actors[0]!.id, s.date, s.meeting?.id])).toEqual([
      ["position:sro-2022-09-29-03-1", "2022-09-29", "meeting:sro-2022-09-29"],
      ["position:sro-2022-12-02-1", "2022-12", "meeting:sro-2022-12"],
    ]);
    expect(c.steps.filter((s) => s.role === "TAKEN_BY").map((s) => `${s.subject.id} ${s.actors[0]!.id}`)).toEqual([
      "position:sro-2022-09-29-03-1 forum:sro",
      "position:sro-2022-12-02-1 forum:sro",
    ]);
    const party = c.steps.find((s) => s.role === "PARTY")!;
    expect(party.subject.id).toBe("doc:hos-avtal");
    expect(party.actors).toHaveLength(HUVUDMAN_COUNT);
    expect(c.steps.at(-1)!.role).toBe("PARTY");
    expect(c.decidedBy).toHaveLength(HUVUDMAN_COUNT);
    // Steps come in chain order and are numbered 1..n.
    expect(c.steps.map((s) => s.order)).toEqual(c.steps.map((_, i) => i + 1));
  });

  it("of a forum: SRO's presidium belongs under SRO, which only recommends", async () => {
    const c = await chain("forum:sro-presidium");
    expect(summary(c)).toEqual(["1 PART_OF forum:sro-presidium: forum:sro", `2 RECOMMENDS_TO forum:sro: ${HUVUDMAN_COUNT} actors`]);
    expect(c.recommendedBy).toEqual([{ id: "forum:sro" }]);
  });

  it("of an assignment: given by SRO's position at the extra meeting 29/9, carried out by VästKom and VGR", async () => {
    const c = await chain("project:forlangning-ok-in-utskrivning");
    expect(summary(c)).toEqual([
      "1 COMMISSIONED_BY project:forlangning-ok-in-utskrivning: forum:sro",
      "2 ASSIGNED_BY project:forlangning-ok-in-utskrivning: position:sro-2022-09-29-03-1",
      "3 CARRIED_OUT_BY project:forlangning-ok-in-utskrivning: org:vastkom, org:vgr",
      "4 TAKEN_BY position:sro-2022-09-29-03-1: forum:sro",
      `5 RECOMMENDS_TO forum:sro: ${HUVUDMAN_COUNT} actors`,
    ]);
    expect(c.steps[1]).toMatchObject({ date: "2022-09-29", meeting: { id: "meeting:sro-2022-09-29" } });
  });

  it("respects the depth limit", async () => {
    const c = await chain("project:hos-revision", 1);
    expect(c.steps.every((s) => s.depth === 1)).toBe(true);
    expect(c.decidedBy).toEqual([]);
  });

  it("rejects unknown ids and types the question does not apply to", async () => {
    expect((await api.post(QUERY, { id: "project:finns-inte" })).errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", id: "project:finns-inte" });
    expect((await api.post(QUERY, { id: "org:vgr" })).errors?.[0]?.extensions).toMatchObject({ code: "WRONG_ENTITY_TYPE", actualType: "Organisation" });
    expect((await api.post(QUERY, { id: "forum:sro", maxDepth: 7 })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
  describe("the signing rule", () => {
    const SIGNING = `query($id: ID!) { governanceChain(id: $id) { signing {
      document { id } terms { kind count of wording asOf inferred sources { quote document { id } } }
    } } }`;
    type Signing = { document: { id: string }; terms: { kind: string; count: number | null; of: number | null; wording: string; asOf: string | null; inferred: boolean; sources: { quote: string; document: { id: string } }[] }[] };
    const signing = async (id: string) => (await api.query<{ governanceChain: { signing: Signing[] } }>(SIGNING, { id })).governanceChain.signing;

    it("of the Färdplan: it can be signed without every municipality, and 48 of 49 have approved, each with its quote", async () => {
      const [fardplan, ...others] = await signing("doc:fardplan");
      expect(others).toEqual([]);
      expect(fardplan!.document.id).toBe("doc:fardplan");
      expect(fardplan!.terms.map((t) => [t.kind, t.count, t.of, t.asOf])).toEqual([
        ["NOT_ALL_PARTIES_NEEDED", null, null, null],
        ["APPROVED", 48, 49, "2022-09"],
      ]);
      for (const t of fardplan!.terms) {
        expect(t.inferred).toBe(false);
        expect(t.sources.length).toBeGreaterThan(0);
        expect(t.sources.some((s) => s.quote.includes(t.wording)), t.kind).toBe(true);
        expect(t.sources.every((s) => s.document.id === "000_5e607b810c5b478a.txt"), t.kind).toBe(true);
      }
      expect(fardplan!.terms[1]!.sources[0]!.quote).toBe("48 av 49 kommuner har sagt ja eller förväntas säga ja till Färdplanen");
    });

    it("of the revised HoS-avtal: every party must sign, 41 of 49 approved, 2 returned it, otherwise the current agreement is extended; also from the project that produces it", async () => {
      const kinds = (list: Signing[], id: string) => list.find((d) => d.document.id === id)?.terms.map((t) => `${t.kind} ${t.count ?? ""}${t.of ? `/${t.of}` : ""}`.trim());
      const expected = ["ALL_PARTIES_MUST_SIGN", "APPROVED 41/49", "RETURNED 2", "IF_NOT_ALL_SIGN"];
      expect(kinds(await signing("doc:hos-avtal-revision-2022"), "doc:hos-avtal-revision-2022")).toEqual(expected);
      expect(kinds(await signing("project:hos-revision"), "doc:hos-avtal-revision-2022")).toEqual(expected);
      const ifNot = (await signing("doc:hos-avtal-revision-2022"))[0]!.terms.at(-1)!;
      expect(ifNot.wording).toBe("nuvarande avtal förlängs");
    });

    it("is empty where the documents say nothing of signing", async () => {
      expect(await signing("forum:sro")).toEqual([]);
    });
  });
});
