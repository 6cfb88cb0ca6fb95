/** Dates of the answers: precision, the last day a date covers, windows, order. */
import { describe, expect, it } from "vitest";
import { byDate, inWindow, lastDay, parsePartialDate, type Dated } from "../../../../src/questions/shared/dates.js";

describe("dates", () => {
  it("parse days, months and years; cover the whole month or year; order undated last", () => {
    expect(parsePartialDate("2022-02")).toEqual({ date: "2022-02-01", precision: "MONTH" });
    expect(parsePartialDate("2020")).toEqual({ date: "2020-01-01", precision: "YEAR" });
    expect(lastDay({ date: "2024-02-01", precision: "MONTH" })).toBe("2024-02-29");
    expect(lastDay({ date: "2020-01-01", precision: "YEAR" })).toBe("2020-12-31");
    expect(inWindow({ date: "2022-02-01", precision: "MONTH" }, "2022-02-15", "2022-02-20")).toBe(true);
    expect(inWindow({ date: "2022-02-01", precision: "DAY" }, "2022-02-15", null)).toBe(false);
    expect(inWindow({ date: null, precision: null }, null, null)).toBe(true);
    expect(inWindow({ date: null, precision: null }, "2022-01-01", null)).toBe(false);
    const undatedFirst: Dated[] = [{ date: null, precision: null }, { date: "2021-01-01", precision: "DAY" }];
    expect(undatedFirst.sort(byDate)[0]!.date).toBe("2021-01-01");
  });
});
