/** Dates, periods and amounts in Swedish text, and the forms they are indexed under. */
import { describe, expect, it } from "vitest";
import { amountForms, readAmounts } from "../../../src/swedish/amounts.js";
import { readDates, within } from "../../../src/swedish/dates.js";
import { dateForms, periodTokens } from "../../../src/swedish/index-forms.js";

const TODAY = "2026-12-06";
const read = (text: string) => readDates(text, TODAY).map((d) => ({ text: d.text, from: d.from, to: d.to, yearFromContext: d.yearFromContext }));
const one = (text: string) => {
  const found = read(text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe("Swedish dates", () => {
  it("reads a day however it is written", () => {
    for (const text of ["30 januari 2025", "den 30 januari 2025", "30/1 2025", "30/1-2025", "2025-01-30", "30 jan. 2025", "20250130"]) {
      expect(one(`SRO ${text}`), text).toMatchObject({ from: "2025-01-30", to: "2025-01-30", yearFromContext: false });
    }
  });

  it("reads months, seasons, years and ranges as periods", () => {
    expect(one("SRO januari 2025")).toMatchObject({ text: "januari 2025", from: "2025-01-01", to: "2025-01-31" });
    expect(one("våren 2025")).toMatchObject({ from: "2025-03-01", to: "2025-05-31" });
    expect(one("vintern 2024")).toMatchObject({ from: "2024-12-01", to: "2025-02-28" });
    expect(one("under 2022")).toMatchObject({ text: "under 2022", from: "2022-01-01", to: "2022-12-31" });
    expect(one("mars–maj 2022")).toMatchObject({ from: "2022-03-01", to: "2022-05-31" });
    expect(one("8–9 juni 2025")).toMatchObject({ from: "2025-06-08", to: "2025-06-09" });
    expect(one("mellan 2021 och 2023")).toMatchObject({ from: "2021-01-01", to: "2023-12-31" });
  });

  it("takes a year left out from the reference date, and says so", () => {
    expect(one("vad beslutade SRO i januari")).toMatchObject({ text: "i januari", from: "2026-01-01", to: "2026-01-31", yearFromContext: true });
    expect(one("30 december")).toMatchObject({ from: "2026-12-30", yearFromContext: true });
    expect(one("30 mars")).toMatchObject({ from: "2026-03-30", yearFromContext: true });
  });

  it("reads open bounds and relative dates", () => {
    expect(one("efter mars 2025")).toMatchObject({ from: "2025-04-01", to: null });
    expect(one("före 2023")).toMatchObject({ from: null, to: "2022-12-31" });
    expect(one("sedan 2022")).toMatchObject({ from: "2022-01-01", to: null });
    expect(one("till och med 2022")).toMatchObject({ from: null, to: "2022-12-31" });
    expect(one("idag")).toMatchObject({ from: TODAY, to: TODAY });
    expect(one("förra året")).toMatchObject({ from: "2025-01-01", to: "2025-12-31" });
    expect(one("i år")).toMatchObject({ from: "2026-01-01", to: "2026-12-31" });
  });

  it("reads no date where none is written, and no period for a day that does not exist", () => {
    expect(read("Jan Kilhamn")).toEqual([]);
    expect(read("Vilka var frånvarande")).toEqual([]);
    expect(read("48 av 49 kommuner")).toEqual([]);
    expect(readDates("30 februari 2025", TODAY)).toMatchObject([{ invalid: true, from: null, to: null }]);
  });

  it("tells whether a known date lies within a period", () => {
    expect(within("2025-01-30", { from: "2025-01-01", to: "2025-01-31" })).toBe(true);
    expect(within("2022-01", { from: "2025-01-01", to: "2025-01-31" })).toBe(false);
    expect(within("2022-01", { from: "2022-01-15", to: "2022-01-15" })).toBe(false);
    expect(within("2022-01", { from: "2022-01-01", to: null })).toBe(true);
  });

  it("indexes a date by token and in words, and asks for as few tokens as say a period", () => {
    expect(dateForms("2025-01-30")).toBe("d20250130 m202501 y2025 30 januari 2025");
    expect(dateForms("2022-01")).toBe("m202201 y2022 januari 2022");
    expect(periodTokens("2025-01-30", "2025-01-30")).toEqual(["d20250130"]);
    expect(periodTokens("2025-03-01", "2025-05-31")).toEqual(["m202503", "m202504", "m202505"]);
    expect(periodTokens("2021-01-01", "2023-12-31")).toEqual(["y2021", "y2022", "y2023"]);
  });
});

describe("Swedish amounts", () => {
  it("reads amounts of money with their units, and nothing else", () => {
    const sek = (text: string) => readAmounts(text).map((a) => a.sek);
    expect(sek("statsbidrag 49 miljoner")).toEqual([49e6]);
    expect(sek("Vart gick de 70 miljonerna?")).toEqual([70e6]);
    expect(readAmounts("Vart gick de 70 miljonerna?")[0]!.text).toBe("de 70 miljonerna");
    expect(sek("70 mnkr, 1,5 miljarder, 49 MSEK, 49 000 000 kr, en miljon kronor, 250 tkr")).toEqual([70e6, 1.5e9, 49e6, 49e6, 1e6, 250e3]);
    expect(sek("48 av 49 kommuner")).toEqual([]);
    expect(sek("besluten miljon")).toEqual([]);
  });

  it("indexes an amount by token and in words", () => {
    expect(amountForms(70e6)).toBe("sek70000000 70 miljoner 70 mnkr");
  });
});
