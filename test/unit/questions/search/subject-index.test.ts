/**
 * The in-memory subject index without a database: which made-up nodes a search text gathers (a word
 * as it is and inflected, its start, near misses, numbers only as they are, date and amount tokens,
 * abbreviations written out), in what order, and the score's order (exact above prefix above near).
 */
import { describe, expect, it } from "vitest";
import { searchTerms } from "../../../../src/questions/search/lucene.js";
import { parseQuery } from "../../../../src/questions/search/query-units.js";
import { SubjectIndex, type IndexedNode } from "../../../../src/questions/search/index/subject-index.js";
import { TermList } from "../../../../src/questions/search/index/terms.js";
import { searchTextOf } from "../../../../src/seed/search-text.js";

const node = (id: string, props: Record<string, unknown>, type = "Topic"): IndexedNode => ({
  entity: { id, name: String(props.name), type: type as IndexedNode["entity"]["type"], kind: null, shortName: null, status: null },
  names: [String(props.name)],
  // The text the seed writes for the full-text index: names, compound parts, date and amount tokens.
  searchText: typeof props.searchText === "string" ? props.searchText : searchTextOf(props),
  date: null,
  precision: null,
  amount: typeof props.amountSek === "number" ? props.amountSek : null,
  forum: null,
  text: null,
  facts: null,
});

const NODES = [
  node("doc:ramavtal", { name: "Ramavtal om läkarinsatser" }, "GoverningDocument"),
  node("doc:hos", { name: "Hälso- och sjukvårdsavtalet i Västra Götalands län" }, "GoverningDocument"),
  node("doc:fardplan", { name: "Färdplan för nära vård" }, "GoverningDocument"),
  node("topic:ungdom", { name: "Ungdomsmottagningar" }),
  node("person:johansson", { name: "Anna Johansson" }, "Person"),
  node("meeting:sro-2022", { name: "SRO januari 2022", date: "2022-01-27" }, "Meeting"),
  node("meeting:sro-2025", { name: "SRO januari 2025", date: "2025-01-30" }, "Meeting"),
  node("fund:statsbidrag", { name: "Statsbidrag för nära vård", amountSek: 49_000_000 }, "Fund"),
  node("fund:other", { name: "Statsbidrag för psykiatri", amountSek: 70_000_000 }, "Fund"),
  node("forum:samrad", { name: "Samråd" }, "Forum"),
];

const index = new SubjectIndex(NODES);
const ids = (text: string, limit = 20) => index.gather(searchTerms(parseQuery(text, "2026-12-06")), limit).map((c) => c.entity.id);
const scores = (text: string) => Object.fromEntries(index.gather(searchTerms(parseQuery(text, "2026-12-06")), 20).map((c) => [c.entity.id, c.luceneScore]));

describe("the subject index's gathering", () => {
  it("finds a word as it is, inflected, without å ä ö, and as a compound's part", () => {
    expect(ids("läkarinsatser")).toEqual(["doc:ramavtal"]);
    expect(ids("läkarinsatserna")).toEqual(["doc:ramavtal"]);
    expect(ids("fardplan")).toEqual(["doc:fardplan"]);
    // "Ramavtal" is also held as "ram avtal" (the seed splits compounds against the graph's words).
    expect(ids("avtalet")).toContain("doc:ramavtal");
  });

  it("finds the words a text begins from three letters, not from two", () => {
    expect(ids("läk")).toEqual(["doc:ramavtal"]);
    expect(ids("lä")).toEqual([]);
  });

  it("finds near misses: one edit from five letters, two from eight, never for shorter words", () => {
    expect(ids("johanson")).toEqual(["person:johansson"]);
    expect(ids("ungdomsmotagnngar")).toEqual(["topic:ungdom"]);
    // Five to seven letters: one edit, not two.
    expect(ids("ramavtel")).toContain("doc:ramavtal");
    expect(ids("statsbidrog")).toEqual(expect.arrayContaining(["fund:statsbidrag", "fund:other"]));
    expect(ids("samrid")).toEqual(["forum:samrad"]);
    expect(ids("sxmrid")).toEqual([]);
    // Eight letters and more: two edits.
    expect(ids("psykyytri")).toEqual(["fund:other"]);
    expect(ids("psykyytry")).toEqual([]);
    expect(ids("fardplam")).toEqual(["doc:fardplan"]);
    expect(ids("vird")).toEqual([]);
  });

  it("never takes one number for another", () => {
    expect(ids("2025")).toEqual(["meeting:sro-2025"]);
    expect(ids("2024")).toEqual([]);
  });

  it("asks for a date's tokens, weighted up: the meeting of the month first", () => {
    expect(ids("SRO januari 2025")[0]).toBe("meeting:sro-2025");
    expect(ids("SRO 30 januari 2025")[0]).toBe("meeting:sro-2025");
    const s = scores("SRO januari 2025");
    expect(s["meeting:sro-2025"]).toBeGreaterThan(2 * s["meeting:sro-2022"]!);
  });

  it("asks for an amount's token, weighted up", () => {
    expect(ids("statsbidrag 49 miljoner")[0]).toBe("fund:statsbidrag");
    // "mnkr" is a word of both funds' texts ("49 mnkr", "70 mnkr"): the amount's token decides.
    expect(ids("49 mnkr")[0]).toBe("fund:statsbidrag");
  });

  it("asks for an abbreviation's words written out", () => {
    expect(ids("HoS-avtalet")[0]).toBe("doc:hos");
    expect(ids("hos avtalet")[0]).toBe("doc:hos");
  });

  it("weighs a word met as it is above its start, and that above a near miss", () => {
    // Texts of one word each, so that the texts' lengths weigh alike.
    const local = new SubjectIndex([node("a:exact", { name: "Samverkan", searchText: "Samverkan" }), node("b:prefix", { name: "Samverkansgrupp", searchText: "Samverkansgrupp" }), node("c:near", { name: "Samverkam", searchText: "Samverkam" })]);
    const gathered = local.gather(searchTerms(parseQuery("samverkan", "2026-12-06")), 10);
    expect(gathered.map((c) => c.entity.id)).toEqual(["a:exact", "b:prefix", "c:near"]);
    expect(gathered[0]!.luceneScore).toBeGreaterThan(gathered[1]!.luceneScore);
    expect(gathered[1]!.luceneScore).toBeGreaterThan(gathered[2]!.luceneScore);
  });

  it("weighs a rarer word more, drops stop words, cuts to the limit and breaks ties by id", () => {
    const s = scores("psykiatri vård");
    expect(s["fund:other"]).toBeGreaterThan(s["doc:fardplan"]!);
    expect(ids("om och för")).toEqual([]);
    expect(ids("statsbidrag", 1)).toEqual(["fund:other"]);
    expect(new SubjectIndex([...NODES].reverse()).gather(searchTerms(parseQuery("vård", "2026-12-06")), 20)).toEqual(index.gather(searchTerms(parseQuery("vård", "2026-12-06")), 20));
  });
});

describe("the index's word list", () => {
  const counts = (...words: string[]) => new Map(words.map((w, i) => [w, new Map([[i, 1]])]));
  const list = new TermList(counts("avtal", "avtalet", "avtalen", "avgift", "bavtal", "mote", "motet"));

  it("lists the words a prefix begins, in order", () => {
    expect(list.withPrefix("avtal")).toEqual(["avtal", "avtalen", "avtalet"]);
    expect(list.withPrefix("x")).toEqual([]);
  });

  it("lists near misses with their distance, keeping the first letter", () => {
    expect(list.near("avtel", 1)).toEqual([{ term: "avtal", edits: 1 }]);
    expect(list.near("avtal", 2).map((n) => n.term)).toEqual(["avtalen", "avtalet"]);
    expect(list.near("mote", 0)).toEqual([]);
  });
});
