import { describe, expect, it } from "vitest";
import { findAmounts } from "../../../src/import/parse/amounts.js";
import { findDates, findTimeRanges } from "../../../src/import/parse/dates.js";
import { positionTypeOf } from "../../../src/import/parse/position-types.js";

describe("Swedish dates and their precision", () => {
  it("30 januari 2025", () => expect(findDates("Datum: 30 januari 2025")[0]).toMatchObject({ value: "2025-01-30", precision: "DAY", yearFromContext: false }));
  it("19 januari takes the year from the context", () => expect(findDates("mötet 19 januari", 2025)[0]).toMatchObject({ value: "2025-01-19", yearFromContext: true }));
  it("19 januari without a context year is not guessed", () => expect(findDates("mötet 19 januari")[0]?.value).toBe(""));
  it("2024-11-21", () => expect(findDates("2024-11-21 Mötesanteckning")[0]).toMatchObject({ value: "2024-11-21", precision: "DAY" }));
  it("24-11-25 (YY-MM-DD)", () => expect(findDates("24-11-25 Mötesanteckning - Arbetsgrupp")[0]?.value).toBe("2024-11-25"));
  it("sept kl 14:00-15:30 (no day: month only)", () => expect(findDates("sept kl 14:00-15:30", 2021)[0]).toMatchObject({ value: "2021-09", precision: "MONTH", startTime: "14:00", endTime: "15:30" }));
  it("16 sept kl 14:00-15:30", () => expect(findDates("16 sept kl 14:00-15:30", 2021)[0]).toMatchObject({ value: "2021-09-16", startTime: "14:00" }));
  it("februari - mars 2023", () => expect(findDates("februari - mars 2023")[0]).toMatchObject({ value: "2023-02", endValue: "2023-03", precision: "MONTH" }));
  it("hösten 2019", () => expect(findDates("under hösten 2019")[0]).toMatchObject({ value: "2019", precision: "SEASON" }));
  it("kl. 13.05 – 13.40", () => expect(findTimeRanges("(35 minuter, kl. 13.05 – 13.40)")[0]).toMatchObject({ start: "13:05", end: "13:40" }));
  it("13-14 juni 2022 (day range)", () => expect(findDates("Regionfullmäktige 13-14 juni 2022")[0]).toMatchObject({ value: "2022-06-13", endValue: "2022-06-14" }));
  it("1/7 with a context year", () => expect(findDates("gäller från och med 1/7", 2021)[0]?.value).toBe("2021-07-01"));
  it("a year range 2018-2020 is not a date", () => expect(findDates("handlingsplanen 2018-2020")).toEqual([]));
  it("31 februari is rejected", () => expect(findDates("31 februari 2022")).toEqual([]));
});

describe("amounts", () => {
  it("49 miljoner", () => expect(findAmounts("(49 miljoner)")[0]).toMatchObject({ value: 49_000_000, unit: "SEK" }));
  it("70 mnkr", () => expect(findAmounts("totalt 70 mnkr")[0]?.value).toBe(70_000_000));
  it("1,5 miljarder kronor", () => expect(findAmounts("1,5 miljarder kronor")[0]?.value).toBe(1_500_000_000));
  it("50 % tjänst", () => expect(findAmounts("50 % tjänst med fokus")[0]).toMatchObject({ value: 50, unit: "PERCENT", of: "tjänst" }));
});

describe("position types from the wording", () => {
  const cases: [string, string][] = [
    ["SRO noterar informationen.", "NOTED_INFORMATION"],
    ["VVG ställer sig bakom förslag reviderad riktlinje.", "ENDORSED"],
    ["SRO ställer sig bakom förslagen och rekommenderar huvudmännen att besluta i enlighet med förslagen.", "RECOMMENDED_HUVUDMAN_DECISION"],
    ["VVG ställer sig bakom att förslaget sänds på remiss till berörda nämnder.", "SENT_ON_REFERRAL"],
    ["SRO ger Västra Götalandsregionen och Västkom i uppdrag att påbörja arbetet.", "ASSIGNED_TASK"],
    ["SRO ställer sig bakom förlängning av inriktningsdokumentet.", "EXTENDED"],
    ["Inget ställningstagande av VVG till förslaget.", "NO_POSITION"],
    ["Ärendet återremitteras till beredningen.", "NO_POSITION"],
    ["Dagens agenda godkänns.", "APPROVED_AGENDA_OR_MINUTES"],
  ];
  for (const [wording, type] of cases) it(wording, () => expect(positionTypeOf(wording)).toBe(type));
  it("an unknown phrasing has no type", () => expect(positionTypeOf("Vi fikar.")).toBeUndefined());
});
