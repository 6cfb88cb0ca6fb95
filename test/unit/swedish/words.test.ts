/** Swedish words: folding, tokens, stems of inflected forms, compounds, abbreviations. */
import { describe, expect, it } from "vitest";
import { writtenOut } from "../../../src/swedish/abbreviations.js";
import { compoundParts, Vocabulary } from "../../../src/swedish/compounds.js";
import { DOMAIN_VOCABULARY } from "../../../src/swedish/domain-words.js";
import { stem } from "../../../src/swedish/stem.js";
import { fold, normalise, tokenize } from "../../../src/swedish/text.js";

describe("Swedish words", () => {
  it("folds case and accents one character for one, and splits tokens at punctuation", () => {
    expect(fold("Överenskommelse VÄSTKOM")).toBe("overenskommelse vastkom");
    expect(fold("Överenskommelse").length).toBe("Överenskommelse".length);
    expect(normalise("Färdplan – länsgemensam")).toBe("fardplan lansgemensam");
    expect(tokenize("HoS-avtalet, 2025").map((t) => [t.text, t.key, t.number])).toEqual([
      ["HoS", "hos", false],
      ["avtalet", "avtalet", false],
      ["2025", "2025", true],
    ]);
  });

  it("gives definite, plural and genitive forms one stem", () => {
    const same = (words: string[]) => expect(new Set(words.map((w) => stem(fold(w)))), words.join(" ")).toHaveProperty("size", 1);
    same(["avtal", "avtalet", "avtalen", "avtalets"]);
    same(["överenskommelse", "överenskommelsen", "överenskommelser", "överenskommelserna"]);
    same(["kommun", "kommunen", "kommuner", "kommunerna"]);
    same(["möte", "mötet", "möten", "mötena"]);
    same(["ny", "nya", "nytt"]);
    same(["ansvar", "ansvaret"]);
    same(["läkarinsats", "läkarinsatser"]);
    same(["ställningstagande", "ställningstaganden", "ställningstagandena"]);
    same(["beslut", "beslutet", "besluten", "beslutade"]);
    expect(stem("budgeten")).toBe(stem("budget"));
    expect(stem("kvaliteten")).toBe(stem("kvalitet"));
    expect(stem("2025")).toBe("2025");
  });

  it("splits compounds against the vocabulary, a graph word as head only after a known modifier", () => {
    const vocabulary = Vocabulary.of(["läkare insatser förslag lag möte"], DOMAIN_VOCABULARY);
    expect(compoundParts("Ramavtal", vocabulary)).toEqual(["Ram", "avtal"]);
    expect(compoundParts("läkarinsatser", vocabulary)).toEqual(["läkar", "insatser"]);
    expect(compoundParts("sjukvårdsavtalet", vocabulary)).toEqual(["sjuk", "vårds", "avtalet"]);
    expect(compoundParts("statsbidrag", vocabulary)).toEqual(["stats", "bidrag"]);
    expect(compoundParts("förslaget", vocabulary)).toEqual(["förslaget"]);
    expect(compoundParts("organisationen", vocabulary)).toEqual(["organisationen"]);
    expect(compoundParts("avtalet", vocabulary)).toEqual(["avtalet"]);
  });

  it("writes out HoS, ÖK and the like, as a compound where they are joined to a word", () => {
    expect(writtenOut("HoS-avtalet")).toBe("hälso- och sjukvårdsavtalet");
    expect(writtenOut("nya hos avtalet")).toBe("nya hälso- och sjukvårdsavtalet");
    expect(writtenOut("ÖK om in- och utskrivning")).toBe("överenskommelse om in- och utskrivning");
    expect(writtenOut("vem beslutar hos VGR")).toBeNull();
    expect(writtenOut("OK")).toBeNull();
  });
});
