/** Partial dates, the Stockholm calendar date and the clock that tests set with NOW. */
import { describe, expect, it } from "vitest";
import { addMonths, covers, dateWords, isCalendarDate, lastDay, parsePartial, partial } from "../../../src/time/calendar.js";
import { checkNowSetting, secondsUntilStockholmMidnight, stockholmDateTime, stockholmOffset, today } from "../../../src/time/clock.js";

describe("calendar dates", () => {
  it("knows which days exist", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2025-02-29")).toBe(false);
    expect(isCalendarDate("2025-02-30")).toBe(false);
    expect(isCalendarDate("6 dec")).toBe(false);
    expect(isCalendarDate("2025-13-01")).toBe(false);
  });
  it("a month or a year covers all its days", () => {
    const year = partial("2022-01-01", "YEAR")!;
    expect(lastDay(year)).toBe("2022-12-31");
    expect(covers(year, "2022-07-15")).toBe(true);
    expect(covers(year, "2023-01-01")).toBe(false);
    expect(lastDay(parsePartial("2024-02")!)).toBe("2024-02-29");
    expect(dateWords(parsePartial("2022-12"))).toBe("december 2022");
    expect(dateWords(parsePartial("2022"))).toBe("2022");
  });
  it("adds months without running past a short month", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-12-06", 12)).toBe("2026-12-06");
  });
});

describe("the clock", () => {
  it("today is the Stockholm date, set by NOW as a date or an instant", () => {
    expect(today({ NOW: "2025-06-01" })).toBe("2025-06-01");
    // 23:30 UTC on 31 May is already 1 June in Stockholm (summer time, +02:00).
    expect(today({ NOW: "2025-05-31T23:30:00Z" })).toBe("2025-06-01");
    expect(today({ NOW: "2025-01-31T23:30:00Z" })).toBe("2025-02-01");
    expect(today({ NOW: "2025-01-31T22:30:00Z" })).toBe("2025-01-31");
  });
  it("refuses a NOW that is no date", () => {
    expect(checkNowSetting("2025-02-30")).not.toBeNull();
    expect(checkNowSetting("6 dec")).not.toBeNull();
    expect(checkNowSetting("2025-06-01")).toBeNull();
    expect(() => today({ NOW: "igår" })).toThrow(/NOW/);
  });
  it("gives Stockholm's offset, winter and summer", () => {
    expect(stockholmOffset("2025-01-30", "13:00")).toBe("+01:00");
    expect(stockholmOffset("2025-06-19", "12:00")).toBe("+02:00");
    expect(stockholmDateTime("2025-01-30", "13:00")).toBe("2025-01-30T13:00:00+01:00");
  });
  it("counts the seconds to the next Stockholm midnight", () => {
    expect(secondsUntilStockholmMidnight(new Date("2025-06-01T21:59:00Z"))).toBe(60);
    expect(secondsUntilStockholmMidnight(new Date("2025-01-30T23:00:00Z"))).toBe(86_400);
    // The night summer time ends (26 October 2025) is 25 hours long.
    expect(secondsUntilStockholmMidnight(new Date("2025-10-25T22:00:00Z"))).toBe(90_000);
  });
});
