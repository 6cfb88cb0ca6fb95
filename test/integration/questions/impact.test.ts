/** 7. Impact: if the HoS-avtal is terminated or not renewed, which agreements, forums, projects and funds are affected? */
import { beforeAll, describe, expect, it } from "vitest";
import { warmAnalysisQueries } from "../../../src/questions/warm.js";
import { arrow, STEP, useAnalysisApi, type Step } from "./support.js";

const api = useAnalysisApi();
// Planning the statement takes seconds on a busy machine: plan it before the first question.
beforeAll(() => warmAnalysisQueries(api.driver(), api.database), 240_000);

const ITEM = `effect depth entity { id type } path { ${STEP} }`;
const QUERY = `query($id: ID!, $relationTypes: [DependencyRelation!], $maxDepth: Int, $limit: Int, $asOf: String) {
  impact(id: $id, relationTypes: $relationTypes, maxDepth: $maxDepth, limit: $limit, asOf: $asOf) {
    agreement { id } relationTypes maxDepth truncated asOf state { state explanation } ending { earliestEnd { date } explanation }
    terms { status validFrom validTo extendedUntil renewalTerms noticeTerms sources { quote } }
    documents { ${ITEM} } projects { ${ITEM} } forums { ${ITEM} } funds { ${ITEM} }
  }
}`;
interface Item {
  effect: string;
  depth: number;
  entity: { id: string; type: string };
  path: Step[];
}
interface Impact {
  agreement: { id: string };
  relationTypes: string[];
  truncated: boolean;
  asOf: string;
  state: { state: string; explanation: string };
  ending: { earliestEnd: { date: string } | null; explanation: string };
  terms: { status: string; renewalTerms: string | null; noticeTerms: string | null; sources: { quote: string }[] };
  documents: Item[];
  projects: Item[];
  forums: Item[];
  funds: Item[];
}
const impact = async (variables: Record<string, unknown>) => (await api.query<{ impact: Impact }>(QUERY, variables)).impact;
const effects = (items: Item[]) => Object.fromEntries(items.map((i) => [i.entity.id, i.effect]));

describe("if the HoS-avtal is terminated or not renewed", () => {
  it("states how it ends: renewed two years at a time unless terminated, twelve months' notice", async () => {
    const x = await impact({ id: "doc:hos-avtal" });
    expect(x.terms).toMatchObject({ status: "IN_FORCE", renewalTerms: expect.stringContaining("två år"), noticeTerms: expect.stringContaining("Tolv månaders") });
    expect(x.terms.sources.map((s) => s.quote)).toContain("Om ingen part skriftligen sagt upp avtalet förlängs det med två år i taget med tolv månaders uppsägningstid.");
    expect(x.relationTypes).toEqual(["PART_OF", "ANNEXED_TO", "TERM_FOLLOWS", "BUILDS_ON", "IMPLEMENTS", "REFERENCES", "REPLACES", "REVISES"]);
  });

  it("affects its underavtal (two end with it), the riktlinje, the LMR that refers to it and its revision; its successor is listed, not harmed", async () => {
    const x = await impact({ id: "doc:hos-avtal" });
    const docs = effects(x.documents);
    expect(docs).toMatchObject({
      "doc:ramavtal-lakarinsatser": "TERM_ENDS_WITH_IT",
      "doc:ok-psykisk-funktionsnedsattning": "TERM_ENDS_WITH_IT",
      "doc:ok-in-utskrivning": "PART_AFFECTED",
      "doc:riktlinje-in-utskrivning": "LOSES_BASIS",
      "doc:lmr-palliativ-vard": "REFERENCE_AFFECTED",
      "doc:hos-avtal-revision-2022": "SUCCESSOR",
      "doc:hos-avtal-2025": "SUCCESSOR",
    });
    expect(Object.keys(docs)).not.toContain("doc:hos-avtal");
    // The 2025 agreement replaces it: the successor's own parts are not harmed when the old one ends.
    expect(x.documents.find((d) => d.entity.id === "doc:hos-avtal-2025")!.path.map((s) => s.relation)).toEqual(["REPLACES"]);
    for (const part of ["doc:ok-munhalsa-2025", "doc:hos-avtal-2025-komplettering-patientsakerhet"]) expect(Object.keys(docs)).not.toContain(part);
    expect(Object.keys(docs)).not.toContain("doc:fardplan");
    const riktlinje = x.documents.find((d) => d.entity.id === "doc:riktlinje-in-utskrivning")!;
    expect(riktlinje.path.map(arrow)).toEqual(["PART_OF doc:ok-in-utskrivning -> doc:hos-avtal", "IMPLEMENTS doc:riktlinje-in-utskrivning -> doc:ok-in-utskrivning"]);
  });

  it("affects the projects working on those documents and the forums governing them or taking positions on them; no fund", async () => {
    const x = await impact({ id: "doc:hos-avtal" });
    const projects = effects(x.projects);
    for (const id of [
      "project:hos-revision",
      "project:hos-revision-dp2",
      "project:hos-revision-dp3",
      "project:hos-revision-dp4",
      "project:hos-avtal-uppfoljning-2019",
      "project:forlangning-ok-in-utskrivning",
      "project:lmr-palliativ-vard",
    ])
      expect(projects[id], id).toBe("WORK_ON_AFFECTED_DOCUMENT");
    const forums = effects(x.forums);
    expect(forums).toMatchObject({
      "forum:sro": "TOOK_POSITION",
      "forum:vvg": "GOVERNS_AFFECTED_WORK",
      "forum:beredningsgrupp-hos-revision": "GOVERNS_AFFECTED_WORK",
    });
    // The work on the 2025 successor, and the forums that govern it, are not harmed.
    expect(Object.keys(projects)).not.toContain("project:nytt-hos-avtal-2025");
    for (const forum of ["forum:arbetsgrupp-nytt-hos-avtal", "forum:politisk-referensgrupp-hos"]) expect(Object.keys(forums)).not.toContain(forum);
    const sro = x.forums.find((f) => f.entity.id === "forum:sro")!;
    expect(sro.path.map((s) => s.relation)).toEqual(["CONCERNS", "TAKEN_BY"]);
    expect(x.funds).toEqual([]);
    for (const item of [...x.documents, ...x.projects, ...x.forums]) {
      expect(item.path).toHaveLength(item.depth);
      expect(item.path[0]!.from.id === "doc:hos-avtal" || item.path[0]!.to.id === "doc:hos-avtal", item.entity.id).toBe(true);
      for (const s of item.path) expect(s.sources.length, `${item.entity.id}: ${arrow(s)}`).toBeGreaterThan(0);
    }
  });

  it("on a date: the agreement's state, and when it would end under its terms if notice were given then", async () => {
    const x = await impact({ id: "doc:hos-avtal", asOf: "2025-06-01" });
    expect(x.asOf).toBe("2025-06-01");
    expect(x.state.state).toBe("IN_FORCE_BY_RENEWAL");
    expect(x.ending.explanation).toContain("Sägs avtalet upp 2025-06-01 gäller det minst till och med 2026-05-31 (12 månaders uppsägningstid)");
    expect((await impact({ id: "doc:hos-avtal", asOf: "2026-12-06" })).state.state).toBe("UNKNOWN");
    expect((await api.post(QUERY, { id: "doc:hos-avtal", asOf: "2025-02-30" })).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("reaches funds when the affected documents concern them", async () => {
    const x = await impact({ id: "doc:genomforandeplan-kvinnofrid-2021" });
    expect(x.funds.map((f) => [f.entity.id, f.effect, f.path.map(arrow)])).toEqual([
      ["fund:skr-kvinnofridssatsning-2021-2023", "CONCERNED", ["CONCERNS doc:genomforandeplan-kvinnofrid-2021 -> fund:skr-kvinnofridssatsning-2021-2023"]],
    ]);
    expect(effects(x.projects)).toEqual({ "project:kvinnofridssatsning-vg-2021-2023": "WORK_ON_AFFECTED_DOCUMENT" });
    expect(effects(x.forums)).toEqual({ "forum:sro": "TOOK_POSITION", "forum:styrgrupp-kvinnofrid": "GOVERNS_AFFECTED_WORK" });
  });

  it("limits and errors", async () => {
    const x = await impact({ id: "doc:hos-avtal", limit: 1 });
    expect(x.truncated).toBe(true);
    expect(x.documents).toHaveLength(1);
    expect((await api.post(QUERY, { id: "doc:finns-inte" })).errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", id: "doc:finns-inte" });
    expect((await api.post(QUERY, { id: "project:hos-revision" })).errors?.[0]?.extensions).toMatchObject({ code: "WRONG_ENTITY_TYPE" });
    expect((await api.post(QUERY, { id: "doc:hos-avtal", maxDepth: 0 })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
