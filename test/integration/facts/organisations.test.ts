/** Organisations, forums and people, as the documents and the municipal register state them. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedPaths } from "../../../src/config/paths.js";
import { DOC, ids, useApi } from "./harness.js";

const api = useApi();

interface Org {
  id: string;
  name: string;
  kind: string;
  shortName: string | null;
  aliases: string[] | null;
  isHuvudman: boolean | null;
  municipalityCode: string | null;
  memberOf: { id: string; kind: string }[];
  members: { id: string; name: string; municipalityCode: string | null }[];
}

const ORG_FIELDS = `id name kind shortName aliases isHuvudman municipalityCode memberOf { id kind } members { id name municipalityCode }`;

async function org(id: string): Promise<Org> {
  const data = await api.query<{ organisations: Org[] }>(`query($id: ID!) { organisations(where: { id: { eq: $id } }) { ${ORG_FIELDS} } }`, { id });
  expect(data.organisations, id).toHaveLength(1);
  return data.organisations[0]!;
}

describe("the 49 municipalities and their kommunalförbund (register)", () => {
  it("there are exactly 49 municipalities, each a huvudman with its own four-digit kommunkod", async () => {
    const data = await api.query<{ organisations: Org[] }>(`{ organisations(where: { kind: { eq: MUNICIPALITY } }) { ${ORG_FIELDS} } }`);
    const municipalities = data.organisations;
    expect(municipalities).toHaveLength(49);
    for (const m of municipalities) {
      expect(m.isHuvudman, m.id).toBe(true);
      expect(m.municipalityCode, m.id).toMatch(/^14\d\d$/);
    }
    expect(new Set(municipalities.map((m) => m.municipalityCode)).size).toBe(49);
    expect(municipalities.map((m) => m.name)).not.toContain("Kungsbacka kommun");
  });

  it("each municipality belongs to exactly one organisation, and it is a kommunalförbund", async () => {
    const data = await api.query<{ organisations: Org[] }>(`{ organisations(where: { kind: { eq: MUNICIPALITY } }) { ${ORG_FIELDS} } }`);
    for (const m of data.organisations) {
      expect(m.memberOf, m.id).toHaveLength(1);
      expect(m.memberOf[0]!.kind, m.id).toBe("MUNICIPAL_ASSOCIATION");
    }
  });

  it("Göteborgsregionen 12, Fyrbodal 14, Skaraborg 15, Boråsregionen Sjuhärad 8 municipalities", async () => {
    const data = await api.query<{ organisations: Org[] }>(`{ organisations(where: { kind: { eq: MUNICIPAL_ASSOCIATION } }) { ${ORG_FIELDS} } }`);
    const counts = Object.fromEntries(data.organisations.map((o) => [o.id, o.members.filter((m) => m.municipalityCode).length]));
    expect(counts).toEqual({ "org:goteborgsregionen": 12, "org:fyrbodal": 14, "org:skaraborg": 15, "org:sjuharad": 8 });
  });

  it.each([
    ["org:kommun-goteborg", "1480", "org:goteborgsregionen"],
    ["org:kommun-alingsas", "1489", "org:goteborgsregionen"],
    ["org:kommun-uddevalla", "1485", "org:fyrbodal"],
    ["org:kommun-orust", "1421", "org:fyrbodal"],
    ["org:kommun-skovde", "1496", "org:skaraborg"],
    ["org:kommun-boras", "1490", "org:sjuharad"],
    ["org:kommun-vargarda", "1442", "org:sjuharad"],
  ])("%s has kommunkod %s and belongs to %s", async (id, code, association) => {
    const m = await org(id);
    expect(m.municipalityCode).toBe(code);
    expect(ids(m.memberOf)).toEqual([association]);
  });

  it("every municipality has the register's official name, and its short name and its organisation's name as aliases", async () => {
    const register = readFileSync(join(seedPaths.sourcesDir, "reference", "kommuner.tsv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split("\t"))
      .map(([code, short, , official, organisation]) => ({ code: code!, short: short!, official: official!, organisation: organisation || null }));
    expect(register).toHaveLength(49);
    const data = await api.query<{ organisations: Org[] }>(`{ organisations(where: { kind: { eq: MUNICIPALITY } }) { ${ORG_FIELDS} } }`);
    const byCode = new Map(data.organisations.map((o) => [o.municipalityCode, o]));
    for (const r of register) {
      const m = byCode.get(r.code);
      expect(m?.name, r.code).toBe(r.official);
      expect(m?.aliases, r.code).toContain(r.short);
      if (r.organisation) expect(m?.aliases, r.code).toContain(r.organisation);
    }
    // The genitive the municipalities use themselves, never "Stenungsund kommun".
    expect(byCode.get("1415")?.name).toBe("Stenungsunds kommun");
    expect(byCode.get("1463")?.name).toBe("Marks kommun");
    expect(register.filter((r) => r.organisation).map((r) => r.organisation)).toEqual(["Göteborgs Stad", "Mölndals stad", "Trollhättans stad", "Borås Stad"]);
  });

  it("Göteborgs Stad is the municipality of Göteborg, written both ways in the documents", async () => {
    const goteborg = await org("org:kommun-goteborg");
    expect(goteborg.aliases).toEqual(expect.arrayContaining(["Göteborg", "Göteborgs Stad", "Göteborgs stad"]));
    const data = await api.query<{ organisations: { id: string }[] }>(`{ organisations(where: { aliases: { includes: "Göteborgs Stad" } }) { id } }`);
    expect(ids(data.organisations)).toEqual(["org:kommun-goteborg"]);
  });

  it("the kommunalförbund keep the names the documents use (Fyrbodalsregionen, Boråsregionen)", async () => {
    expect((await org("org:fyrbodal")).aliases).toContain("Fyrbodalsregionen");
    const sjuharad = await org("org:sjuharad");
    expect(sjuharad.shortName).toBe("Boråsregionen");
    expect(sjuharad.aliases).toEqual(expect.arrayContaining(["Sjuhärad"]));
    expect((await org("org:goteborgsregionen")).shortName).toBe("GR");
  });
});

describe("the huvudmän and VästKom", () => {
  it("Västra Götalandsregionen is a region and a huvudman (VGR)", async () => {
    const vgr = await org("org:vgr");
    expect(vgr).toMatchObject({ name: "Västra Götalandsregionen", kind: "REGION", shortName: "VGR", isHuvudman: true });
  });

  it("VästKom is one organisation under all its spellings (VästKom, Västkom, VGK)", async () => {
    const vastkom = await org("org:vastkom");
    expect(vastkom.name).toBe("VästKom");
    expect(vastkom.aliases).toEqual(expect.arrayContaining(["Västkom", "VGK"]));
    const data = await api.query<{ organisations: { id: string }[] }>(`{ organisations(where: { OR: [{ name: { contains: "stKom" } }, { name: { contains: "stkom" } }] }) { id } }`);
    expect(ids(data.organisations)).toEqual(["org:vastkom", "org:vastkom-styrelse"]);
  });

  it("strategiska Hälso- och sjukvårdsnämnden (SSN) and Regionstyrelsen belong to VGR (inferred)", async () => {
    const data = await api.query<{ organisations: { id: string; partOfConnection: { edges: { node: { id: string }; properties: { inferred: boolean; because: string } }[] } }[] }>(
      `{ organisations(where: { id: { in: ["org:ssn", "org:regionstyrelsen"] } }) { id partOfConnection { edges { node { id } properties { inferred because } } } } }`,
    );
    expect(data.organisations).toHaveLength(2);
    for (const o of data.organisations) {
      expect(o.partOfConnection.edges.map((e) => e.node.id)).toEqual(["org:vgr"]);
      expect(o.partOfConnection.edges[0]!.properties.inferred).toBe(true);
      expect(o.partOfConnection.edges[0]!.properties.because.length).toBeGreaterThan(10);
    }
  });
});

describe("forums", () => {
  it("SRO is composed of politicians from VGR and VästKom, has no mandate of its own and advises the 50 huvudmän", async () => {
    const data = await api.query<{ forums: { shortName: string; kind: string; hasDecisionMandate: boolean; composedOf: { id: string }[]; advises: { id: string; kind: string }[]; parts: { id: string }[] }[] }>(
      `{ forums(where: { id: { eq: "forum:sro" } }) { shortName kind hasDecisionMandate composedOf { id } advises { id kind } parts { id } } }`,
    );
    const sro = data.forums[0]!;
    expect(sro).toMatchObject({ shortName: "SRO", kind: "POLITICAL_CONSULTATIVE_BODY", hasDecisionMandate: false });
    expect(ids(sro.composedOf)).toEqual(["org:vastkom", "org:vgr"]);
    expect(sro.advises).toHaveLength(50);
    expect(sro.advises.filter((o) => o.kind === "MUNICIPALITY")).toHaveLength(49);
    expect(ids(sro.advises)).toContain("org:vgr");
    expect(ids(sro.parts)).toEqual(["forum:sro-presidium"]);
  });

  it("VVG is Vårdsamverkan Västra Götaland, the steering group of the 2020 revision", async () => {
    const data = await api.query<{ forums: { name: string; shortName: string; steers: { id: string }[] }[] }>(`{ forums(where: { id: { eq: "forum:vvg" } }) { name shortName steers { id } } }`);
    expect(data.forums[0]).toMatchObject({ name: "Vårdsamverkan Västra Götaland", shortName: "VVG" });
    expect(ids(data.forums[0]!.steers)).toEqual(["project:hos-revision", "project:hos-revision-dp1", "project:hos-revision-dp2", "project:hos-revision-dp3", "project:hos-revision-dp4"]);
  });

  it("the ledningsråd MTP: SRO only endorsed 'Byta namn på Ledningsråd Medicintekniska produkter (MTP) till Ledningsråd för hjälpmedel' and recommended it to the huvudmän", async () => {
    const data = await api.query<{ forums: { name: string; formerNames: string[] | null; aliases: string[]; description: string }[] }>(
      `{ forums(where: { id: { eq: "forum:ledningsrad-hjalpmedel" } }) { name formerNames aliases description } }`,
    );
    const forum = data.forums[0]!;
    expect(forum).toMatchObject({ name: "Ledningsråd Medicintekniska produkter (MTP)", formerNames: null, aliases: ["Ledningsråd för hjälpmedel"] });
    expect(forum.description).toContain("att de beslutade och att namnbytet trädde i kraft framgår inte");
  });
});

describe("people named differently in different documents are one person", () => {
  interface P {
    id: string;
    name: string;
    aliases: string[] | null;
    affiliatedWith: { id: string }[];
    presented: { id: string; meeting: { id: string }[] }[];
    roles: { id: string; role: string }[];
    sourceDocuments: string[];
  }
  const P_FIELDS = `id name aliases affiliatedWith { id } presented { id meeting { id } } roles { id role } sourceDocuments`;

  it("Malin Swärd (VVG 2022) and Malin Swärd Davidsson (SRO 2025) are person:malin-sward of VästKom", async () => {
    const data = await api.query<{ people: P[] }>(`{ people(where: { name: { contains: "Swärd" } }) { ${P_FIELDS} } }`);
    expect(data.people).toHaveLength(1);
    const malin = data.people[0]!;
    expect(malin).toMatchObject({ id: "person:malin-sward", name: "Malin Swärd" });
    expect(malin.aliases).toContain("Malin Swärd Davidsson");
    expect(ids(malin.affiliatedWith)).toEqual(["org:vastkom"]);
    const meetings = new Set(malin.presented.flatMap((i) => i.meeting.map((m) => m.id)));
    expect([...meetings].sort()).toEqual(["meeting:sro-2025-01-30", "meeting:vvg-2022-06-08"]);
    expect(malin.sourceDocuments).toEqual(expect.arrayContaining([DOC.vvg2022, DOC.sro2025]));
  });

  it("Ann-Marie Svensson (SRO 2021) and Ami Svensson (uppdragshandling 2020) are person:ann-marie-svensson of VGR", async () => {
    const data = await api.query<{ people: P[] }>(`{ people(where: { name: { endsWith: "Svensson" } }) { ${P_FIELDS} } }`);
    const svensson = data.people.filter((p) => p.id !== "person:kristofer-svensson");
    expect(svensson).toHaveLength(1);
    const ami = svensson[0]!;
    expect(ami).toMatchObject({ id: "person:ann-marie-svensson", name: "Ann-Marie Svensson" });
    expect(ami.aliases).toContain("Ami Svensson");
    expect(ids(ami.affiliatedWith)).toEqual(["org:vgr"]);
    expect(ami.roles.map((r) => r.role)).toEqual(["OVERALL_RESPONSIBLE"]);
    expect(ids(ami.presented)).toEqual(["item:sro-2021-05-21-01", "item:sro-2021-05-21-03"]);
    expect(ami.sourceDocuments).toEqual(expect.arrayContaining([DOC.sro2021, DOC.commission2020]));
  });

  it("Jeanette Andersson (VästKom) and Jeanette Olsson (SSN) are different people", async () => {
    const data = await api.query<{ people: P[] }>(`{ people(where: { name: { startsWith: "Jeanette" } }) { ${P_FIELDS} } }`);
    expect(data.people.map((p) => p.name).sort()).toEqual(["Jeanette Andersson", "Jeanette Olsson"]);
    const byName = Object.fromEntries(data.people.map((p) => [p.name, p]));
    expect(ids(byName["Jeanette Andersson"]!.affiliatedWith)).toEqual(["org:vastkom"]);
    expect(ids(byName["Jeanette Olsson"]!.affiliatedWith)).toEqual(["org:vgr"]);
  });

  it("Rose-Marie Nyborg, absent from VVG 2022-06-08, is the VGR official responsible for the 2020 revision", async () => {
    const data = await api.query<{ people: { absentFrom: { id: string }[]; roles: { role: string; body: { id: string }[] }[] }[] }>(
      `{ people(where: { id: { eq: "person:rose-marie-nyborg" } }) { absentFrom { id } roles { role body { id } } } }`,
    );
    expect(ids(data.people[0]!.absentFrom)).toEqual(["meeting:vvg-2022-06-08"]);
    expect(data.people[0]!.roles).toEqual([{ role: "OVERALL_RESPONSIBLE", body: expect.arrayContaining([{ id: "project:hos-revision" }]) }]);
  });

  it("no two people share a name", async () => {
    const data = await api.query<{ people: { name: string }[] }>(`{ people { name } }`);
    const names = data.people.map((p) => p.name);
    expect(names.length).toBeGreaterThan(50);
    expect(new Set(names).size).toBe(names.length);
  });
});
