/**
 * Honest inferences: identities no document states are inferred aliases with a
 * reason, endorsements are not served as decisions, year-only periods carry their precision,
 * and one statement about "the municipalities" is flagged alike on every edge it became.
 */
import { describe, expect, it } from "vitest";
import { EXPANSION_BECAUSE } from "../../../src/audit/audit-seed-graph.js";
import { TEST_ID_MARK } from "../../support/test-api.js";
import { DOC, useApi } from "./harness.js";

const api = useApi();

interface Alias {
  name: string;
  inferred: boolean;
  because: string | null;
}

async function aliasesOf(type: "organisations" | "people" | "governingDocuments" | "topics", id: string): Promise<Alias[]> {
  const data = await api.query<Record<string, { aliasFacts: Alias[] }[]>>(`query($id: ID!) { ${type}(where: { id: { eq: $id } }) { aliasFacts { name inferred because } } }`, { id });
  expect(data[type], id).toHaveLength(1);
  return data[type]![0]!.aliasFacts;
}

describe("identities no document states are inferred aliases with a reason", () => {
  it.each([
    ["people", "person:ann-marie-svensson", "Ami Svensson"],
    ["people", "person:malin-sward", "Malin Swärd Davidsson"],
    ["organisations", "org:vastkom", "VGK"],
    ["organisations", "org:fyrbodal", "Fyrbodalsregionen"],
    ["organisations", "org:skr", "Sveriges Kommuner och Regioner"],
    ["governingDocuments", "doc:hos-avtal", "HoS-avtalet"],
    ["governingDocuments", "doc:rapport-primarvarden-som-nav", "rapport om primärvårdsuppdraget"],
    ["topics", "topic:tvistehantering", "tvistelösning"],
  ] as const)("%s %s: '%s' is inferred", async (type, id, name) => {
    const alias = (await aliasesOf(type, id)).find((a) => a.name === name);
    expect(alias).toMatchObject({ name, inferred: true });
    expect(alias!.because).toMatch(/sägs inte|är en slutsats/);
  });

  it("a name the same documents use side by side is a plain alias: 'Västkom' and 'Göteborgs Stad'", async () => {
    expect(await aliasesOf("organisations", "org:vastkom")).toContainEqual({ name: "Västkom", inferred: false, because: null });
    expect(await aliasesOf("organisations", "org:kommun-goteborg")).toContainEqual({ name: "Göteborgs Stad", inferred: false, because: null });
  });

  it("what Malin Swärd Davidsson did in SRO 2025 is tied to Malin Swärd only as an inferred fact", async () => {
    const data = await api.query<{ people: { invitedToConnection: { edges: { node: { id: string }; properties: { inferred: boolean } }[] } }[] }>(
      `{ people(where: { id: { eq: "person:malin-sward" } }) { invitedToConnection { edges { node { id } properties { inferred } } } } }`,
    );
    expect(data.people[0]!.invitedToConnection.edges).toEqual([{ node: { id: "meeting:sro-2025-01-30" }, properties: { inferred: true } }]);
  });
});

describe("an endorsement is not a decision", () => {
  it("'Byta namn på Politisk beredningsgrupp MTP till Politisk beredningsgrupp för hjälpmedel' was only recommended to the huvudmän", async () => {
    const data = await api.query<{ forums: { name: string; aliases: string[] }[] }>(`{ forums(where: { id: { eq: "forum:politisk-beredningsgrupp-hjalpmedel" } }) { name aliases } }`);
    expect(data.forums[0]).toEqual({ name: "Politisk beredningsgrupp MTP", aliases: ["Politisk beredningsgrupp för hjälpmedel"] });
  });

  it("no governing document is EXTENDED on an endorsement alone", async () => {
    const data = await api.query<{ governingDocuments: { id: string }[] }>(`{ governingDocuments(where: { status: { eq: EXTENDED } }) { id } }`);
    // Other test files write fixtures (ids with the test mark) into the shared database.
    expect(data.governingDocuments.filter((d) => !d.id.includes(TEST_ID_MARK))).toEqual([]);
  });
});

describe("text cut off in a source stays cut off", () => {
  it("'reviderad uppdragsbeskrivning för Ledningsrådet för' is not completed, and what it concerns is inferred", async () => {
    const data = await api.query<{ governingDocuments: { name: string; concernsConnection: { edges: { node: { id: string }; properties: { inferred: boolean; sources: { quote: string; document: { id: string } }[] } }[] } }[] }>(
      `{ governingDocuments(where: { id: { eq: "doc:uppdragsbeskrivning-ledningsrad-hjalpmedel" } }) { name concernsConnection { edges { node { id } properties { inferred sources { quote document { id } } } } } } }`,
    );
    const d = data.governingDocuments[0]!;
    expect(d.name).toContain("avbrutet i källan");
    const edge = d.concernsConnection.edges.find((e) => e.node.id === "forum:ledningsrad-hjalpmedel")!;
    expect(edge.properties.inferred).toBe(true);
    expect(edge.properties.sources).toContainEqual({ quote: "reviderad uppdragsbeskrivning för Ledningsrådet för", document: { id: DOC.review2022 } });
  });
});

describe("year-only periods carry their precision", () => {
  it("SKR:s kvinnofridssatsning 2021–2023 is stored as the years 2021 to 2023", async () => {
    const data = await api.query<{ funds: { periodStart: string; periodStartPrecision: string; periodEnd: string; periodEndPrecision: string }[] }>(
      `{ funds(where: { id: { eq: "fund:skr-kvinnofridssatsning-2021-2023" } }) { periodStart periodStartPrecision periodEnd periodEndPrecision } }`,
    );
    expect(data.funds[0]).toEqual({ periodStart: "2021-01-01", periodStartPrecision: "YEAR", periodEnd: "2023-12-31", periodEndPrecision: "YEAR" });
  });

  it("the 2020 revision's 'oktober 2020' to 'januari 2022' is stored as months", async () => {
    const data = await api.query<{ projects: { startPrecision: string; endPrecision: string }[] }>(`{ projects(where: { id: { eq: "project:hos-revision" } }) { startPrecision endPrecision } }`);
    expect(data.projects[0]).toEqual({ startPrecision: "MONTH", endPrecision: "MONTH" });
  });
});

describe("one statement about the municipalities, made into an edge per municipality, is flagged alike", () => {
  it("SRO 'rekommenderar huvudmännen': the edge to VGR is stated, the 49 edges to the municipalities are inferred with the same reason", async () => {
    const data = await api.query<{ forums: { advisesConnection: { edges: { node: { id: string; kind: string }; properties: { inferred: boolean; because: string | null } }[] } }[] }>(
      `{ forums(where: { id: { eq: "forum:sro" } }) { advisesConnection { edges { node { id kind } properties { inferred because } } } } }`,
    );
    const edges = data.forums[0]!.advisesConnection.edges;
    const municipalities = edges.filter((e) => e.node.kind === "MUNICIPALITY");
    expect(municipalities).toHaveLength(49);
    expect(new Set(municipalities.map((e) => e.properties.because)).size).toBe(1);
    for (const e of municipalities) expect(e.properties).toMatchObject({ inferred: true, because: expect.stringMatching(new RegExp(`^${EXPANSION_BECAUSE}`)) });
    expect(edges.find((e) => e.node.id === "org:vgr")!.properties).toEqual({ inferred: false, because: null });
  });

  it("every municipality's PARTY_TO edges are inferred", async () => {
    const data = await api.query<{ organisations: { id: string; partyToConnection: { edges: { properties: { inferred: boolean } }[] } }[] }>(
      `{ organisations(where: { kind: { eq: MUNICIPALITY } }) { id partyToConnection { edges { properties { inferred } } } } }`,
    );
    const municipalities = data.organisations.filter((o) => !o.id.includes(TEST_ID_MARK));
    expect(municipalities).toHaveLength(49);
    const flags = municipalities.flatMap((o) => o.partyToConnection.edges.map((e) => e.properties.inferred));
    expect(flags.length).toBeGreaterThan(49);
    expect(flags.every(Boolean)).toBe(true);
  });
});
