/**
 * agreementLineage and versionInForce on the seed graph over real HTTP: the versions of the
 * Hälso- och sjukvårdsavtal and of an överenskommelse as the documents name them, how each relates
 * to the earlier one, and which version is in force on a date (or none, with the reason).
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { question } from "../../../src/questions/agreement-versions/resolver.js";
import { questionCypher } from "../../../src/questions/shared/cypher.js";
import { DOCUMENT_STATE_STATEMENTS } from "../../../src/questions/shared/document-states.js";
import { toParams } from "../../../src/questions/shared/run.js";
import { DOC, useAnalysisApi } from "./support.js";

const api = useAnalysisApi();
// The server plans its statements at start-up (src/questions/warm.ts); this test's server does not, and
// planning on a busy machine can outlast the question's 10 s timeout. Neo4j keeps a plan per size class
// of each string parameter, so a short id (forum:sro) is planned apart.
beforeAll(async () => {
  const members = (id: string) => ({ cypher: questionCypher("agreement-versions", {}, "members.cypher"), params: { id, limit: 20 } });
  for (const call of [question.cypherFor({ id: "doc:hos-avtal" }), question.cypherFor({ id: "forum:sro" }), members("doc:hos-avtal"), members("forum:sro"), ...DOCUMENT_STATE_STATEMENTS]) {
    await api.driver().executeQuery(`EXPLAIN ${call.cypher}`, toParams(call.params), { database: api.database, routing: neo4j.routing.READ, transactionConfig: { timeout: 120_000 } });
  }
}, 300_000);
afterEach(() => {
  delete process.env.NOW;
});

const SOURCES = "sources { quote document { id } }";
const LINEAGE = `query($id: ID!, $asOf: String, $limit: Int) { agreementLineage(id: $id, asOf: $asOf, limit: $limit) {
  subject { id } asOf truncated
  versions {
    document { id } version
    spans { from to kind state }
    period { validFrom { date precision } validTo { date precision } statusFirstStated { date precision } statusLastStated { date precision } firstFact { date precision } lastFact { date precision } renewalTerms noticeTerms }
    relations { relation storedAs earlier { id } inferred because ${SOURCES} }
    state { state certainty explanation sources { quote anchor document { id } } }
    ${SOURCES}
  }
  inForce { asOf version { id } state { state certainty explanation } reason versions { document { id } state { state } } }
} }`;
const IN_FORCE = `query($lineage: ID!, $asOf: String) { versionInForce(lineage: $lineage, asOf: $asOf) {
  asOf version { id } state { state certainty explanation } reason versions { document { id } state { state certainty } }
} }`;

interface Source {
  quote: string;
  document: { id: string };
}
interface Lineage {
  subject: { id: string };
  asOf: string;
  truncated: boolean;
  versions: {
    document: { id: string };
    version: string | null;
    spans: { from: string; to: string; kind: string; state: string }[];
    period: Record<string, { date: string; precision: string } | string | null>;
    relations: { relation: string; storedAs: string; earlier: { id: string }; inferred: boolean; because: string | null; sources: Source[] }[];
    state: { state: string; certainty: string; explanation: string; sources: (Source & { anchor: string })[] };
    sources: Source[];
  }[];
  inForce: InForce;
}
interface InForce {
  asOf: string;
  version: { id: string } | null;
  state: { state: string; certainty: string; explanation: string } | null;
  reason: string;
  versions: { document: { id: string }; state: { state: string; certainty?: string } }[];
}

const lineage = async (variables: Record<string, unknown>) => (await api.query<{ agreementLineage: Lineage }>(LINEAGE, variables)).agreementLineage;
const inForce = async (lineageId: string, asOf?: string) => (await api.query<{ versionInForce: InForce }>(IN_FORCE, { lineage: lineageId, asOf })).versionInForce;

const HOS = ["doc:hos-avtal", "doc:hos-avtal-revision-2022", "doc:hos-avtal-2025"];
const IN_FORCE_STATES = ["IN_FORCE", "IN_FORCE_BY_RENEWAL", "EXTENDED"];

describe("agreementLineage", () => {
  it("the HoS-avtal's versions in order: the agreement, its failed 2022 revision, the 2025 proposal that replaces it (inferred)", async () => {
    const a = await lineage({ id: "doc:hos-avtal", asOf: "2026-12-06" });
    expect(a.versions.map((v) => v.document.id)).toEqual(HOS);
    const [first, revision, proposal] = a.versions;
    expect(first!.relations).toEqual([]);
    expect(first!.period.renewalTerms).toBe("Förlängs med två år i taget om ingen part skriftligen har sagt upp avtalet.");
    expect(first!.period.statusFirstStated).toEqual({ date: "2020-01-01", precision: "YEAR" });
    // The revision needed every party; 41 of 49 approved and 2 returned it: a failed revision, stated as REVISES.
    expect(revision!.state.state).toBe("NOT_ADOPTED");
    expect(revision!.relations.map((r) => [r.relation, r.storedAs, r.earlier.id, r.inferred])).toEqual([["FAILED_REVISION", "REVISES", "doc:hos-avtal", false]]);
    expect(revision!.relations[0]!.sources.map((s) => s.quote)).toContain("Revidering av Hälso-och sjukvårdsavtalet med tillhörande överenskommelser.");
    // No document says the 2025 agreement replaces the current one: inferred, with why.
    expect(proposal!.version).toBe("remissversion, SRO 2025-01-30");
    expect(proposal!.relations.map((r) => [r.relation, r.earlier.id, r.inferred])).toEqual([["REPLACES", "doc:hos-avtal", true]]);
    expect(proposal!.relations[0]!.because).toContain("sägs inte uttryckligen");
    expect(proposal!.relations[0]!.sources[0]).toEqual({ quote: "Nytt Hälso- och sjukvårdsavtal med tillhörande överenskommelser", document: { id: DOC.sro2025 } });
    for (const v of a.versions) expect(v.sources.length, v.document.id).toBeGreaterThan(0);
    // The sources a state rests on link to their passage, as every source does.
    const stateSources = a.versions.flatMap((v) => v.state.sources);
    expect(stateSources.length).toBeGreaterThan(0);
    for (const s of stateSources) expect(s.anchor).toMatch(/^citation-[0-9a-f]{12}$/);
    // The time lines the explore page draws: stated, then a conclusion (between statements, then by renewal), then unknown.
    const line = (i: number) => a.versions[i]!.spans.map((s) => `${s.from} ${s.to} ${s.kind}`);
    expect(line(0)).toEqual(["2020-01-01 2020-12-31 STATED", "2021-01-01 2022-08-31 INFERRED", "2022-09-01 2022-09-30 STATED", "2022-10-01 2025-09-30 INFERRED", "2025-10-01 2026-12-31 UNKNOWN"]);
    expect(line(1)).toEqual(["2022-02-01 2022-08-31 PENDING"]);
    expect(line(2)).toEqual(["2025-01-30 2025-09-30 PENDING", "2025-10-01 2026-12-31 UNKNOWN"]);
  });

  it("any version's id gives the same lineage", async () => {
    for (const id of HOS) {
      const a = await lineage({ id, asOf: "2025-06-01" });
      expect(a.subject.id).toBe(id);
      expect(a.versions.map((v) => v.document.id), id).toEqual(HOS);
    }
  });

  it("in a revision's lineage, the revision is REVISES before it is known to have failed (2021)", async () => {
    const a = await lineage({ id: "doc:hos-avtal-revision-2022", asOf: "2021-06-01" });
    const revision = a.versions.find((v) => v.document.id === "doc:hos-avtal-revision-2022")!;
    expect(revision.state.state).not.toBe("NOT_ADOPTED");
    expect(revision.relations.map((r) => r.relation)).toEqual(["REVISES"]);
  });

  it("the överenskommelse on in- och utskrivning: the agreement of 2020 and the 2025 proposal (inferred replacement)", async () => {
    const a = await lineage({ id: "doc:ok-betalningsansvar-in-utskrivning-2025", asOf: "2023-06-01" });
    expect(a.versions.map((v) => v.document.id)).toEqual(["doc:ok-in-utskrivning", "doc:ok-betalningsansvar-in-utskrivning-2025"]);
    expect(a.versions[1]!.relations.map((r) => [r.relation, r.earlier.id, r.inferred])).toEqual([["REPLACES", "doc:ok-in-utskrivning", true]]);
    // An extension SRO endorsed, with no decision stated: not in force, so no version is.
    expect(a.versions[0]!.state.state).toBe("EXTENSION_ENDORSED");
    expect(a.versions[0]!.spans.find((s) => s.kind === "ENDORSED")).toEqual({ from: "2022-10-01", to: "2024-12-31", kind: "ENDORSED", state: "EXTENSION_ENDORSED" });
    expect(a.inForce.version).toBeNull();
    expect(a.inForce.reason).toContain("framgår inte");
  });

  it("a document with no other version is a lineage of one", async () => {
    const a = await lineage({ id: "doc:fardplan", asOf: "2023-06-01" });
    expect(a.versions.map((v) => v.document.id)).toEqual(["doc:fardplan"]);
  });

  it("limit truncates the versions", async () => {
    const a = await lineage({ id: "doc:hos-avtal", asOf: "2025-06-01", limit: 2 });
    expect(a.versions).toHaveLength(2);
    expect(a.truncated).toBe(true);
  });

  it("without asOf it answers for today (NOW), the same as asking for that date", async () => {
    process.env.NOW = "2025-06-01";
    const today = await lineage({ id: "doc:hos-avtal" });
    expect(today.asOf).toBe("2025-06-01");
    expect(today).toEqual(await lineage({ id: "doc:hos-avtal", asOf: "2025-06-01" }));
  });

  it("an unknown id is NOT_FOUND, a forum WRONG_ENTITY_TYPE, an impossible date 400 BAD_USER_INPUT naming asOf", async () => {
    expect((await api.post(LINEAGE, { id: "doc:finns-inte" })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await api.post(LINEAGE, { id: "forum:sro" })).errors?.[0]?.extensions?.code).toBe("WRONG_ENTITY_TYPE");
    const res = await fetch(api.url(), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: IN_FORCE, variables: { lineage: "doc:hos-avtal", asOf: "2025-02-30" } }) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string; problems: { argument: string }[] } }[] };
    expect(body.errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0]!.extensions.problems[0]!.argument).toBe("asOf");
    const missing = await api.post(IN_FORCE, { lineage: "doc:finns-inte" });
    expect(missing.errors?.[0]?.message).toContain("versionInForce");
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("versionInForce", () => {
  it("2019-06-01: none; the documents first speak of the agreement in 2020", async () => {
    const a = await inForce("doc:hos-avtal", "2019-06-01");
    expect(a.version).toBeNull();
    expect(a.state).toBeNull();
    expect(a.reason).toMatch(/^Ingen version gäller enligt källorna per 2019-06-01: /);
    expect(a.reason).toContain("Okänt före 2020");
    expect(a.versions.map((v) => [v.document.id, v.state.state])).toEqual(HOS.map((id) => [id, "UNKNOWN"]));
  });

  it("2025-06-01: the agreement of 2020, by its renewal clause (inferred)", async () => {
    const a = await inForce("doc:hos-avtal-2025", "2025-06-01");
    expect(a.version).toEqual({ id: "doc:hos-avtal" });
    expect(a.state).toMatchObject({ state: "IN_FORCE_BY_RENEWAL", certainty: "INFERRED" });
    expect(a.reason).toContain("förlängningsklausulen");
  });

  it("2026-12-06: none, because the 2025 proposal may have replaced the agreement and its fate is not stated", async () => {
    const a = await inForce("doc:hos-avtal", "2026-12-06");
    expect(a.version).toBeNull();
    const states = Object.fromEntries(a.versions.map((v) => [v.document.id, v.state.state]));
    expect(states).toEqual({ "doc:hos-avtal": "UNKNOWN", "doc:hos-avtal-revision-2022": "NOT_ADOPTED", "doc:hos-avtal-2025": "UNKNOWN" });
    expect(a.reason).toContain("kan ha ersatt");
  });

  it("the failed 2022 revision is never the version in force, nor in force itself", async () => {
    for (const date of ["2020-06-01", "2021-06-01", "2022-03-01", "2022-09-15", "2023-06-01", "2024-12-31", "2025-06-01", "2026-12-06"]) {
      const a = await inForce("doc:hos-avtal-revision-2022", date);
      expect(a.version?.id, date).not.toBe("doc:hos-avtal-revision-2022");
      const revision = a.versions.find((v) => v.document.id === "doc:hos-avtal-revision-2022")!;
      expect(IN_FORCE_STATES, date).not.toContain(revision.state.state);
    }
  });

  it("answers the lineage question's inForce", async () => {
    const viaLineage = (await lineage({ id: "doc:hos-avtal", asOf: "2023-06-01" })).inForce;
    const direct = await inForce("doc:hos-avtal", "2023-06-01");
    expect(direct.version).toEqual(viaLineage.version);
    expect(direct.reason).toBe(viaLineage.reason);
  });
});
