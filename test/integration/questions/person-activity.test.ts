/** A person's roles, presentations, invitations and assignments over time. */
import { describe, expect, it } from "vitest";
import { DOC, useAnalysisApi } from "./support.js";

const api = useAnalysisApi();

describe("a person's roles and presentations over time", () => {
  const QUERY = `query($id: ID!, $from: String, $to: String) { personActivity(id: $id, from: $from, to: $to) {
    person { id name } party aliases affiliations { to { id } sources { quote } } truncated
    entries { kind date precision dateBasis label role title entity { id } bodies { id } represents { id } meeting { id } positions { id } link { relation sources { quote document { id } } } }
  } }`;
  interface Entry {
    kind: string;
    date: string | null;
    precision: string | null;
    dateBasis: string | null;
    role: string | null;
    entity: { id: string };
    bodies: { id: string }[];
    represents: { id: string }[];
    meeting: { id: string } | null;
    positions: { id: string }[];
    link: { relation: string; sources: { quote: string; document: { id: string } }[] };
  }
  interface Activity {
    person: { id: string; name: string };
    party: string | null;
    aliases: string[];
    affiliations: { to: { id: string } }[];
    entries: Entry[];
  }
  const activity = async (variables: Record<string, unknown>) => (await api.query<{ personActivity: Activity }>(QUERY, variables)).personActivity;

  it("Malin Swärd: presented at VVG in June 2022, prepares SRO's matters for VästKom and presented two items in January 2025", async () => {
    const a = await activity({ id: "person:malin-sward" });
    expect(a.person.name).toBe("Malin Swärd");
    expect(a.aliases).toEqual(["Malin Swärd Davidsson"]);
    expect(a.affiliations.map((x) => x.to.id)).toEqual(["org:vastkom"]);
    expect(a.entries.map((e) => `${e.date} ${e.kind} ${e.entity.id}`)).toEqual([
      "2022-06-08 PRESENTED item:vvg-2022-06-08-09",
      "2022-06-08 PRESENTED item:vvg-2022-06-08-05",
      "2025-01-30 ROLE role:malin-sward-sro-2025",
      "2025-01-30 INVITED meeting:sro-2025-01-30",
      "2025-01-30 PRESENTED item:sro-2025-01-30-04",
      "2025-01-30 PRESENTED item:sro-2025-01-30-05",
    ]);
    const role = a.entries[2]!;
    expect(role).toMatchObject({ role: "PREPARER", dateBasis: "asOf", bodies: [{ id: "forum:sro" }], represents: [{ id: "org:vastkom" }], link: { relation: "HOLDS" } });
    const presented = a.entries[1]!;
    expect(presented).toMatchObject({ meeting: { id: "meeting:vvg-2022-06-08" }, bodies: [{ id: "forum:vvg" }], positions: [{ id: "position:vvg-2022-06-08-05-1" }, { id: "position:vvg-2022-06-08-05-medskick-1" }] });
    expect(presented.link.sources).toMatchObject([{ quote: "Föredragande: Malin Swärd, VästKom, Lena Arvidsson, VGR.", document: { id: DOC.vvg2022 } }]);
  });

  it("undated roles are dated by their source document (the stated date the seed writer fills in from it); a window keeps only that period", async () => {
    const a = await activity({ id: "person:ann-marie-svensson" });
    expect(a.entries.map((e) => `${e.date} ${e.precision} ${e.kind} ${e.entity.id} ${e.dateBasis}`)).toEqual([
      "2020-01-01 YEAR ROLE role:ann-marie-svensson-hos-revision asOf",
      "2021-05-21 DAY PRESENTED item:sro-2021-05-21-01 meeting",
      "2021-05-21 DAY PRESENTED item:sro-2021-05-21-03 meeting",
    ]);
    const window = await activity({ id: "person:ann-marie-svensson", from: "2021-01-01", to: "2021-12-31" });
    expect(window.entries.map((e) => e.entity.id)).toEqual(["item:sro-2021-05-21-01", "item:sro-2021-05-21-03"]);
  });

  it("rejects non-persons", async () => {
    expect((await api.post(QUERY, { id: "forum:sro" })).errors?.[0]?.extensions).toMatchObject({ code: "WRONG_ENTITY_TYPE", expectedTypes: ["Person"] });
    expect((await api.post(QUERY, { id: "person:finns-inte" })).errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
  });
});
