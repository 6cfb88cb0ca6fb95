/** The Lucene query built from a user's text: everything escaped, prefix and fuzzy variants, date and amount tokens. */
import { describe, expect, it } from "vitest";
import { escapeLucene, luceneQuery } from "../../../../src/questions/search/lucene.js";
import { parseQuery } from "../../../../src/questions/search/query-units.js";

const lucene = (text: string) => luceneQuery(parseQuery(text, "2026-12-06"));

describe("search query", () => {
  it("escapes every Lucene operator so user text is only text", () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe('a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t');
  });

  it("lower-cases Swedish text, adds prefix and fuzzy variants (of the word and its stem), drops words without letters", () => {
    expect(lucene("Färdplan")).toBe("färdplan färdplan* färdplan~2");
    expect(lucene("Ungdomsmotagningar")).toBe("ungdomsmotagningar ungdomsmotagningar* ungdomsmotagningar~2 ungdomsmotagning~2");
    expect(lucene("Swärd")).toBe("swärd swärd* swärd~1");
    expect(lucene("ab")).toBe("ab");
    expect(lucene("!!! ???")).toBeNull();
  });

  it("never asks for a near miss of a number, and asks for a date's and an amount's tokens", () => {
    expect(lucene("HoS-avtalet (2022) AND")).toBe("hos\\-avtalet 2022 2022* and and* y2022^3 hälso hälso* hälso~1 sjukvårdsavtalet sjukvårdsavtalet* sjukvårdsavtalet~2 sjukvårdsavtal~2");
    expect(lucene("SRO 30 januari 2025")).toBe("sro sro* 30 januari januari* januari~1 2025 2025* d20250130^3");
    expect(lucene("SRO januari 2025")).toContain("m202501^3");
    expect(lucene("statsbidrag 49 miljoner")).toContain("sek49000000^3");
    expect(lucene("20250130")).toBe("20250130 20250130* d20250130^3");
  });
});
