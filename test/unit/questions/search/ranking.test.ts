/** The search ranking without a database: match kinds, the relevance floor, status order. */
import { describe, expect, it } from "vitest";
import { editDistance, isClose, matchOf, normalise, rankCandidates, stem } from "../../../../src/questions/search/ranking.js";

const candidate = (id: string, names: string[], extra: { searchText?: string; luceneScore?: number; status?: string; type?: string } = {}) => ({
  id,
  names,
  searchText: extra.searchText ?? names.join(" "),
  luceneScore: extra.luceneScore ?? 1,
  status: extra.status ?? null,
  type: extra.type ?? "Organisation",
});

describe("search ranking", () => {
  it("normalises case, accents and punctuation", () => {
    expect(normalise("HoS-avtalet")).toBe("hos avtalet");
    expect(normalise("  VästKom ")).toBe("vastkom");
    expect(normalise("Färdplan – länsgemensam")).toBe("fardplan lansgemensam");
  });

  it("stems Swedish endings and measures edits with an early stop", () => {
    expect(stem("ungdomsmottagningarna")).toBe("ungdomsmottagning");
    expect(stem("ungdomsmotagningar")).toBe("ungdomsmotagning");
    expect(editDistance("ungdomsmotagning", "ungdomsmottagning", 2)).toBe(1);
    expect(editDistance("abc", "xyzxyz", 2)).toBe(3);
  });

  it("tells the match kinds apart", () => {
    expect(matchOf("hos avtalet", ["Hälso- och sjukvårdsavtalet", "HoS-avtalet"], null)).toEqual({ match: "EXACT", matchedName: "HoS-avtalet" });
    expect(matchOf("HoS-avtal", ["HoS-avtalet"], null)?.match).toBe("PREFIX");
    expect(matchOf("vastkom", ["Kristina Lännergren, direktör för VästKom"], null)?.match).toBe("WORDS");
    expect(matchOf("Ungdomsmotagningar", ["Inriktningsdokument för ungdomsmottagningarna"], null)?.match).toBe("FUZZY");
    expect(matchOf("bakom förlängning", ["Position 1"], "SRO ställer sig bakom förlängningen av avtalet")?.match).toBe("TEXT");
  });

  it("drops what is below the floor: not every significant word found", () => {
    expect(matchOf("Stockholms läns landsting", ["Länsstyrelsen i Västra Götalands län"], "Länsstyrelsen i Västra Götalands län")).toBeNull();
    expect(rankCandidates("xyzzy", [candidate("a", ["Abc"])])).toEqual([]);
  });

  it("orders by match kind, then in force before drafts, then relevance", () => {
    const ranked = rankCandidates("HoS-avtal", [
      candidate("draft", ["Reviderat HoS-avtal"], { type: "GoverningDocument", status: "DRAFT", luceneScore: 5 }),
      candidate("position", ["SRO noterar HoS-avtalet"], { luceneScore: 9 }),
      candidate("in-force", ["HoS-avtalet"], { type: "GoverningDocument", status: "IN_FORCE", luceneScore: 2 }),
      candidate("revision", ["HoS-avtal revision"], { type: "GoverningDocument", status: "UNDER_REVISION", luceneScore: 4 }),
    ]);
    expect(ranked.map((r) => r.candidate.id)).toEqual(["in-force", "revision", "position", "draft"]);
    const scores = ranked.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
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
    expect(isClose({ score: 43.0, match: "PREFIX" }, { score: 42.59, match: "PREFIX" })).toBe(true);
    expect(isClose({ score: 52.9, match: "EXACT" }, { score: 42.9, match: "PREFIX" })).toBe(false);
    expect(isClose({ score: 54.9, match: "EXACT" }, { score: 52.9, match: "EXACT" })).toBe(false);
    expect(isClose({ score: 54.9, match: "EXACT" }, undefined)).toBe(false);
  });
});
