/** The search ranking without a database: match kinds, Swedish forms, numbers, the floor, status order, why. */
import { describe, expect, it } from "vitest";
import { editDistance } from "../../../../src/questions/search/match.js";
import { isClose, matchOf, rankCandidates } from "../../../../src/questions/search/ranking.js";

const candidate = (id: string, names: string[], extra: { searchText?: string; luceneScore?: number; status?: string; type?: string; date?: string; amount?: number } = {}) => ({
  id,
  names,
  searchText: extra.searchText ?? names.join(" "),
  luceneScore: extra.luceneScore ?? 1,
  status: extra.status ?? null,
  type: extra.type ?? "Organisation",
  date: extra.date ?? null,
  amount: extra.amount ?? null,
});
const kind = (text: string, names: string[], searchText: string | null = null, more: { date?: string; amount?: number } = {}) => matchOf(text, { names, searchText, ...more })?.match ?? null;

describe("search ranking", () => {
  it("measures edits with an early stop", () => {
    expect(editDistance("ungdomsmotagning", "ungdomsmottagning", 2)).toBe(1);
    expect(editDistance("abc", "xyzxyz", 2)).toBe(3);
  });

  it("tells the match kinds apart", () => {
    expect(matchOf("hos avtalet", { names: ["Hälso- och sjukvårdsavtalet", "HoS-avtalet"], searchText: null })).toMatchObject({ match: "EXACT", matchedName: "HoS-avtalet" });
    expect(kind("HoS-avtal", ["HoS-avtalet"])).toBe("PREFIX");
    expect(kind("vastkom", ["Kristina Lännergren, direktör för VästKom"])).toBe("WORDS");
    expect(kind("Ungdomsmotagningar", ["Inriktningsdokument för ungdomsmottagningarna"])).toBe("FUZZY");
    expect(kind("bakom förlängning", ["Position 1"], "SRO ställer sig bakom förlängningen av avtalet")).toBe("TEXT");
  });

  it("reads Swedish: inflected forms, compound parts, abbreviations written out", () => {
    expect(kind("avtal om läkarinsatser", ["Ramavtal om läkarinsatser inom kommunernas hälso- och sjukvård"])).toBe("WORDS");
    expect(kind("överenskommelserna", ["Överenskommelse om samverkan vid in- och utskrivning"])).toBe("WORDS");
    expect(kind("nya HoS-avtalet", ["Hälso- och sjukvårdsavtal (förslag 2025)", "Nytt hälso- och sjukvårdsavtal"])).toBe("WORDS");
    expect(kind("ÖK in- och utskrivning", ["Överenskommelse om samverkan vid in- och utskrivning"])).toBe("WORDS");
  });

  it("meets a number only with the same number, a date with a date within it, an amount with the same amount", () => {
    expect(kind("SRO januari 2025", ["SRO januari 2022"], null, { date: "2022-01" })).toBe("PARTIAL");
    expect(kind("SRO januari 2025", ["SRO 2025-01-30"], null, { date: "2025-01-30" })).toBe("WORDS");
    expect(kind("SRO 30 januari 2025", ["SRO 2025-01-30"], null, { date: "2025-01-30" })).toBe("WORDS");
    expect(kind("SRO 31 januari 2025", ["SRO 2025-01-30"], null, { date: "2025-01-30" })).toBe("PARTIAL");
    expect(kind("handlingsplan 2021", ["Handlingsplan 2022"])).toBe("PARTIAL");
    expect(kind("statsbidrag 49 miljoner", ["Statsbidrag för utökad läkarkompetens"], null, { amount: 49_000_000 })).toBe("WORDS");
    expect(kind("statsbidrag 49 miljoner", ["Statsbidrag för att öka antalet vårdplatser"], null, { amount: 70_000_000 })).toBe("PARTIAL");
    expect(kind("statsbidrag 49 mnkr", ["Statsbidrag"], "Statsbidrag sek49000000 49 miljoner")).toBe("TEXT");
  });

  it("lowers what misses a word instead of dropping it, down to half of the text", () => {
    const meeting = { names: ["Arbetsgrupp nytt hälso- och sjukvårdsavtal 2024-11-25"], searchText: null, date: "2024-11-25" };
    expect(matchOf("Mötesanteckning arbetsgrupp nytt hälso- och sjukvårdsavtal", meeting)).toMatchObject({ match: "PARTIAL", missing: ["Mötesanteckning"] });
    expect(kind("Stockholms läns landsting", ["Länsstyrelsen i Västra Götalands län"], "Länsstyrelsen i Västra Götalands län")).toBeNull();
    expect(kind("Kalle Anka", ["Lars Svensson"])).toBeNull();
    expect(kind("Kalle Anka", ["Kalle Svensson"])).toBe("PARTIAL");
    expect(rankCandidates("xyzzy", [candidate("a", ["Abc"])])).toEqual([]);
  });

  it("says why each hit matched, in Swedish", () => {
    expect(matchOf("hos avtalet", { names: ["HoS-avtalet"], searchText: null })!.why).toBe("namnet ”HoS-avtalet”");
    const partial = matchOf("SRO januari 2025", { names: ["SRO januari 2022"], searchText: null, date: "2022-01" })!;
    expect(partial.why).toBe("i namnet ”SRO januari 2022”: SRO; saknar: januari 2025");
    expect(partial).toMatchObject({ matched: ["SRO"], missing: ["januari 2025"] });
    const dated = matchOf("SRO januari 2025", { names: ["SRO 2025-01-30"], searchText: null, date: "2025-01-30" })!;
    expect(dated.why).toBe("i namnet ”SRO 2025-01-30”: SRO; datum 2025-01-30 (januari 2025)");
  });

  it("orders by match kind, then in force before drafts, then relevance", () => {
    const ranked = rankCandidates("HoS-avtal", [
      candidate("draft", ["Reviderat HoS-avtal"], { type: "GoverningDocument", status: "DRAFT", luceneScore: 5 }),
      candidate("position", ["SRO noterar HoS-avtalet"], { luceneScore: 9, type: "Position" }),
      candidate("in-force", ["HoS-avtalet"], { type: "GoverningDocument", status: "IN_FORCE", luceneScore: 2 }),
      candidate("revision", ["HoS-avtal revision"], { type: "GoverningDocument", status: "UNDER_REVISION", luceneScore: 4 }),
    ]);
    expect(ranked.map((r) => r.candidate.id)).toEqual(["in-force", "revision", "draft", "position"]);
    const scores = ranked.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("puts the meeting of the month asked before the same forum's meeting of another year", () => {
    const ranked = rankCandidates("SRO januari 2025", [
      candidate("2022", ["SRO januari 2022"], { type: "Meeting", date: "2022-01", luceneScore: 9 }),
      candidate("2025", ["SRO 2025-01-30"], { type: "Meeting", date: "2025-01-30", luceneScore: 3 }),
    ]);
    expect(ranked.map((r) => [r.candidate.id, r.match])).toEqual([
      ["2025", "WORDS"],
      ["2022", "PARTIAL"],
    ]);
  });

  it("puts a subject before the agenda item that mentions it, even a subject only endorsed", () => {
    const ranked = rankCandidates("fardplan", [
      candidate("item", ["Färdplan – uppföljning och analys: årsredovisning på länsnivå"], { type: "AgendaItem", luceneScore: 9 }),
      candidate("doc", ["Färdplan – länsgemensam strategi för god och nära vård"], { type: "GoverningDocument", status: "ENDORSED", luceneScore: 3 }),
    ]);
    expect(ranked.map((r) => [r.candidate.id, r.match])).toEqual([
      ["doc", "PREFIX"],
      ["item", "PREFIX"],
    ]);
  });

  it("calls two hits close only when they are the same kind of match with nearly the same score", () => {
    expect(isClose({ score: 52.9, match: "EXACT" }, { score: 52.8, match: "EXACT" })).toBe(true);
    expect(isClose({ score: 43.0, match: "PREFIX" }, { score: 42.7, match: "PREFIX" })).toBe(true);
    expect(isClose({ score: 52.9, match: "EXACT" }, { score: 42.9, match: "PREFIX" })).toBe(false);
    expect(isClose({ score: 53.3, match: "EXACT" }, { score: 52.9, match: "EXACT" })).toBe(false);
    expect(isClose({ score: 54.9, match: "EXACT" }, undefined)).toBe(false);
  });
});
