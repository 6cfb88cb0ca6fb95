/** 6. Search: one full-text search across names, titles and decision texts (Swedish), ranked, typed. */
import { beforeAll, describe, expect, it } from "vitest";
import { warmAnalysisQueries } from "../../../src/questions/warm.js";
import { useAnalysisApi } from "./support.js";

const api = useAnalysisApi();
// Plan the statements before the first case: planning takes seconds on a busy machine.
beforeAll(() => warmAnalysisQueries(api.driver(), api.database), 240_000);

const QUERY = `query($text: String!, $types: [EntityType!], $limit: Int, $asOf: String) { search(text: $text, types: $types, limit: $limit, asOf: $asOf) {
  text types truncated hits { score match matchedName matched missing why date forum { id name } entity { id type name kind status } text }
} }`;
interface Result {
  text: string;
  types: string[];
  truncated: boolean;
  hits: { score: number; match: string; matchedName: string | null; matched: string[]; missing: string[]; why: string; date: string | null; forum: { id: string; name: string } | null; entity: { id: string; type: string; name: string; status: string | null }; text: string | null }[];
}
const search = async (variables: Record<string, unknown>) => (await api.query<{ search: Result }>(QUERY, variables)).search;
const top = async (text: string, extra: Record<string, unknown> = {}) => (await search({ text, ...extra })).hits.map((h) => h.entity.id);

describe("search", () => {
  it("finds the Färdplan first, whatever the case, and also without å ä ö", async () => {
    for (const text of ["färdplan", "FÄRDPLAN", "Färdplan", "fardplan"]) expect((await top(text))[0], text).toBe("doc:fardplan");
  });

  it("ranks an exact name first and returns typed results", async () => {
    const r = await search({ text: "Hälso- och sjukvårdsavtalet", types: ["GoverningDocument"], limit: 5 });
    expect(r.hits[0]!.entity).toMatchObject({ id: "doc:hos-avtal", type: "GoverningDocument", name: "Hälso- och sjukvårdsavtalet i Västra Götalands län" });
    expect(r.hits.every((h) => h.entity.type === "GoverningDocument")).toBe(true);
    const scores = r.hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect((await top("Malin Swärd"))[0]).toBe("person:malin-sward");
    expect((await top("Göteborgs stad"))[0]).toBe("org:kommun-goteborg");
  });

  it("puts exact names, abbreviations and aliases first, also typed without å, ä, ö or dashes", async () => {
    const vastkom = (await search({ text: "vastkom" })).hits;
    expect(vastkom[0]).toMatchObject({ match: "EXACT", entity: { id: "org:vastkom" } });
    const hos = (await search({ text: "hos avtalet" })).hits;
    expect(hos[0]).toMatchObject({ match: "EXACT", matchedName: "HoS-avtalet", entity: { id: "doc:hos-avtal" } });
    expect((await search({ text: "SRO" })).hits[0]).toMatchObject({ match: "EXACT", entity: { id: "forum:sro" } });
    expect((await search({ text: "fardplan" })).hits[0]).toMatchObject({ match: "PREFIX", entity: { id: "doc:fardplan" } });
  });

  it("finds a municipality by its official name, its short name and its organisation's name", async () => {
    for (const [text, id] of [
      ["Göteborgs kommun", "org:kommun-goteborg"],
      ["Göteborg", "org:kommun-goteborg"],
      ["Göteborgs Stad", "org:kommun-goteborg"],
      ["Göteborgs stad", "org:kommun-goteborg"],
      ["Stenungsunds kommun", "org:kommun-stenungsund"],
      ["Stenungsund", "org:kommun-stenungsund"],
      ["Marks kommun", "org:kommun-mark"],
      ["Mölndals stad", "org:kommun-molndal"],
      ["Trollhättans stad", "org:kommun-trollhattan"],
      ["Borås Stad", "org:kommun-boras"],
    ]) {
      const hits = (await search({ text, limit: 3 })).hits;
      expect(hits[0]?.entity.id, text).toBe(id);
      expect(hits[0]?.match, text).toBe("EXACT");
    }
  });

  it("finds an agreement by the words of its signing rule", async () => {
    expect((await search({ text: "48 av 49 kommuner", limit: 3 })).hits[0]?.entity.id).toBe("doc:fardplan");
    expect((await search({ text: "förutsätter att samtliga parter skriver på", limit: 3 })).hits[0]?.entity.id).toBe("doc:hos-avtal-revision-2022");
  });

  it("finds a misspelled name (a letter missing, another ending) by its near misses", async () => {
    // As of 2021, when the inriktningsdokument (2018–2022) was in force: later it ended and ranks below the others.
    const hits = (await search({ text: "Ungdomsmotagningar", limit: 5, asOf: "2021-06-01" })).hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.match).toBe("FUZZY");
    expect(hits.map((h) => h.entity.id)).toEqual(expect.arrayContaining(["doc:inriktningsdokument-ungdomsmottagningar", "topic:ungdomsmottagningar"]));
    expect(hits[0]!.matchedName!.toLowerCase()).toContain("ungdomsmottagningarna");
  });

  it("puts the agreement in force before its drafts and revisions", async () => {
    const hits = (await search({ text: "HoS-avtal", types: ["GoverningDocument"] })).hits;
    expect(hits[0]!.entity).toMatchObject({ id: "doc:hos-avtal", status: "IN_FORCE" });
    const revision = hits.findIndex((h) => h.entity.id === "doc:hos-avtal-revision-2022");
    expect(revision).toBeGreaterThan(0);
    // Two of the same name, the one in force first.
    const named = (await search({ text: "Hälso- och sjukvårdsavtal", types: ["GoverningDocument"] })).hits;
    expect(named[0]).toMatchObject({ match: "EXACT", entity: { id: "doc:hos-avtal" } });
  });

  it("has a real no match: text of which less than half meets anything gives no hits", async () => {
    for (const text of ["Stockholms läns landsting", "xyzzy", "Kalle Anka"]) expect(await search({ text }), text).toMatchObject({ hits: [], truncated: false });
  });

  it("reads dates: the meeting of the day or month asked, never another year's", async () => {
    const day = (await search({ text: "SRO 30 januari 2025", types: ["Meeting"], limit: 3 })).hits;
    expect(day[0]).toMatchObject({ entity: { id: "meeting:sro-2025-01-30" }, match: "WORDS", missing: [] });
    const month = (await search({ text: "SRO januari 2025", types: ["Meeting"], limit: 5 })).hits;
    expect(month[0]!.entity.id).toBe("meeting:sro-2025-01-30");
    const other = month.find((h) => h.entity.id === "meeting:sro-2022-01");
    if (other) expect(other).toMatchObject({ match: "PARTIAL", missing: ["januari 2025"] });
    expect((await top("30 januari 2025", { types: ["Meeting"] }))[0]).toBe("meeting:sro-2025-01-30");
  });

  it("reads compounds, amounts and partial matches", async () => {
    expect((await top("avtal om läkarinsatser"))[0]).toBe("doc:ramavtal-lakarinsatser");
    expect((await top("statsbidrag 49 miljoner"))[0]).toBe("fund:statsbidrag-lakarkompetens-aldreomsorg");
    expect((await top("de 70 miljonerna", { types: ["Fund"] }))[0]).toBe("fund:statsbidrag-vardplatser");
    expect((await top("70 mnkr", { types: ["Fund"] }))[0]).toBe("fund:statsbidrag-vardplatser");
    expect((await top("48 av 49 kommuner", { types: ["GoverningDocument"] }))[0]).toBe("doc:fardplan");
    const meetings = (await search({ text: "Mötesanteckning arbetsgrupp nytt hälso- och sjukvårdsavtal", types: ["Meeting"], limit: 10 })).hits;
    expect(meetings.map((h) => h.entity.id).filter((id) => id.startsWith("meeting:arbetsgrupp-nytt-hos-avtal-"))).toHaveLength(4);
    expect(meetings[0]).toMatchObject({ match: "PARTIAL", missing: ["Mötesanteckning"] });
    expect(meetings[0]!.why).toContain("saknar: Mötesanteckning");
  });

  it("finds the agreement in force first and the 2025 proposal among the first three for HoS-avtalet however written", async () => {
    for (const text of ["hos avtalet", "HoS-avtalet"]) {
      const ids = await top(text);
      expect(ids[0], text).toBe("doc:hos-avtal");
      expect(ids.slice(0, 3), text).toContain("doc:hos-avtal-2025");
    }
    expect((await top("nya HoS-avtalet"))[0]).toBe("doc:hos-avtal-2025");
  });

  it("gives suggestions a date and a forum: a position carries its month and the forum that took it", async () => {
    const hit = (await search({ text: "ställer sig bakom förlängning", types: ["Position"], limit: 5 })).hits.find((h) => h.entity.id === "position:sro-2022-12-02-1");
    expect(hit).toMatchObject({ date: "2022-12", forum: { id: "forum:sro" } });
    const meeting = (await search({ text: "SRO 2025-01-30", types: ["Meeting"], limit: 3 })).hits[0];
    expect(meeting).toMatchObject({ date: "2025-01-30", forum: { id: "forum:sro" } });
  });

  it("searches decision texts: positions on extensions", async () => {
    const r = await search({ text: "ställer sig bakom förlängning", types: ["Position"], limit: 5 });
    expect(r.hits.map((h) => h.entity.id).slice(0, 4).sort()).toEqual(["position:sro-2022-04-03-1", "position:sro-2022-04-06-1", "position:sro-2022-12-02-1", "position:vvg-2022-forlangning-inriktningsdokument-ungdomsmottagningar"]);
    expect(r.hits[0]!.text).toContain("förlängning");
    expect(r.hits.every((h) => h.entity.type === "Position")).toBe(true);
  });

  it("treats everything the user types as text (no query syntax errors), and limits the answer", async () => {
    expect((await search({ text: 'HoS-avtalet (2022) "' })).hits.length).toBeGreaterThan(0);
    expect((await api.post(QUERY, { text: 'HoS-avtalet AND OR "*' })).errors).toBeUndefined();
    expect(await search({ text: "!!! ???" })).toMatchObject({ hits: [], truncated: false });
    const limited = await search({ text: "avtal", limit: 2 });
    expect(limited.hits).toHaveLength(2);
    expect(limited.truncated).toBe(true);
  });

  it("rejects empty and over-long texts and limits out of range", async () => {
    for (const variables of [{ text: "   " }, { text: "x".repeat(201) }, { text: "avtal", limit: 101 }, { text: "a b c d e f g h i j k l m" }]) {
      const result = await api.post(QUERY, variables);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
    }
  });
});
