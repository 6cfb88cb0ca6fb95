/** Agreements and other governing documents: kind, status, validity, parties and how they depend on each other. */
import { describe, expect, it } from "vitest";
import { DOC, type EdgeFact, ids, seedEntities, seedRelations, useApi } from "./harness.js";

const api = useApi();

interface Doc {
  id: string;
  name: string;
  kind: string;
  status: string | null;
  aliases: string[] | null;
  validFrom: string | null;
  validTo: string | null;
  validFromPrecision?: string | null;
  validToPrecision?: string | null;
  extendedUntil: string | null;
  validityText: string | null;
  renewalTerms: string | null;
  noticeTerms: string | null;
  partiesTotal: number | null;
  partiesApproved: number | null;
  sources: { quote: string; document: { id: string } }[];
  parties: { id: string; kind: string }[];
  partOf: { id: string }[];
  parts: { id: string; kind?: string; name?: string; status?: string }[];
  termFollows: { id: string }[];
  buildsOn: { id: string }[];
  builtOnBy: { id: string }[];
  implements: { id: string }[];
  implementedBy: { id: string }[];
  replaces: { id: string }[];
  replacedBy: { id: string }[];
  revises: { id: string }[];
  revisedBy: { id: string }[];
  legalBasis: { id: string }[];
  referencedBy: { id: string }[];
  milestones: { kind: string; date: string; endDate: string | null }[];
  concernedBy: { id: string; positionType?: string; takenBy?: { id: string }[] }[];
  partsConnection: { edges: EdgeFact[] };
  partiesConnection: { edges: (EdgeFact & { properties: { status: string | null } })[] };
  termFollowedByConnection: { edges: EdgeFact[] };
  replacesConnection: { edges: EdgeFact[] };
}

const SRC = `sources { quote document { id } }`;
const DOC_FIELDS = `id name kind status aliases validFrom validFromPrecision validTo validToPrecision extendedUntil validityText renewalTerms noticeTerms partiesTotal partiesApproved ${SRC}
  parties { id kind } partOf { id } parts { id ... on GoverningDocument { kind name status } }
  termFollows { id } buildsOn { id } builtOnBy { id } implements { id } implementedBy { id }
  replaces { id } replacedBy { id } revises { id } revisedBy { id } legalBasis { id } referencedBy { id }
  milestones { kind date endDate }
  concernedBy { id ... on Position { positionType takenBy { id } } }
  partsConnection { edges { node { id } properties { inferred because ${SRC} } } }
  partiesConnection { edges { node { id } properties { status inferred because ${SRC} } } }
  termFollowedByConnection { edges { node { id } properties { inferred because ${SRC} } } }
  replacesConnection { edges { node { id } properties { inferred because ${SRC} } } }`;

const BASIC_FIELDS = `id name kind status validFrom validTo extendedUntil partiesTotal partiesApproved ${SRC} parties { id kind } partOf { id } replaces { id }`;

async function doc(id: string, fields = DOC_FIELDS): Promise<Doc> {
  const data = await api.query<{ governingDocuments: Doc[] }>(`query($id: ID!) { governingDocuments(where: { id: { eq: $id } }) { ${fields} } }`, { id });
  expect(data.governingDocuments, id).toHaveLength(1);
  return data.governingDocuments[0]!;
}

const quotesFrom = (d: { sources: { quote: string; document: { id: string } }[] }, document: string) => d.sources.filter((s) => s.document.id === document).map((s) => s.quote);

describe("Hälso- och sjukvårdsavtalet (in force, revised 2020–2022)", () => {
  it("is the healthcare agreement in force, based on HSL, renewed two years at a time with twelve months' notice", async () => {
    const avtal = await doc("doc:hos-avtal");
    expect(avtal).toMatchObject({ kind: "HEALTHCARE_AGREEMENT", status: "IN_FORCE" });
    expect(avtal.renewalTerms).toContain("två år i taget");
    expect(avtal.noticeTerms).toContain("Tolv månaders");
    expect(ids(avtal.legalBasis)).toEqual(["doc:hsl"]);
  });

  it("its överenskommelser point to it: ramavtal om läkarinsatser, ÖK psykisk funktionsnedsättning, ÖK in- och utskrivning (PART_OF, 004)", async () => {
    const avtal = await doc("doc:hos-avtal");
    expect(ids(avtal.parts)).toEqual(["doc:ok-in-utskrivning", "doc:ok-psykisk-funktionsnedsattning", "doc:ramavtal-lakarinsatser"]);
    for (const edge of avtal.partsConnection.edges) {
      expect(edge.properties.inferred, edge.node.id).toBe(false);
      expect(edge.properties.sources, edge.node.id).toContainEqual({ quote: "Hälso- och sjukvårdsavtalet och underavtalen, överenskommelserna", document: { id: DOC.commission2020 } });
    }
    for (const part of ["doc:ok-in-utskrivning", "doc:ok-psykisk-funktionsnedsattning", "doc:ramavtal-lakarinsatser"]) {
      expect(ids((await doc(part)).partOf), part).toEqual(["doc:hos-avtal"]);
    }
  });

  it("the term of the ramavtal and the psykisk-funktionsnedsättning ÖK follows it (inferred); the in/utskrivning ÖK's does not", async () => {
    const avtal = await doc("doc:hos-avtal");
    expect(avtal.termFollowedByConnection.edges.map((e) => e.node.id).sort()).toEqual(["doc:ok-psykisk-funktionsnedsattning", "doc:ramavtal-lakarinsatser"]);
    for (const edge of avtal.termFollowedByConnection.edges) {
      expect(edge.properties.inferred).toBe(true);
      expect(edge.properties.because).toMatch(/tre/);
      expect(edge.properties.sources).toContainEqual({ quote: "Det gäller även de tre överenskommelser vars avtalstid följer nuvarande Hälso-och sjukvårdsavtal.", document: { id: DOC.review2022 } });
    }
    expect((await doc("doc:ok-in-utskrivning")).termFollows).toEqual([]);
    expect(avtal.validityText).toContain("tre överenskommelser");
  });

  it("there is no placeholder node for 'the three överenskommelser'", async () => {
    const data = await api.query<{ governingDocuments: { id: string }[] }>(
      `{ governingDocuments(where: { OR: [{ id: { eq: "doc:hos-avtal-overenskommelser-med-foljande-avtalstid" } }, { name: { startsWith: "De tre överenskommelser" } }] }) { id } }`,
    );
    expect(data.governingDocuments).toEqual([]);
  });

  it("its parties are VGR and the 49 municipalities (inferred)", async () => {
    const avtal = await doc("doc:hos-avtal");
    expect(avtal.parties).toHaveLength(50);
    expect(avtal.parties.filter((p) => p.kind === "MUNICIPALITY")).toHaveLength(49);
    expect(ids(avtal.parties)).toContain("org:vgr");
    for (const edge of avtal.partiesConnection.edges) expect(edge.properties.inferred).toBe(true);
  });

  it("was revised in 2022 (41 of 49 municipalities yes or expected yes) and is to be replaced by the 2025 agreement (inferred)", async () => {
    const avtal = await doc("doc:hos-avtal");
    expect(ids(avtal.revisedBy)).toEqual(["doc:hos-avtal-revision-2022"]);
    expect(ids(avtal.replacedBy)).toEqual(["doc:hos-avtal-2025"]);
    const revision = await doc("doc:hos-avtal-revision-2022");
    expect(revision).toMatchObject({ kind: "HEALTHCARE_AGREEMENT", status: "ENDORSED", partiesTotal: 49, partiesApproved: 41 });
    const replacement = await doc("doc:hos-avtal-2025");
    expect(replacement.replacesConnection.edges).toEqual([expect.objectContaining({ node: { id: "doc:hos-avtal" }, properties: expect.objectContaining({ inferred: true }) })]);
  });

  it("the riktlinje for in- och utskrivning implements (supports) the överenskommelse; so does its 2022 revision", async () => {
    expect(ids((await doc("doc:riktlinje-in-utskrivning")).implements)).toEqual(["doc:ok-in-utskrivning"]);
    const ok = await doc("doc:ok-in-utskrivning");
    expect(ids(ok.implementedBy)).toEqual(["doc:riktlinje-in-utskrivning", "doc:riktlinje-in-utskrivning-revision-2022"]);
    const revision = await doc("doc:riktlinje-in-utskrivning-revision-2022");
    expect(revision).toMatchObject({ kind: "RIKTLINJE", status: "ENDORSED" });
    expect(ids(revision.revises)).toEqual(["doc:riktlinje-in-utskrivning"]);
  });
});

describe("Överenskommelse om samverkan vid in- och utskrivning", () => {
  it("SRO 'ställer sig bakom förlängning av överenskommelsen till och med 2024-12-31' (December 2022): an endorsement, not an extension in force", async () => {
    const ok = await doc("doc:ok-in-utskrivning");
    expect(ok).toMatchObject({ kind: "OVERENSKOMMELSE", status: "IN_FORCE", extendedUntil: null });
    expect(ok.validityText).toContain("att huvudmännen beslutade om den framgår inte");
    expect(quotesFrom(ok, DOC.review2022)).toEqual(expect.arrayContaining([
      "SRO ställer sig bakom förlängning av överenskommelsen till och med 2024-12-31.",
      "Däremot behöver VGR och samtliga kommuner ta beslut om förlängning om Överenskommelse om samverkan vid in och utskrivning från slutet hälso-och sjukvård.",
    ]));
    expect(ok.validityText).toMatch(/följer inte/);
    expect(ok.milestones).toContainEqual({ kind: "DEADLINE", date: "2024-12-31", endDate: null });
    const extension = ok.concernedBy.filter((c) => c.positionType === "EXTENDED");
    expect(ids(extension)).toEqual(["position:sro-2022-12-02-1"]);
  });
});

describe("Färdplan – länsgemensam strategi för god och nära vård", () => {
  it("was endorsed by SRO in February 2022; 48 of 49 municipalities said or were expected to say yes", async () => {
    const fardplan = await doc("doc:fardplan");
    expect(fardplan).toMatchObject({ kind: "FARDPLAN", status: "ENDORSED", partiesTotal: 49, partiesApproved: 48 });
    expect(fardplan.concernedBy.filter((c) => c.positionType === "RECOMMENDED_HUVUDMAN_DECISION").map((c) => c.id)).toEqual(["position:sro-2022-02-03-1"]);
  });

  it("the 2025 agreement and its four överenskommelser build on it (003: 'utgår från målbilden i Färdplan')", async () => {
    const fardplan = await doc("doc:fardplan");
    expect(ids(fardplan.builtOnBy)).toEqual([
      "doc:hos-avtal-2025",
      "doc:ok-betalningsansvar-in-utskrivning-2025",
      "doc:ok-lakaransvar-kommunal-primarvard-2025",
      "doc:ok-munhalsa-2025",
      "doc:ok-psykisk-funktionsnedsattning-2025",
    ]);
    expect(ids(fardplan.implementedBy)).toEqual(["doc:utvecklingsplan"]);
  });

  it("never comes out as a dependent of a Hälso- och sjukvårdsavtal", async () => {
    const fardplan = await doc("doc:fardplan");
    for (const field of ["partOf", "termFollows", "buildsOn", "implements", "revises", "replaces"] as const) {
      expect(fardplan[field], field).toEqual([]);
    }
    const rows = await api.cypher<{ n: { toNumber(): number } }>(
      `MATCH (f:GoverningDocument {id: 'doc:fardplan'})-[:PART_OF|TERM_FOLLOWS|BUILDS_ON|IMPLEMENTS|REVISES|REPLACES|ANNEXED_TO|HAS_LEGAL_BASIS|CONTINUES*1..5]->(a:GoverningDocument {kind: 'HEALTHCARE_AGREEMENT'}) RETURN count(*) AS n`,
    );
    expect(rows[0]!.n.toNumber()).toBe(0);
    // The 2020 revision was done in close collaboration with the Färdplan work: a project link, not a dependency.
    expect((await doc("doc:hos-avtal")).buildsOn).toEqual([]);
    const data = await api.query<{ projects: { coordinatesWith: { id: string }[] }[] }>(`{ projects(where: { id: { eq: "project:hos-revision" } }) { coordinatesWith { id } } }`);
    expect(ids(data.projects[0]!.coordinatesWith)).toEqual(["doc:fardplan"]);
  });
});

describe("the new Hälso- och sjukvårdsavtal (2025, on referral)", () => {
  it("is on referral with exactly four lagstadgade överenskommelser as parts", async () => {
    const avtal = await doc("doc:hos-avtal-2025");
    expect(avtal).toMatchObject({ kind: "HEALTHCARE_AGREEMENT", status: "ON_REFERRAL" });
    const overenskommelser = avtal.parts.filter((p) => p.kind === "OVERENSKOMMELSE");
    expect(overenskommelser.map((p) => p.name).sort()).toEqual([
      "Kommunernas betalningsansvar vid in- och utskrivning från slutna hälso- och sjukvård",
      "Samverkan kring personer med psykisk funktionsnedsättning och personer med skadligt bruk och beroende",
      "Samverkan om munhälsa - uppsökande och nödvändig tandvård",
      "Västra Götalandsregionens läkaransvar i kommunal primärvård",
    ]);
    for (const p of overenskommelser) expect(p.status, p.id).toBe("ON_REFERRAL");
    const stated = avtal.partsConnection.edges.filter((e) => overenskommelser.some((o) => o.id === e.node.id));
    for (const edge of stated) expect(edge.properties.inferred, edge.node.id).toBe(false);
    expect(avtal.milestones).toContainEqual({ kind: "DEADLINE", date: "2025-06-19", endDate: null });
    expect(avtal.milestones).toContainEqual({ kind: "REFERRAL_WINDOW", date: "2025-02-01", endDate: "2025-06-19" });
  });

  it.each([
    ["doc:ok-psykisk-funktionsnedsattning-2025", "doc:ok-psykisk-funktionsnedsattning"],
    ["doc:ok-betalningsansvar-in-utskrivning-2025", "doc:ok-in-utskrivning"],
    ["doc:ok-lakaransvar-kommunal-primarvard-2025", "doc:ramavtal-lakarinsatser"],
  ])("%s replaces %s, as an inferred fact with a reason", async (successor, predecessor) => {
    const d = await doc(successor);
    expect(d.replacesConnection.edges).toHaveLength(1);
    const edge = d.replacesConnection.edges[0]!;
    expect(edge.node.id).toBe(predecessor);
    expect(edge.properties.inferred).toBe(true);
    expect(edge.properties.because!.length).toBeGreaterThan(20);
  });

  it("the munhälsa överenskommelse has no predecessor in the documents", async () => {
    expect((await doc("doc:ok-munhalsa-2025")).replaces).toEqual([]);
  });
});

describe("ungdomsmottagningar, familjecentraler and common governing documents", () => {
  it("the inriktningsdokument for ungdomsmottagningarna 'gäller ... under perioden 2018–2022' (years only); VVG and SRO 'ställt sig bakom en förlängning ... som längst till och med 2024' (002)", async () => {
    const d = await doc("doc:inriktningsdokument-ungdomsmottagningar");
    expect(d).toMatchObject({ kind: "INRIKTNINGSDOKUMENT", status: "IN_FORCE", validFrom: "2018-01-01", validFromPrecision: "YEAR", validTo: "2022-12-31", validToPrecision: "YEAR", extendedUntil: null });
    expect(d.validityText).toContain("2018–2022");
    expect(d.validityText).toContain("att huvudmännen beslutade om den framgår inte");
    expect(quotesFrom(d, DOC.vvg2022)).toEqual(expect.arrayContaining([
      "Befintligt inriktningsdokument gäller i nuläget under perioden 2018–2022.",
      "VVG och SRO har dock nyligen ställt sig bakom en förlängning av nuvarande inriktningsdokument, som längst till och med 2024",
    ]));
    expect(d.parties).toHaveLength(50);
    expect(ids(d.replacedBy)).toEqual(["doc:samverkansavtal-ungdomsmottagningar"]);
    const extensions = d.concernedBy.filter((c) => c.positionType === "EXTENDED");
    expect(extensions.map((c) => ids(c.takenBy!)[0]).sort()).toEqual(["forum:sro", "forum:vvg"]);
    expect(d.milestones).toContainEqual({ kind: "PHASE", date: "2018-01-01", endDate: "2022-12-31" });
  });

  it("the samverkansavtal for familjecentraler is on referral (from August 2022) and planned in force from 2023-06-01", async () => {
    const d = await doc("doc:samverkansavtal-familjecentraler");
    expect(d).toMatchObject({ kind: "SAMVERKANSAVTAL", status: "ON_REFERRAL" });
    expect(d.validityText).toContain("2023-06-01");
    expect(d.milestones).toContainEqual({ kind: "IN_FORCE_FROM", date: "2023-06-01", endDate: null });
    expect(d.milestones.filter((m) => m.kind === "REFERRAL_WINDOW")).toEqual([{ kind: "REFERRAL_WINDOW", date: "2022-08-01", endDate: null }]);
    const referrals = d.concernedBy.filter((c) => c.positionType === "SENT_ON_REFERRAL");
    expect(referrals.map((c) => ids(c.takenBy!)[0]).sort()).toEqual(["forum:sro-presidium", "forum:vvg"]);
  });

  it("the riktlinje för gemensamma styrdokument is in force ('gällande riktlinje', VVG June 2022)", async () => {
    const d = await doc("doc:riktlinje-gemensamma-styrdokument");
    expect(d).toMatchObject({ kind: "RIKTLINJE", status: "IN_FORCE" });
    expect(quotesFrom(d, DOC.vvg2022)).toContain("gällande riktlinje för gemensamma styrdokument i Västra Götaland");
    expect(ids(d.referencedBy)).toEqual(expect.arrayContaining(["doc:samverkansavtal-ungdomsmottagningar"]));
  });

  it("the samverkansavtal kring digitala hjälpmedel was endorsed as a referral draft (January) and recommended to the huvudmän (April 2022)", async () => {
    const d = await doc("doc:samverkansavtal-digitala-hjalpmedel");
    expect(d).toMatchObject({ kind: "SAMVERKANSAVTAL", status: "ENDORSED" });
    expect(d.concernedBy.filter((c) => c.positionType).map((c) => [c.id, c.positionType]).sort()).toEqual([
      ["position:sro-2022-01-05-1", "ENDORSED"],
      ["position:sro-2022-04-07-1", "RECOMMENDED_HUVUDMAN_DECISION"],
    ]);
  });

  it("the länsgemensam handlingsplan för psykisk hälsa: extension to 2024 endorsed and handed to the huvudmän", async () => {
    const d = await doc("doc:handlingsplan-psykisk-halsa");
    // No stored status: its state on a date is derived from these dated positions (src/time/, the frozen-clock test).
    expect(d).toMatchObject({ kind: "HANDLINGSPLAN", status: null });
    const types = d.concernedBy.filter((c) => c.positionType).map((c) => c.positionType).sort();
    expect(types).toEqual(expect.arrayContaining(["EXTENDED", "REFERRED_TO_HUVUDMAN"]));
  });

  it("the primary-care report is one node under both its names", async () => {
    const data = await api.query<{ governingDocuments: { id: string }[] }>(`{ governingDocuments(where: { kind: { eq: REPORT }, name: { contains: "rimärvård" } }) { id } }`);
    expect(ids(data.governingDocuments)).toEqual(["doc:rapport-primarvarden-som-nav"]);
    const rapport = await doc("doc:rapport-primarvarden-som-nav");
    expect(rapport.aliases).toContain("rapport om primärvårdsuppdraget");
    expect(rapport.sources.map((s) => s.document.id)).toEqual(expect.arrayContaining([DOC.review2022, DOC.vvg2022]));
    expect(ids(rapport.referencedBy)).toEqual(["project:prioritering-utvecklingsomraden"]);
  });
});

describe("every governing document in the seed graph is served as the seed files define it", () => {
  const AGREEMENT_KINDS = new Set(["HEALTHCARE_AGREEMENT", "OVERENSKOMMELSE", "RAMAVTAL", "SAMVERKANSAVTAL", "INRIKTNINGSDOKUMENT"]);
  const docs = seedEntities("GoverningDocument");
  it("there are governing documents of every agreement kind", () => {
    for (const kind of AGREEMENT_KINDS) expect(docs.some((d) => d.properties.kind === kind), kind).toBe(true);
  });

  it.each(docs.map((d) => [d.id, d] as const))("%s: kind, status, validity, parties and parent", async (id, seed) => {
    const d = await doc(id, BASIC_FIELDS);
    const p = seed.properties;
    expect(d).toMatchObject({
      name: p.name,
      kind: p.kind,
      status: p.status ?? null,
      validFrom: p.validFrom ?? null,
      validTo: p.validTo ?? null,
      extendedUntil: p.extendedUntil ?? null,
      partiesTotal: p.partiesTotal ?? null,
      partiesApproved: p.partiesApproved ?? null,
    });
    if (AGREEMENT_KINDS.has(d.kind)) expect(d.status, "an agreement has a status").not.toBeNull();
    if (d.status === "EXTENDED") expect(d.extendedUntil, "an extended document says until when").not.toBeNull();
    expect(ids(d.parties)).toEqual(seedRelations("PARTY_TO", { to: id }).map((r) => r.from).sort());
    expect(ids(d.partOf)).toEqual(seedRelations("PART_OF", { from: id }).map((r) => r.to).sort());
    expect(ids(d.replaces)).toEqual(seedRelations("REPLACES", { from: id }).map((r) => r.to).sort());
    expect(d.sources.length).toBe(seed.citations.length);
  });
});
