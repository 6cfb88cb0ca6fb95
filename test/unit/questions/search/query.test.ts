/** The Lucene query built from a user's text: everything escaped, prefix and fuzzy variants. */
import { describe, expect, it } from "vitest";
import { escapeLucene, luceneQuery } from "../../../../src/questions/search/resolver.js";

describe("search query", () => {
  it("escapes every Lucene operator so user text is only text", () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe('a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t');
  });

  it("lower-cases Swedish text, adds prefix and fuzzy variants (of the word and its stem), drops words without letters", () => {
    expect(luceneQuery("Färdplan")).toBe("färdplan färdplan* färdplan~2");
    expect(luceneQuery("Ungdomsmotagningar")).toBe("ungdomsmotagningar ungdomsmotagningar* ungdomsmotagningar~2 ungdomsmotagning~2");
    expect(luceneQuery("HoS-avtalet (2022) AND")).toBe("hos\\-avtalet 2022 2022* and and*");
    expect(luceneQuery("Swärd")).toBe("swärd swärd* swärd~1");
    expect(luceneQuery("ab")).toBe("ab");
    expect(luceneQuery("!!! ???")).toBeNull();
  });
});
