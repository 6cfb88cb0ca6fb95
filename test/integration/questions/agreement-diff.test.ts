/**
 * agreementDiff on the seed graph over real HTTP: the Hälso- och sjukvårdsavtal of 2020 against
 * its failed 2022 revision and against the 2025 proposal, each side with what the documents state
 * (parties and approvals, signing rule, terms, parts), and what they say changed, quoted.
 */
import neo4j from "neo4j-driver";
import { beforeAll, describe, expect, it } from "vitest";
import { question } from "../../../src/questions/agreement-diff/resolver.js";
import { toParams } from "../../../src/questions/shared/run.js";
import { DOC, useAnalysisApi } from "./support.js";

const api = useAnalysisApi();
// As in agreement-versions.test.ts: the test's server does not plan its statements at start-up. Neo4j
// keeps a plan per size class of each string parameter, so a short id (forum:sro) is planned apart.
beforeAll(async () => {
  for (const variables of [{ from: "doc:hos-avtal", to: "doc:hos-avtal-2025" }, { from: "doc:hos-avtal", to: "forum:sro" }]) {
    const call = question.cypherFor(variables);
    await api.driver().executeQuery(`EXPLAIN ${call.cypher}`, toParams(call.params), { database: api.database, routing: neo4j.routing.READ, transactionConfig: { timeout: 120_000 } });
  }
}, 300_000);

const SOURCES = "sources { quote document { id } }";
const PART = `document { id } relation inferred because ${SOURCES} counterpart { relation from { id } to { id } inferred }`;
const SIDE = `document { id } version
  parties { related relatedInferred total approved returned requiresAll statedOn { date precision } note }
  signing { kind count of wording asOf inferred ${SOURCES} }
  terms { validFrom { date } validTo { date } renewalTerms noticeTerms renewalPeriodMonths noticePeriodMonths }
  parts { ${PART} } annexes { ${PART} } termFollowers { ${PART} } ${SOURCES}`;
const Q = `query($from: ID!, $to: ID!) { agreementDiff(from: $from, to: $to) {
  sameLineage from { ${SIDE} } to { ${SIDE} }
  changes { relation from { id } to { id } inferred because ${SOURCES} }
  differences { field label from to }
} }`;

interface Source {
  quote: string;
  document: { id: string };
}
interface Part {
  document: { id: string };
  relation: string;
  inferred: boolean;
  counterpart: { relation: string; from: { id: string }; to: { id: string }; inferred: boolean } | null;
  sources: Source[];
}
interface Side {
  document: { id: string };
  version: string | null;
  parties: { related: number; relatedInferred: number; total: number | null; approved: number | null; returned: number | null; requiresAll: boolean | null; statedOn: { date: string; precision: string } | null };
  signing: { kind: string; count: number | null; of: number | null; wording: string; sources: Source[] }[];
  terms: { renewalTerms: string | null; noticeTerms: string | null; renewalPeriodMonths: number | null; noticePeriodMonths: number | null };
  parts: Part[];
  annexes: Part[];
  termFollowers: Part[];
  sources: Source[];
}
interface Diff {
  sameLineage: boolean;
  from: Side;
  to: Side;
  changes: { relation: string; from: { id: string }; to: { id: string }; inferred: boolean; because: string | null; sources: Source[] }[];
  differences: { field: string; label: string; from: string | null; to: string | null }[];
}
const diff = async (from: string, to: string) => (await api.query<{ agreementDiff: Diff }>(Q, { from, to })).agreementDiff;

describe("agreementDiff", () => {
  it("2020 against the failed 2022 revision: the approvals the documents count (41 of 49, 2 returned), each part with its quote", async () => {
    const a = await diff("doc:hos-avtal", "doc:hos-avtal-revision-2022");
    expect(a.sameLineage).toBe(true);
    expect(a.changes.map((c) => [c.relation, c.from.id, c.to.id, c.inferred])).toEqual([["REVISES", "doc:hos-avtal-revision-2022", "doc:hos-avtal", false]]);
    expect(a.changes[0]!.sources.length).toBeGreaterThan(0);
    const p = a.to.parties;
    expect([p.total, p.approved, p.returned, p.requiresAll]).toEqual([49, 41, 2, true]);
    expect(p.statedOn).toEqual({ date: "2022-09-01", precision: "MONTH" });
    const approved = a.to.signing.find((t) => t.kind === "APPROVED")!;
    expect([approved.count, approved.of, approved.wording]).toEqual([41, 49, "41 kommuner av 49 har sagt ja eller förväntas säga ja"]);
    expect(approved.sources.map((s) => s.quote)).toContain("41 kommuner av 49 har sagt ja eller förväntas säga ja till HoS avtalet med tillhörande ök.");
    expect(approved.sources.every((s) => s.document.id === DOC.review2022)).toBe(true);
    const returned = a.to.signing.find((t) => t.kind === "RETURNED")!;
    expect(returned.count).toBe(2);
    expect(a.to.signing.map((t) => t.kind)).toContain("ALL_PARTIES_MUST_SIGN");
    // The agreement of 2020 has no stated count: nothing is made up for it.
    expect([a.from.parties.total, a.from.parties.approved, a.from.parties.returned, a.from.parties.requiresAll]).toEqual([null, null, null, null]);
    expect(a.differences.find((d) => d.field === "parties.approved")).toEqual({ field: "parties.approved", label: "parter som godkänt", from: null, to: "41" });
  });

  it("2020 against the 2025 proposal: terms, parts of each with their counterparts, and the inferred replacement with why", async () => {
    const a = await diff("doc:hos-avtal", "doc:hos-avtal-2025");
    expect(a.changes.map((c) => [c.relation, c.from.id, c.to.id, c.inferred])).toEqual([["REPLACES", "doc:hos-avtal-2025", "doc:hos-avtal", true]]);
    expect(a.changes[0]!.because).toContain("sägs inte uttryckligen");
    expect(a.from.terms).toMatchObject({ renewalPeriodMonths: 24, noticePeriodMonths: 12 });
    expect(a.to.terms).toMatchObject({ renewalTerms: null, noticeTerms: null });
    expect(a.to.version).toBe("remissversion, SRO 2025-01-30");
    expect(a.from.parts.map((p) => p.document.id).sort()).toEqual(["doc:ok-in-utskrivning", "doc:ok-psykisk-funktionsnedsattning", "doc:ramavtal-lakarinsatser"]);
    expect(a.from.parts.every((p) => p.relation === "PART_OF" && p.sources.length > 0)).toBe(true);
    expect(a.to.parts.map((p) => p.document.id)).toEqual(expect.arrayContaining(["doc:ok-betalningsansvar-in-utskrivning-2025", "doc:ok-lakaransvar-kommunal-primarvard-2025"]));
    // The överenskommelse on in- och utskrivning of 2025 replaces the old one: stated as inferred on both sides.
    const newInOut = a.to.parts.find((p) => p.document.id === "doc:ok-betalningsansvar-in-utskrivning-2025")!;
    expect(newInOut.counterpart).toEqual({ relation: "REPLACES", from: { id: "doc:ok-betalningsansvar-in-utskrivning-2025" }, to: { id: "doc:ok-in-utskrivning" }, inferred: true });
    expect(a.from.parts.find((p) => p.document.id === "doc:ok-in-utskrivning")!.counterpart?.from.id).toBe("doc:ok-betalningsansvar-in-utskrivning-2025");
    expect(a.from.termFollowers.map((p) => [p.document.id, p.inferred]).sort()).toEqual([["doc:ok-psykisk-funktionsnedsattning", true], ["doc:ramavtal-lakarinsatser", true]]);
    expect(a.differences.map((d) => d.field)).toEqual(expect.arrayContaining(["version", "terms.renewalTerms", "terms.noticeTerms", "parts"]));
    for (const s of [a.from, a.to]) expect(s.sources.length, s.document.id).toBeGreaterThan(0);
  });

  it("two documents of no common lineage: no changes, sameLineage false", async () => {
    const a = await diff("doc:hos-avtal", "doc:fardplan");
    expect(a.sameLineage).toBe(false);
    expect(a.changes).toEqual([]);
  });

  it("the same id twice is 400 BAD_USER_INPUT naming `to`; an unknown id NOT_FOUND; a forum WRONG_ENTITY_TYPE", async () => {
    const res = await fetch(api.url(), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: Q, variables: { from: "doc:hos-avtal", to: "doc:hos-avtal" } }) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string; problems: { argument: string }[] } }[] };
    expect(body.errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0]!.extensions.problems[0]!.argument).toBe("to");
    expect((await api.post(Q, { from: "doc:finns-inte", to: "doc:hos-avtal" })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await api.post(Q, { from: "doc:hos-avtal", to: "forum:sro" })).errors?.[0]?.extensions?.code).toBe("WRONG_ENTITY_TYPE");
  });
});
